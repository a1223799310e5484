"""A quarter the text reports on ("its weakest first quarter in a decade", "Q1 gains", "in the
third quarter so far", "ended the second quarter up 10%"): the article is written during
that quarter or in the weeks after it (pure).

A quarter in a clause that looks ahead ("a cut expected in the first quarter", "by the end
of Q2", "next quarter") says nothing of the day of writing and is left out; a quarter with
its year ("Q1 2025", "the first quarter of 2025") counts only in that year. A quarter
being entered ("heading into the fourth quarter") is written around its start; one whose
economic figures the sentence gives ("output grew 2.1% annualized in Q3 2025") after its end.

Examples
--------
>>> days = pd.to_datetime(["2025-02-10", "2025-04-01", "2025-05-20", "2026-01-15"])
>>> votes, why = quarter_votes("Gold logged its weakest first quarter in years.", days)
>>> votes.tolist()
[0.5, 0.5, 0.0, 0.5]
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from leadwatch.claims.vocabulary import LOOKS_AHEAD_RE, YEAR_RE

__all__ = ["QUARTER", "quarter_votes"]

_NTH = {"first": 1, "second": 2, "third": 3, "fourth": 4}
#: "the first quarter", "first-quarter", "Q3", "3Q" (with its year when printed).
QUARTER = re.compile(
    rf"\b(?:(?P<nth>first|second|third|fourth)[- ]quarter(?: of (?P<y1>{YEAR_RE}))?"
    rf"|Q(?P<q>[1-4])(?:[ '\u2019]*(?P<y2>{YEAR_RE}|\d\d))?)\b",
    re.IGNORECASE,
)
#: A quarter ahead of the article, or one of a company's results, is no hint of the day.
_AHEAD = re.compile(
    rf"{LOOKS_AHEAD_RE}|\b(?:by|until|before|expected|forecast|projected|next|coming|in"
    r" the coming)\b(?:\s+\S+){0,4}\s*$|\b(?:end of|by the end of)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_VOTE = 0.5
#: "entering the fourth quarter", "heading into the year's third quarter": a quarter about
#: to start, written in the days around its start (:data:`_ENTER_BEFORE` to
#: :data:`_ENTER_AFTER`), not during it.
_ENTERING = re.compile(
    r"\b(?:enter(?:s|ing)?|head(?:s|ing)? into|go(?:es|ing)? into|mov(?:es|ing) into)\s+"
    r"(?:the\s+)?(?:year['\u2019]s\s+)?$",
    re.IGNORECASE,
)
_ENTER_BEFORE, _ENTER_AFTER = pd.Timedelta(days=10), pd.Timedelta(days=7)
#: Written up to this long after the quarter's end (a recap of it).
_AFTER = pd.Timedelta(days=21)
#: A quarter's economic figures ("output grew 2.1% in Q3", "third-quarter GDP"): out
#: weeks after it ends (an advance estimate, then revisions), written then, up to
#: :data:`_RELEASE_AFTER` after its end.
_RELEASED = re.compile(r"\b(?:GDP|economy|economic growth|annuali[sz]ed)\b", re.IGNORECASE)
_RELEASE_AFTER = pd.Timedelta(days=100)


def _sentence(body: str, m: re.Match[str]) -> str:
    """The sentence around the quarter ``m`` names."""
    before = re.split(r"[.;!?]\s", body[max(0, m.start() - 120) : m.start()])[-1]
    return before + re.split(r"[.;!?](?:\s|$)", body[m.start() : m.end() + 120])[0]


def _number(m: re.Match[str]) -> int:
    return _NTH[m.group("nth").lower()] if m.group("nth") else int(m.group("q"))


def _year(m: re.Match[str]) -> int | None:
    y = m.group("y1") or m.group("y2")
    if y is None:
        return None
    return int(y) if len(y) == 4 else 2000 + int(y)


def quarter_votes(body: str, calendar: pd.DatetimeIndex) -> tuple[np.ndarray, list[str]]:
    """Votes over ``calendar``: each quarter ``body`` reports on (once per quarter named;
    one named without its year where the text also names it with one is that one),
    0.5 from its first day to three weeks after its end, in its year or any year."""
    votes = np.zeros(len(calendar))
    why: list[str] = []
    seen: set[tuple[int, int | None]] = set()
    # "Q1 ... Q1 2026": a quarter also named with its year is that year's, one vote
    dated = {(q, y) for m in QUARTER.finditer(body) if (y := _year(m)) for q in [_number(m)]}
    for m in QUARTER.finditer(body):
        clause = re.split(r"[.;!?]\s", body[max(0, m.start() - 80) : m.start()])[-1]
        if _AHEAD.search(clause):
            continue
        q = _number(m)
        key = (q, _year(m))
        if key in seen or (key[1] is None and any(d[0] == q for d in dated)):
            continue
        seen.add(key)
        hit = np.zeros(len(calendar), dtype=bool)
        for year in sorted(set(calendar.year)) if key[1] is None else [key[1]]:
            start = pd.Timestamp(year, 3 * q - 2, 1)
            end = start + pd.offsets.QuarterEnd(0)
            if entering := bool(_ENTERING.search(clause)):
                hit |= (calendar >= start - _ENTER_BEFORE) & (calendar <= start + _ENTER_AFTER)
            elif released := bool(_RELEASED.search(_sentence(body, m))):
                hit |= (calendar > end) & (calendar <= end + _RELEASE_AFTER)
            else:
                hit |= (calendar >= start) & (calendar <= end + _AFTER)
        votes += _VOTE * hit
        what = (
            "a quarter about to start, written around its start"
            if entering
            else "a quarter's economic figures, written after it"
            if released
            else "a quarter reported on, written in it or just after"
        )
        why.append(f"{m.group(0)!r}: {what} ({_VOTE})")
    return votes, why
