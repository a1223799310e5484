"""A day of the month named by its ordinal alone: "On the 15th (local time)" (pure).

Wires translated from Korean, Japanese or Chinese date their sessions by the day of the month
only: "On the 9th (local time), the Nasdaq ended at ...". The
article is written on that day of a month or the day after (the session is New York's, the
paper's day may be the next). Such a day votes for every calendar day with that number and
the day after it; an ordinal of something else ("on the 15th day", "the 3rd straight week",
"on the 10th anniversary") or one after a month's name ("June 15th") is no such day.

Examples
--------
>>> days = pd.date_range("2026-01-14", periods=4)
>>> votes, why = ordinal_day_votes("On the 15th (local time), the Dow rose.", days)
>>> votes.tolist()
[0.0, 0.5, 0.5, 0.0]
>>> ordinal_day_votes("It rose for the 3rd straight week.", days)[0].tolist()
[0.0, 0.0, 0.0, 0.0]
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from leadwatch.claims.vocabulary import MONTH_ABBR_RE, MONTH_NAME_RE

__all__ = ["ordinal_day_votes"]

_VOTE = 0.5
_ORDINAL_DAY = re.compile(
    r"\b[Oo]n the (?P<d>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b"
    r"(?!\s+(?:day|week|month|year|session|time|straight|consecutive|anniversary|percentile"
    r"|floor|place|of\b))",
)
_MONTH_BEFORE = re.compile(rf"(?:{MONTH_NAME_RE}|{MONTH_ABBR_RE})\.?\s*$")


def ordinal_day_votes(body: str, calendar: pd.DatetimeIndex) -> tuple[np.ndarray, list[str]]:
    """Votes over ``calendar`` for each day of the month ``body`` names by its ordinal alone
    (:data:`_VOTE` on such days and the day after; once per day named), with the reasons."""
    votes = np.zeros(len(calendar))
    why: list[str] = []
    seen: set[int] = set()
    for m in _ORDINAL_DAY.finditer(body):
        dom = int(m.group("d"))
        if dom in seen or _MONTH_BEFORE.search(body, 0, m.start()):
            continue
        seen.add(dom)
        on = np.asarray(calendar.day == dom)
        after = np.asarray((calendar - pd.Timedelta(days=1)).day == dom)
        votes += _VOTE * (on | after)
        why.append(f"{m.group(0)!r}: a day of the month, written on it or the day after ({_VOTE})")
    return votes, why
