"""A day of the month named with its weekday ("on Friday, January 24", "Friday's session
(January 24th)", "Monday (Jan. 6)") is only that weekday in some years: the pair votes for
the years in which it matches (pure).

A day of the month alone fits every year alike (:mod:`leadwatch.claims.textdates` gives it
0.5); with its weekday it tells the year, not the day (a Monday text may recap "Friday,
May 8"): the week from it gets 0.5 more in the years whose calendar agrees.

Examples
--------
>>> days = pd.date_range("2024-01-20", "2025-02-05")
>>> votes, _ = weekday_date_votes("Gold rose on Friday, January 24.", days)
>>> [str(d.date()) for d in days[votes > 0]][::7]
['2025-01-24', '2025-01-31']
>>> float(votes[days.get_loc(pd.Timestamp("2024-01-24"))])
0.0
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from leadwatch.claims.vocabulary import MONTH_RE, WEEKDAYS, YEAR_RE, month_number, words_re

__all__ = ["weekday_date_votes"]

#: The extra vote of a weekday and day pair, over the week from the day it names.
WEEKDAY_DATE_VOTE = 0.5
#: "Friday, January 24", "Friday's session (January 24th)", "Friday (Jan. 24)".
_PAIR = re.compile(
    rf"(?i)\b(?P<wd>{words_re(WEEKDAYS)})(?:['\u2019]s)?(?:,| \(|['\u2019]s [\w ]{{1,25}}?\(|\s)"
    rf"\s*(?P<m>{MONTH_RE})\.? (?P<d>[0-3]?\d)(?:st|nd|rd|th)?\b(?!,? {YEAR_RE})(?!\d)"
)


def weekday_date_votes(body: str, calendar: pd.DatetimeIndex) -> tuple[np.ndarray, list[str]]:
    """Votes over ``calendar`` (consecutive days) for each day of the month ``body`` names
    with its weekday: the week from each such day in the years whose calendar agrees."""
    votes = np.zeros(len(calendar))
    why: list[str] = []
    seen: set[tuple[int, int, int]] = set()
    for m in _PAIR.finditer(body):
        key = (WEEKDAYS.index(m.group("wd").lower()), month_number(m.group("m")), int(m.group("d")))
        if key in seen:
            continue
        seen.add(key)
        named = (
            (calendar.day_of_week == key[0]) & (calendar.month == key[1]) & (calendar.day == key[2])
        )
        week = pd.Series(named.astype(float), index=calendar).rolling("8D").max()
        votes += WEEKDAY_DATE_VOTE * week.to_numpy()
        why.append(f"{m.group(0)!r}: that weekday in the years it fits ({WEEKDAY_DATE_VOTE})")
    return votes, why
