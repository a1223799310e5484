"""Session moves stated of some days of a week, not of the article's day (pure).

"Silver had a breakout week, posting daily gains of 3% and 5% on two different days",
"ether logged single-day drops of 7% and 9% this week": each figure is one session's move,
but of a session the text does not name. :func:`week_session` grades such a figure on the
sessions of the week (the calendar week to the article date; the week just ended at the
weekend): confirmed where one of them fits it, else left as graded on the article's day.

Examples
--------
>>> some_days("Gold saw daily gains of 1.2% and 2% on separate days this week.")
True
>>> some_days("Gold rose 1.2% on the day, its second daily gain this week.")
False
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

import pandas as pd

from leadwatch.claims.clauses import fits_stated
from leadwatch.claims.market import Market, session_change
from leadwatch.claims.model import Claim
from leadwatch.claims.vocabulary import words_re

__all__ = ["as_session", "some_days", "week_session"]

Result = tuple[str, str, dict[str, Any]]

_NOUN = r"(?:gains?|advances?|rises?|jumps?|losses|declines?|drops?|falls?|moves?|swings?)"
#: A percentage, perhaps hedged: "-2.1%", "about 3 %", "more than 4%".
_FIGURE = r"(?:about |around |nearly |almost |roughly |more than )?[+\-\u2212]?\d+(?:\.\d+)?\s?%"
_DAILY = ("daily", "single[- ]day", "one[- ]day", "single[- ]session", "one[- ]session")
#: Moves of single days listed: "daily gains of 1.2% and 0.8%".
_LISTED = rf"(?P<list>{words_re(_DAILY)} {_NOUN} of {_FIGURE}(?:,? (?:and|or) {_FIGURE})+)"
#: Days only counted: "on two separate days", "on different sessions".
_COUNTED = r"on (?:two|three|four|separate|different)(?: (?:different|separate))? "
_SOME_DAYS = re.compile(rf"\b{_LISTED}|\b{_COUNTED}(?:days|sessions|occasions)\b", re.I)
_WEEK = re.compile(r"\bweek\b(?!['\u2019]s? (?:before|earlier))", re.IGNORECASE)
_LAST = re.compile(r"\b(?:last|previous|prior|past) week\b", re.IGNORECASE)


def some_days(sentence: str) -> bool:
    """Whether ``sentence`` states session moves of some unnamed days of this week."""
    return bool(_SOME_DAYS.search(sentence) and _WEEK.search(sentence)) and not _LAST.search(
        sentence
    )


def as_session(c: Claim, sentence: str) -> Claim:
    """``c`` read as one session's move where its figure stands in a list of daily moves
    ("daily gains of 3% and 6%": the second figure is a day's too, whatever window the
    sentence's week lends it)."""
    if c.kind != "percent" or c.window in (None, "day") or not some_days(sentence):
        return c
    for m in _SOME_DAYS.finditer(sentence):
        if m.group("list") and c.words and c.words in m.group("list"):
            return replace(c, window="day")
    return c


def week_session(c: Claim, sentence: str, day: pd.Timestamp, market: Market) -> Result | None:
    """``c`` (a one-session move of ``sentence``) confirmed on a session of the week to
    ``day`` that fits it, else ``None`` (module doc)."""
    if c.kind != "percent" or c.pct is None or c.asset is None or not some_days(sentence):
        return None
    if market.is_rate(c.asset):  # a rate's sessions move in points, not percent
        return None
    stated = c.pct / 100 * (1 if c.op == "up" else -1)
    day = day.normalize()
    start = day - pd.Timedelta(days=day.weekday() + 1)  # the Sunday before
    moves = session_change(market, c.asset).loc[start + pd.Timedelta(days=1) : day].dropna()
    pairs = zip(pd.DatetimeIndex(moves.index), moves.to_numpy(), strict=True)
    fits = [(d, float(ch)) for d, ch in pairs if fits_stated(float(ch), stated)]
    if not fits:
        return None
    on, ch = min(fits, key=lambda f: abs(f[1] - stated))
    text = (
        f"{market.source(c.asset)}: {ch:+.1%} on {on.date()}, a session of the "
        f"week from {start.date()}; stated {stated:+.1%} on one of the week's days"
    )
    return "confirmed", text, {"change": ch, "on": str(on.date()), "stated": stated}
