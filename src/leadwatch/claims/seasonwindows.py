"""Windows that start at a season or a part of a year: "since the summer", "since last
autumn", "since mid-year", "since late 2024" (pure).

Seasons are the meteorological ones of the northern hemisphere, where the press that quotes
these markets mostly writes: spring from 1 March, summer from 1 June, autumn (fall) from
1 September, winter from 1 December. A bare season is the latest one begun by the article
date (the current one included: "since the summer", written in July, is since 1 June);
"last" is the latest one already over; a year names the season that starts in it. Early,
mid and late move the start into the season (its first day, six weeks in, two months in).
A year's parts: early from 1 January, mid from 1 July, late from 1 October. Every start
counts from the close before it, as "since March" does.

Examples
--------
>>> day = pd.Timestamp("2025-11-20")
>>> season_since("the summer", day)[0].date()
datetime.date(2025, 5, 31)
>>> season_since("last winter", day)[0].date()
datetime.date(2024, 11, 30)
>>> season_since("mid-year", day)[0].date()
datetime.date(2025, 6, 30)
>>> season_since("late 2024", day)[0].date()
datetime.date(2024, 9, 30)
>>> season_since("the Fed's cut", day) is None
True
"""

from __future__ import annotations

import re

import pandas as pd

from leadwatch.claims.vocabulary import YEAR_RE

__all__ = ["SEASON_SINCE_RE", "season_since"]

_FIRST_MONTH = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}
_PART_DAYS = {"early": 0, "mid": 45, "late": 61}
_YEAR_PART_MONTH = {"early": 1, "mid": 7, "late": 10}

#: A season or a part of a year after "since", its parts named ("fall" only where no noun
#: follows: "since the fall of the dollar" is no season).
_NAMED = (
    r"(?:the )?(?:(?:start|beginning) of (?:the )?)?(?:(?P<part>early|mid|late)[- ]?)?"
    r"(?:(?P<which>last|this) )?(?P<season>summer|spring|autumn|winter"
    rf"|fall(?= (?:of )?{YEAR_RE}\b|\s*(?:[,.;:)]|$)))(?: (?:of )?(?P<year>{YEAR_RE}))?"
    r"|(?P<mid>mid-?year|(?:the )?middle of (?:the|this) year)"
    rf"|(?P<ypart>early|mid|late)[- ]?(?P<ofyear>{YEAR_RE})"
)
_WORDS = re.compile(_NAMED, re.IGNORECASE)
#: The same words, unnamed, as :func:`find_windows <leadwatch.claims.windows.find_windows>`
#: reads them after "since" inside its own pattern.
SEASON_SINCE_RE = re.sub(r"\(\?P<\w+>", "(?:", _NAMED)


def _season_start(m: re.Match[str], day: pd.Timestamp) -> pd.Timestamp:
    """The first day of the season ``m`` names, for an article of ``day``."""
    month = _FIRST_MONTH[m.group("season").lower()]
    if m.group("year"):
        return pd.Timestamp(year=int(m.group("year")), month=month, day=1)
    start = pd.Timestamp(year=day.year, month=month, day=1)
    if start > day:  # not begun this year: the one of the year before
        start = start - pd.DateOffset(years=1)
    if (m.group("which") or "").lower() == "last" and start + pd.DateOffset(months=3) > day:
        start = start - pd.DateOffset(years=1)  # "last summer": one already over
    return pd.Timestamp(start)


def season_since(words: str, day: pd.Timestamp) -> tuple[pd.Timestamp, str] | None:
    """The close a "since WORDS" window starts from, when ``WORDS`` name a season or a part of
    a year, with its label; ``None`` for other words or a start not before ``day``."""
    text = words.strip()
    m = _WORDS.fullmatch(text)
    if m is None:
        return None
    if m.group("season"):
        part = (m.group("part") or "").lower()
        start = _season_start(m, day) + pd.Timedelta(days=_PART_DAYS.get(part, 0))
    elif m.group("mid"):
        start = pd.Timestamp(year=day.year, month=7, day=1)
        start = start if start < day else pd.Timestamp(year=day.year - 1, month=7, day=1)
    else:
        month = _YEAR_PART_MONTH[m.group("ypart").lower()]
        start = pd.Timestamp(year=int(m.group("ofyear")), month=month, day=1)
    if start >= day:
        return None
    base = pd.Timestamp(start - pd.Timedelta(days=1))
    return base, f"since {start.date()} ({text!r}, from the close before)"
