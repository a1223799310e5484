"""The latest year an article looks back to bounds its date from below (pure).

A story cannot be older than the years it speaks of as past or present: "after the 2024
election", "its biggest gain since May 2021", "the upgrade in September 2022", "the 2022
crash", "its 2011 peak", "in 2024". Such a year bounds nothing near the day of writing
(:mod:`leadwatch.claims.yearhints` leaves the episodes out), but it does rule out the years
before it: a story whose figures also fit an older year is not of that year. The latest
such year (with its month, when one is named before it: "May 2021") takes 0.5 off every
day before its start (a penalty, not a vote for the days after: the scores of the days it
allows stay as they were).

Left out, since they may lie ahead of the day of writing: a year in a sentence that looks
ahead ("expected", "could", "slated", "will") or after a word of a deadline or a target
("by 2030", "until 2028", "into 2025", "toward 2027", "ahead of the 2026 vote", "for
late 2025", "next"), a year of a plan or a budget ("fiscal 2027", "the 2026 budget"), a
year inside a full printed date (:mod:`leadwatch.claims.printed` weighs those), and a
figure that only looks like a year ("$2,030", "2025 an ounce", "2026-month", "2025.5").

Examples
--------
>>> days = pd.to_datetime(["2022-03-30", "2024-11-07"])
>>> year_floor_votes("Bitcoin hit a record after the 2024 vote.", days)[0].tolist()
[-0.5, 0.0]
>>> year_floor_votes("Bitcoin could reach $200,000 by 2025.", days)[0].tolist()
[0.0, 0.0]
>>> year_floor_votes("It may fall, as seen in early 2024.", days)[0].tolist()
[-0.5, 0.0]
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from leadwatch.claims.printed import printed_dates
from leadwatch.claims.seenyears import PROJECTING, seen_before
from leadwatch.claims.vocabulary import (
    LOOKS_AHEAD_RE,
    MONTH_NAME_RE,
    YEAR_RE,
    ending,
    month_number,
    words_re,
)

__all__ = ["year_floor_votes"]

_FLOOR_VOTE = 0.5
#: A year, maybe after its month ("September 2022"), not part of a figure or a date.
_YEAR = re.compile(
    rf"(?<![\d$€£,.:/-])(?:\b(?P<month>{MONTH_NAME_RE})\s+)?\b(?P<year>{YEAR_RE})\b"
    r"(?![\d,.%/-]\d|[-\u2013/]\d|\s*(?:an? |per )?(?:ounce|oz|barrel|points?|tonnes?)\b)"
)
#: Words before the year that set it ahead: a deadline, a target, a plan.
_AHEAD_BEFORE = ending(
    "by",
    "until",
    "till",
    "into",
    "toward",
    "towards",
    "through",
    "next",
    "upcoming",
    "ahead of",
    "before",
    "fiscal",
    "FY",
    "for",
    "delivery in",
    "settlement in",
    "expiry in",
    gap=r"\s*(?:the\s+)?(?:(?:early|mid|late|end\s+of|start\s+of)[- ]\s*)?$",
)
#: A sentence that looks ahead: its years may be ahead of the day of writing.
_GUESS = (*PROJECTING, "outlook", "could", "may", "might", "would", "plans?", "sees?")
_AHEAD_SENTENCE = re.compile(
    rf"(?i){LOOKS_AHEAD_RE}|\b{words_re(_GUESS)}\b"
    r"|\b(?:budget|guidance|midterms?|maturity|matures?|maturing)\b"
)
#: A sentence's end (not "U.S. Federal Reserve": a capital before the point).
_SENTENCE_END = re.compile(r"(?<![A-Z])[.;!?]\s|\n")


def _floors(body: str) -> list[pd.Timestamp]:
    """The first day of each year (or month of a year) ``body`` speaks of as past or present."""
    dated = [(d.start, d.start + len(d.words)) for d in printed_dates(body)]
    out = []
    for m in _YEAR.finditer(body):
        start, end = m.start(), m.end()
        if any(a <= m.start("year") < b for a, b in dated):
            continue  # "May 20, 2025": the printed dates weigh those
        if _AHEAD_BEFORE.search(body[max(0, start - 30) : start]):
            continue
        head = _SENTENCE_END.split(body[max(0, start - 200) : start])[-1]
        tail = _SENTENCE_END.split(body[end : end + 200])[0]
        if not seen_before(body[:start]) and _AHEAD_SENTENCE.search(f"{head} {m.group(0)} {tail}"):
            continue
        month = month_number(m.group("month")) if m.group("month") else 1
        out.append(pd.Timestamp(int(m.group("year")), month, 1))
    return out


def year_floor_votes(body: str, calendar: pd.DatetimeIndex) -> tuple[np.ndarray, list[str]]:
    """-0.5 on the days before the latest year (or month) ``body`` looks back to (module
    doc); nothing when that lies past the calendar's end (no day to prefer)."""
    floors = _floors(body)
    if not floors or max(floors) > calendar.max():
        return np.zeros(len(calendar)), []
    floor = max(floors)
    votes = np.where(calendar < floor, -_FLOOR_VOTE, 0.0)
    why = [
        f"the text speaks of {floor:%B %Y} as past or present: days before it lose {_FLOOR_VOTE}"
    ]
    return votes, why
