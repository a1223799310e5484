"""Which day of a chosen spell to date an article on when it quotes no price of the day (pure).

Without a quoted price the stated moves' sizes pick the day (:func:`.dating.infer_date`).
Where several days of the spell fit the moves alike (often: no stated move fits any day,
or the moves run over windows that drift slowly), the day closest after the weekdays the
text names wins, as for priced stories (:func:`.datehints.spell_pick`: "surged on
Thursday ... crashed on Friday" is Friday's story, not Thursday's), and a pick on a
weekend moves to the weekday after it in the spell (:func:`.weekendpick.weekday_in_spell`:
a recap of days ending on a Saturday comes out on the Monday).

Examples
--------
>>> days = pd.date_range("2026-03-05", "2026-03-07")  # Thursday..Saturday
>>> moves = pd.Series(1.0, index=days)  # no stated move fits: all alike
>>> lag = weekday_lag(days, [3, 4])  # Thursday and Friday named
>>> unpriced_day(days[0], moves, (days[0], days[-1]), lag).day_name()
'Friday'
"""

from __future__ import annotations

import pandas as pd

from leadwatch.claims.datehints import weekday_lag
from leadwatch.claims.weekendpick import weekday_in_spell

__all__ = ["pick_day", "unpriced_day", "weekday_lag"]

#: Moves' fits within this of each other are alike.
_ALIKE = 1e-9


def unpriced_day(
    closest: pd.Timestamp,
    moves: pd.Series,
    spell: tuple[pd.Timestamp, pd.Timestamp],
    lag: pd.Series,
    body: str = "",
) -> pd.Timestamp:
    """The day to date an unpriced story on: ``closest`` (the day the moves fit best),
    unless a day of ``spell`` the moves fit as well lies closer after the weekdays named
    (``lag``; then the first such day); a weekend day moves to the weekday after it.

    Parameters
    ----------
    closest : pandas.Timestamp
        The day the stated moves fit best (the earliest of equals).
    moves : pandas.Series
        Per calendar day, how far the stated moves are from the data (1.0: none fits).
    spell : tuple of pandas.Timestamp
        The chosen spell's first and last days: its days the moves fit as well compete.
    lag, body
        As for :func:`.weekendpick.weekday_in_spell`: the lag to the weekdays named picks
        among those days, and the text's dated weekend days stay.

    Returns
    -------
    pandas.Timestamp
        ``closest``, or the alike day nearest after the weekdays named, off a weekend.

    Examples
    --------
    >>> days = pd.date_range("2026-03-05", "2026-03-07")  # Thursday..Saturday
    >>> moves = pd.Series([0.0, 1.0, 1.0], index=days)  # a move fits Thursday only
    >>> unpriced_day(days[0], moves, (days[0], days[-1]), weekday_lag(days, [4])).day_name()
    'Thursday'
    """
    inside = moves.loc[spell[0] : spell[1]]
    alike = inside.index[inside.to_numpy() <= float(moves.loc[closest]) + _ALIKE]
    day = closest
    if len(alike) and closest in lag.index:
        lags = lag.reindex(alike)
        best = float(lags.min())
        if float(lag.loc[closest]) > best + _ALIKE:
            day = pd.Timestamp(lags.index[int(lags.to_numpy().argmin())])
    return weekday_in_spell(day, spell, lag, body)


def pick_day(
    picked: pd.Timestamp,
    closest: pd.Timestamp | None,
    moves: pd.Series,
    spell: tuple[pd.Timestamp, pd.Timestamp],
    lag: pd.Series,
    body: str = "",
) -> pd.Timestamp:
    """The day to date the article on: for an unpriced story (``closest`` given, the day
    the moves fit best) :func:`unpriced_day`, else ``picked`` (the spell's day closest
    after the weekdays named) moved off a weekend (:func:`.weekendpick.weekday_in_spell`).

    Examples
    --------
    >>> days = pd.date_range("2026-03-07", "2026-03-09")  # Saturday..Monday
    >>> lag, moves = weekday_lag(days, []), pd.Series(1.0, index=days)
    >>> pick_day(days[0], None, moves, (days[0], days[-1]), lag).day_name()
    'Monday'
    """
    if closest is None:
        return weekday_in_spell(picked, spell, lag, body)
    return unpriced_day(closest, moves, spell, lag, body)
