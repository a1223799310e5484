"""Dating evidence from a printed date said to lie some time ago (pure).

"Three weeks ago, on March 2, 2026" and "nearly five months ago, on Jan. 9, 2025" date the
article itself: it is written about that long after the day printed. Such a date is never
the day of writing; it votes for the days the stated gap reaches (a tenth of the gap, at
least 3 days, either side of the same day that many calendar months on; "nearly", "just
under" only before it, "over" only after, give or take 2 days).

Examples
--------
>>> ago_before("prices peaked two months ago, on ", 33)
(2, 'month', '')
>>> ago_before("prices peaked on ", 17) is None
True
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from leadwatch.claims.datehints import near_day
from leadwatch.claims.monthdays import month_days

__all__ = ["AGO_VOTE", "ago_before", "ago_votes", "ago_window", "yearless_ago_votes"]

#: The weight of a gap stated back to a printed date (as much as the latest date printed).
AGO_VOTE = 1.0
_UNIT_DAYS = {"day": 1, "week": 7, "month": 30.44, "year": 365.25}
_NUMBERS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
}
_AGO = re.compile(
    r"\b(?P<qual>just under|nearly|almost|less than|just over|over|more than|about|some"
    r"|roughly|around)?\s*\b(?P<n>\d{1,2}|"
    + "|".join(_NUMBERS)
    + r")\s+(?P<unit>day|week|month|year)s?\s+ago,?\s+(?:on\s+|in\s+)?$",
    re.IGNORECASE,
)
#: Days a stated gap reaches at least either side: months differ in length, a week
#: ago is meant to the day give or take a weekend, a day ago to the day.
_MIN_SLACK = {"day": 0.0, "week": 2.0, "month": 3.0, "year": 3.0}
#: "Just under four months": up to this many days past the full gap (months differ).
_EDGE = 2.0
_BEFORE = ("just under", "nearly", "almost", "less than")
_AFTER = ("just over", "over", "more than")


def ago_before(text: str, pos: int) -> tuple[int, str, str] | None:
    """``(count, unit, qualifier)`` of a gap stated right before the date at ``pos``
    ("four months ago, on"); ``None`` when there is none."""
    m = _AGO.search(text[max(0, pos - 60) : pos])
    if m is None:
        return None
    n = m.group("n").lower()
    count = int(n) if n.isdigit() else _NUMBERS[n]
    return count, m.group("unit").lower(), (m.group("qual") or "").lower()


def _offset(count: int, unit: str) -> pd.DateOffset:
    """``count`` calendar ``unit`` s as an offset."""
    if unit == "year":
        return pd.DateOffset(years=count)
    if unit == "month":
        return pd.DateOffset(months=count)
    return pd.DateOffset(days=count * (7 if unit == "week" else 1))


def _slack(count: int, unit: str, qual: str) -> tuple[float, float]:
    """Days before and after the full gap that a stated gap still reaches."""
    slack = max(_MIN_SLACK[unit], 0.1 * count * _UNIT_DAYS[unit])
    return (-slack if qual not in _AFTER else -_EDGE), (slack if qual not in _BEFORE else _EDGE)


def ago_window(text: str, pos: int) -> tuple[pd.Timedelta, pd.Timedelta] | None:
    """The days after a date written without its year ("a week ago on September 15") that
    the gap stated before it reaches, as ``(first, last)``; ``None`` when no gap is stated.

    >>> first, last = ago_window("opened at $3,640 one week ago on September 15", 33)
    >>> first.days, last.days
    (5, 9)
    """
    gap = ago_before(text, pos)
    if gap is None:
        return None
    count, unit, qual = gap
    low, high = _slack(count, unit, qual)
    full = count * _UNIT_DAYS[unit]
    return pd.Timedelta(days=round(full + low)), pd.Timedelta(days=round(full + high))


def ago_votes(
    text: str, dates: list[tuple[str, int]], calendar: pd.DatetimeIndex
) -> tuple[np.ndarray, list[str]]:
    """Votes over ``calendar`` for the days a stated gap after printed dates reaches.

    ``dates`` holds each printed date as ``(iso, position in text)``.

    >>> days = pd.date_range("2026-01-01", periods=90)
    >>> text = "It peaked just under two months ago, on Jan. 5, 2026."
    >>> votes, _ = ago_votes(text, [("2026-01-05", 40)], days)
    >>> str(days[votes > 0][0].date()), str(days[votes > 0][-1].date())
    ('2026-02-27', '2026-03-07')
    """
    votes, why = np.zeros(len(calendar)), []
    for iso, pos in dates:
        gap = ago_before(text, pos)
        if gap is None:
            continue
        count, unit, qual = gap
        center = pd.Timestamp(iso) + _offset(count, unit)  # calendar months
        low, high = _slack(count, unit, qual)
        age = np.asarray((calendar - center).days, dtype=float)
        votes += AGO_VOTE * ((age >= low) & (age <= high))
        why.append(f"{iso} is {count} {unit}(s) ago: written about then ({AGO_VOTE})")
    return votes, why


def yearless_ago_votes(text: str, calendar: pd.DatetimeIndex) -> tuple[np.ndarray, list[str]]:
    """Votes over ``calendar`` for the days a stated gap after a date written without its
    year reaches ("$3,640 one week ago on September 15": about the 22nd), in any year.

    >>> days = pd.date_range("2025-09-01", periods=40)
    >>> votes, _ = yearless_ago_votes("It opened at $3,640 one week ago on September 15.", days)
    >>> str(days[votes > 0][0].date()), str(days[votes > 0][-1].date())
    ('2025-09-20', '2025-09-24')
    """
    votes, why = np.zeros(len(calendar)), []
    for month, dom, words, _ in month_days(text):
        for m in re.finditer(re.escape(words), text):
            window = ago_window(text, m.start())
            if window is not None:
                votes += AGO_VOTE * near_day(calendar, month, dom, *window)
                why.append(f"{words!r} is {window[0].days}-{window[1].days} days ago ({AGO_VOTE})")
                break
    return votes, why
