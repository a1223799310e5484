"""A past extreme or data release named by its month ("its October peak", "the mid-October
all-time high", "October's record close", "data released in mid-May"): what it says about
the article's date (pure).

Such an extreme is a reference the text looks back to, not the day's news: a record or a
figure it names is no evidence of the article's day
(:func:`leadwatch.claims.datehints.reference_only` reads :data:`MONTH_EXTREME_RE`), and
the article is written after that part of the month, within a few months
(:func:`month_extreme_votes`). A month with its year ("its October 2025 peak") is left to
the printed dates.

Examples
--------
>>> [m.group("month") for m in MONTH_EXTREME.finditer("It sits 30% below its October peak.")]
['October']
>>> days = pd.to_datetime(["2025-10-10", "2025-10-25", "2025-11-14", "2026-03-01"])
>>> votes, why = month_extreme_votes("Gold retested its mid-October record high.", days)
>>> votes.tolist()
[0.0, 0.5, 0.5, 0.0]
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from leadwatch.claims.recorddays import RECORD_SET_RE
from leadwatch.claims.vocabulary import EXTREME_NOUN_RE, MONTH_NAME_RE, YEAR_RE, month_number

__all__ = [
    "MONTH_EXTREME",
    "MONTH_EXTREME_RE",
    "MONTH_RELEASE",
    "month_back_votes",
    "month_extreme_votes",
]

#: Words that may stand between the month and the extreme's noun ("all-time", "record").
_QUALIFIER = r"(?:all[- ]time|record|closing|intraday|multi-year|yearly|annual|cycle|price|peak)"
#: "its October peak", "the mid-October all-time high", "October's record close", "their
#: late-March lows": an extreme of a month named without its year.
MONTH_EXTREME_RE = (
    rf"\b(?:(?P<part>(?i:early|mid|late))[- ])?(?P<month>{MONTH_NAME_RE})(?!,? {YEAR_RE})"
    rf"(?:['\u2019]s)?\s+(?:{_QUALIFIER}[- ]){{0,2}}{EXTREME_NOUN_RE}s?"
    r"(?:\s+close)?(?![-\w])"
)
MONTH_EXTREME = re.compile(MONTH_EXTREME_RE)
#: "retail sales figures released in mid-June", "CPI released in early June": a
#: release of a month named without its year, looked back to in the same way.
MONTH_RELEASE = re.compile(
    r"\b(?:reported|released|published|announced|issued|came out|printed)"
    rf" in (?:(?P<part>(?i:early|mid|late))[- ])?(?P<month>{MONTH_NAME_RE})\b(?!,? {YEAR_RE})"
)
#: "a record of $126,000 set in early October", "the peak it hit in March": an event of a
#: month named without its year, looked back to.
_MONTH_BACK = re.compile(
    rf"\b(?:{RECORD_SET_RE}|peaked|topped out)"
    rf"(?: back)? in (?:(?:early|mid|late)[- ])?(?P<month>{MONTH_NAME_RE})\b(?!,? {YEAR_RE})"
)
#: "saw $2 billion of redemptions in January", "fell 8% in November": a figure told in the
#: past tense of a month named without its year (not "expected in May": ahead; nor an
#: extreme, "as low as $52,100 in March", cited for long: :data:`_MONTH_BACK`'s).
_MONTH_PAST = re.compile(
    r"\b(?!(?:expect|schedul|plann|forecast|project|predict|slat)ed\b)"
    r"(?:[a-z]{3,}ed|fell|rose|lost|sank|grew|saw|shed|slid|won|hit)\b"
    r"(?:(?!\b(?:as (?:low|high) as|lows?|highs?|peak\w*|tops?|bottom\w*|troughs?|records?)\b)"
    rf"(?:[^.;:!?]|(?<=\d)\.(?=\d))){{0,60}}?\bin (?:(?:early|mid|late)[- ])?"
    rf"(?P<month>{MONTH_NAME_RE})\b(?!,? {YEAR_RE}| (?:and|to|or) )"
)
#: An event looked back to is most often news of the last quarter, and at most a year old.
_BACK_SPAN, _YEAR = pd.Timedelta(days=90), pd.Timedelta(days=365)
#: The vote, and how long after the extreme the article may be written.
_VOTE = 0.5
_SPAN = pd.Timedelta(days=120)
#: The first day of the month after which the part named is over ("mid-October": the 20th).
_AFTER_PART = {"early": 10, "mid": 20, "late": 28, None: 1}


def month_extreme_votes(body: str, calendar: pd.DatetimeIndex) -> tuple[np.ndarray, list[str]]:
    """Votes over ``calendar`` for each extreme or release of a month ``body`` names
    without a year.

    The article is written after the part of the month named ("mid-October": from the
    20th; a plain month: from its first day) and within 120 days, in any year; each
    distinct phrase votes once (:data:`_VOTE`).
    """
    votes = np.zeros(len(calendar))
    why: list[str] = []
    seen: set[tuple[str | None, int]] = set()
    found = [*MONTH_EXTREME.finditer(body), *MONTH_RELEASE.finditer(body)]
    for m in found:
        part = m.group("part")
        key = (part.lower() if part else None, month_number(m.group("month")))
        if key in seen:
            continue
        seen.add(key)
        hit = np.zeros(len(calendar), dtype=bool)
        for year in sorted(set(calendar.year)):
            start = pd.Timestamp(year, key[1], _AFTER_PART[key[0]])
            hit |= (calendar >= start) & (calendar <= start + _SPAN)
        votes += _VOTE * hit
        why.append(f"{m.group(0)!r}: looked back to, written after it ({_VOTE})")
    return votes, why


def month_back_votes(body: str, calendar: pd.DatetimeIndex) -> tuple[np.ndarray, list[str]]:
    """Votes over ``calendar`` for each event ``body`` says was set in a month named without a
    year ("the record it set in early October"): :data:`_VOTE` within 90 days of that month's
    start (so only that year's month fits a "2025" the text names), half as much later in the
    year after it (an old peak: "still 45% below the record reached in October").

    Examples
    --------
    >>> days = pd.to_datetime(["2025-09-30", "2025-11-14", "2026-02-26", "2026-10-02"])
    >>> month_back_votes("It is far below the record reached in October.", days)[0].tolist()
    [0.0, 0.5, 0.25, 0.5]
    """
    votes = np.zeros(len(calendar))
    why: list[str] = []
    # a peak (``_MONTH_BACK``) is cited for long; another past figure only while recent
    found = [(m, True) for m in _MONTH_BACK.finditer(body)]
    found += [(m, False) for m in _MONTH_PAST.finditer(body)]
    for m, old in {month_number(m.group("month")): (m, o) for m, o in reversed(found)}.values():
        month = month_number(m.group("month"))
        for year in sorted(set(calendar.year)):
            start = pd.Timestamp(year, month, 1)
            after = (calendar >= start) & (calendar < start + _YEAR)
            soon = after & (calendar <= start + _BACK_SPAN)
            votes += _VOTE * soon + old * _VOTE / 2 * (after & ~soon)
        later = f", or later in the year after it ({_VOTE / 2})" if old else ""
        why.append(f"{m.group(0)!r}: written within 90 days of that month's start ({_VOTE}){later}")
    return votes, why
