"""Dates written without their year ("on June 25", "since March 3"), for dating (pure).

Examples
--------
>>> month_days("Gold rose on June 25; it fell again on July 4, 2025")
[(6, 25, 'June 25', False)]
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from leadwatch.claims.vocabulary import (
    MONTH_ABBR_RE,
    MONTH_RE,
    WEEKDAYS,
    YEAR_RE,
    month_number,
    words_re,
)

__all__ = ["WEEKDAY_BEFORE", "dated_weekday", "month_days"]

#: A weekday right before a day of the month: "Wednesday, January 28", "Wednesday (January
#: 28)", "Thu Mar 13" (a wire's header: "Thu Mar 13, 9:05AM").
WEEKDAY_BEFORE = re.compile(
    rf"(?i)\b(?:(?P<day>{words_re(WEEKDAYS)})|(?P<short>(?-i:Mon|Tue|Wed|Thu|Fri|Sat|Sun))"
    r"(?-i:s|rs?)?\.?)\s*(?:,|\()?\s*$"
)

#: "since March 3", "its June 1 level", "a week ago on May 2", "since Chair Powell's
#: June 4 remarks": a day behind the article.
_PAST_REF_RE = re.compile(
    r"\b(?:(?i:since|from|after|following)\s+(?:[A-Z][\w'\u2019.-]*\s+){0,3}(?i:early |late |mid-)?"
    r"|(?i:its|their|the)\s+(?i:early |late |mid-)?|(?i:ago),?\s+(?i:on\s+)?)$"
)
_MONTH_DAY_RE = re.compile(
    rf"\b(?P<m>{MONTH_RE}|{MONTH_ABBR_RE}(?= ))\.? (?P<d>[0-3]?\d)(?:st|nd|rd|th)?\b(?!\d)"
    rf"(?!,? {YEAR_RE})(?!(?:\s?[-\u2013\u2014]\s?|\s(?:through|thru|to)\s)[0-3]?\d\b(?![.,]?\d|%))"
)


def month_days(text: str) -> list[tuple[int, int, str, bool]]:
    """``(month, day, words, past)`` of every date written without its year ("on June 25");
    ``past`` marks a reference point behind the article ("since January 2", "its June 1
    level"): the article is dated after it, not on it.

    >>> month_days("On Thursday, June 25, Bitcoin rose; on July 4, 2025 it fell")
    [(6, 25, 'June 25', False)]
    >>> month_days("Ether is below $3,000 for the first time since March 3.")
    [(3, 3, 'March 3', True)]
    """
    out = []
    for m in _MONTH_DAY_RE.finditer(text):
        day = int(m.group("d"))
        if 1 <= day <= 31:
            past = bool(_PAST_REF_RE.search(text[max(0, m.start() - 30) : m.start()]))
            out.append((month_number(m.group("m")), day, m.group(0), past))
    return out


def dated_weekday(body: str, pos: int, calendar: pd.DatetimeIndex) -> np.ndarray:
    """The days of ``calendar`` on the weekday named right before the day of the month at
    ``pos`` ("Thu Mar 13": only the years whose March 13 is a Thursday); every day when
    no weekday is named there.

    >>> days = pd.DatetimeIndex(["2024-03-13", "2025-03-13"])
    >>> dated_weekday("Newswire - Thu Mar 13, 9:05AM", 15, days).tolist()
    [False, True]
    >>> dated_weekday("On Mar 13, gold rose", 3, days).tolist()
    [True, True]
    """
    m = WEEKDAY_BEFORE.search(body[max(0, pos - 30) : pos])
    if m is None:
        return np.ones(len(calendar), dtype=bool)
    name = (m.group("day") or m.group("short")).lower()[:3]
    return np.asarray(calendar.day_of_week == [w[:3] for w in WEEKDAYS].index(name))
