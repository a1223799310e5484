"""Which day of a chosen spell to date an article on when the spell opens on a weekend (pure).

A market story is published on a weekday far more often than on a Saturday or a Sunday:
a spell that opens on a weekend (a 24-hour asset's weekend price, a Friday close carried
over the weekend) and runs into the next weekday is dated on that weekday, unless the
text names that weekend day by its date ("on May 31") or a weekend day by name (then the
weekday lag of :func:`.datehints.spell_pick` decides).

Examples
--------
>>> sat, tue = pd.Timestamp("2026-05-16"), pd.Timestamp("2026-05-19")
>>> lag = pd.Series(0.0, index=pd.date_range(sat, tue))
>>> weekday_in_spell(sat, (sat, tue), lag).day_name()
'Monday'
"""

from __future__ import annotations

import pandas as pd

from leadwatch.claims.monthdays import month_days
from leadwatch.claims.printed import printed_dates

__all__ = ["weekday_in_spell"]


def weekday_in_spell(
    day: pd.Timestamp, spell: tuple[pd.Timestamp, pd.Timestamp], lag: pd.Series, body: str = ""
) -> pd.Timestamp:
    """``day`` moved to the first weekday after it in ``spell`` when ``day`` falls on a
    weekend and that weekday is as close after the weekdays named (``lag``, 0 when none
    is named) as ``day``; else ``day``.

    Parameters
    ----------
    day : pandas.Timestamp
        The day picked in the spell (its first of those closest after the weekdays named).
    spell : tuple of pandas.Timestamp
        The chosen spell's first and last days.
    lag : pandas.Series
        Per calendar day, the mean days back to the weekdays the text names.
    body : str
        The article's running text: a weekend day it names by its date stays.

    Returns
    -------
    pandas.Timestamp
        The day to date the article on.

    Examples
    --------
    >>> sun, mon = pd.Timestamp("2026-05-17"), pd.Timestamp("2026-05-18")
    >>> lag = pd.Series(0.0, index=pd.date_range(sun, mon))
    >>> weekday_in_spell(sun, (sun, sun), lag).day_name()  # no weekday in the spell
    'Sunday'
    >>> weekday_in_spell(sun, (sun, mon), lag.where(lag.index == sun, 1.0)).day_name()
    'Sunday'
    """
    if day.day_of_week < 5 or _names_date(body, day):
        return day
    after = pd.date_range(day, spell[1], freq="D")
    weekdays = [d for d in after if d.day_of_week < 5 and d in lag.index]
    if not weekdays or day not in lag.index:
        return day
    first = weekdays[0]
    return first if float(lag.loc[first]) <= float(lag.loc[day]) + 1e-9 else day


def _names_date(body: str, day: pd.Timestamp) -> bool:
    """Whether ``body`` names ``day`` by its date ("May 31", "May 31, 2026").

    >>> _names_date("Ether slid 3% on May 31.", pd.Timestamp("2026-05-31"))
    True
    """
    if any((m, d) == (day.month, day.day) for m, d, _, _ in month_days(body)):
        return True
    return any(p.iso == day.date().isoformat() for p in printed_dates(body))
