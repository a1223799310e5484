"""First-ever crossings: "silver climbed past $100 for the first time", for dating (pure).

A level said to be reached "for the first time" (ever, in history, on record) is a
strong cue to the date: it holds only around the single day the asset first got there,
whereas the bare level ("above $90") holds on every later day it stayed up. For dating,
such a level becomes a *first crossing* (op ``first:above`` or ``first:below``):
it holds on the first day the close or the day's range reached it (exactly: futures
trade at a premium, and a near miss is no first), and on
the trading day before, since a crossing late in the US session shows first in the next
London fix or UTC close. "For the first time since June" or "in seven months" is no
first-ever crossing (those are relative records, :mod:`leadwatch.claims.recordwords`),
but one told with its level and a month or day without a year ("the first time below
$100,000 since June") is a first crossing *since* then: it holds around a day that reached
the level when the last earlier day there lay in that span.

Examples
--------
>>> from leadwatch.claims import extract_claims
>>> ex = extract_claims("Silver climbed past $100 an ounce for the first time in history.")
>>> [(c.op, c.level) for c in first_crossings(ex.claims, ex.sentences) if c.kind == "level"]
[('first:above', 100.0)]
>>> ex = extract_claims("Ether sank under $2,000 for the first time since March.")
>>> [c.op for c in first_crossings(ex.claims, ex.sentences) if c.kind == "level"]
['below', 'first:below']
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace

import pandas as pd

from leadwatch.claims.anchored import in_named_span, yearless_since
from leadwatch.claims.market import Market
from leadwatch.claims.model import Claim
from leadwatch.claims.text import Sentence

__all__ = [
    "FIRST_TOLERANCE",
    "crossing_after_gap_days",
    "crossing_since_days",
    "first_crossing_days",
    "first_crossings",
    "first_days",
    "with_threshold",
]

FIRST_TOLERANCE = (
    "first day the close or the day's range reached the level (no tolerance: a near miss "
    "is no first), or the trading "
    "day before it (a late US-session crossing shows in the next fix or UTC close)"
)

_EVER = r"(?:ever|in (?:its |their |the )?(?:[\w-]+ )?history|on record)"
#: "... for the first time (ever|in history)", not "... since June" / "in seven months".
_AFTER = re.compile(
    r"^(?:[^.;$\d]|\.(?=\d)){0,45}?\b(?:for the first time(?: " + _EVER + r")?"
    r"(?!\s+(?:since|in|this|over|after)\b)|for the first time " + _EVER + r")",
    re.IGNORECASE,
)
#: "for the first time ever, gold topped $4,000", "its first-ever close above $4,000"
_BEFORE = re.compile(
    r"(?:\bfirst[- ]ever\b|\bfor the first time " + _EVER + r",?)[^.;$\d]{0,40}$",
    re.IGNORECASE,
)
_UP = ("at", "above", "break", "near")
#: "closed above $4,000 for the first time": the first close there, not the first touch
_ON_CLOSE = re.compile(
    r"\b(?:clos(?:ed|es|ing)|settl(?:ed|es|ing)|finish(?:ed|es|ing)|ended|ends)\b"
    r"(?:\s+\w+){0,3}\s*$",
    re.IGNORECASE,
)


def _first(sentence: str, words: str) -> bool:
    at = sentence.find(words)
    if at < 0:
        return False
    digit = re.search(r"\d(?=[^\d]*$)", words)  # the words may run past the figure
    end = at + (digit.end() if digit else len(words))
    return bool(_AFTER.match(sentence[end:]) or _BEFORE.search(sentence[max(0, at - 60) : at]))


_CROSSING_SIDES = {"high": ("break", "above"), "low": ("below",)}


def with_threshold(c: Claim, claims: Sequence[Claim]) -> Claim:
    """``c`` with the level its sentence says was crossed, when ``c`` is a "first time since"
    (or "in N months") record and the sentence crosses a level of the same asset."""
    relative = (c.window or "").startswith(("since:", "last:"))
    first = c.words.lower().startswith("first time")
    if c.kind != "record" or c.level is not None or not (relative and first):
        return c
    for o in claims:
        same = o.sentence == c.sentence and o.asset == c.asset and o.kind == "level"
        if same and o.op in _CROSSING_SIDES.get(c.op or "", ()) and o.level is not None:
            return replace(c, level=o.level, qualifiers=(*c.qualifiers, "threshold"))
    return c


def first_crossings(claims: Iterable[Claim], sentences: Sequence[Sentence]) -> list[Claim]:
    """``claims``, with each level its sentence says was reached for the first time ever
    made a first crossing (``first:above``, or ``first:below`` for a ``below`` level; the
    qualifier ``on close`` when it is said of a close: "closed above ... for the first time")."""
    out, claims = [], list(claims)
    for c in claims:
        relative = yearless_since(c.window) is not None or _gap_days(c.window) > 0
        since = with_threshold(c, claims) if relative else c  # "... in six months": a gap
        if since.level is not None and since.level != c.level:  # "... since June": a level's
            side = "first:below" if c.op == "low" else "first:above"
            c = replace(since, kind="level", op=side)
        text = sentences[c.sentence].text if c.sentence < len(sentences) else ""
        level = c.kind == "level" and c.level is not None and (c.op in _UP or c.op == "below")
        if level and _first(text, c.words):
            at = max(0, text.find(c.words))
            close = ("on close",) if _ON_CLOSE.search(text[max(0, at - 40) : at]) else ()
            side = "first:below" if c.op == "below" else "first:above"
            c = replace(c, op=side, qualifiers=(*c.qualifiers, *close))
        out.append(c)
    return out


def first_crossing_days(
    market: Market, asset: str, level: float, side: str, *, on_close: bool = False
) -> pd.Series:
    """Trading days around the first time ``asset`` reached ``level`` (``side``: ``above``
    or ``below``; ``on_close``: the first close there, the day's range left out): that day
    and the one before (see the module docstring).

    >>> days = pd.bdate_range("2026-01-05", periods=5)
    >>> m = Market({"silver": pd.Series([95.0, 99.0, 101.0, 98.0, 102.0], index=days)})
    >>> first_crossing_days(m, "silver", 100.0, "above").astype(int).tolist()
    [0, 1, 1, 0, 0]
    """
    reach = _reached(market, asset, level, side, on_close=on_close)
    seen_before = reach.cummax().shift(1, fill_value=False).astype(bool)
    first = reach & ~seen_before
    return first | first.shift(-1, fill_value=False)


def _reached(market: Market, asset: str, level: float, side: str, *, on_close: bool) -> pd.Series:
    """Per trading day: did the close (or the day's range) reach ``level`` on ``side``?"""
    c = market.close(asset)
    r = None if on_close else market.ranges.get(asset)
    if side == "below":
        reach = c <= level
        if r is not None:
            reach = reach.combine(r["low"].dropna() <= level, lambda a, b: a or b, False)
    else:
        reach = c >= level
        if r is not None:
            reach = reach.combine(r["high"].dropna() >= level, lambda a, b: a or b, False)
    return reach.sort_index().fillna(False).astype(bool)


def crossing_since_days(
    market: Market, asset: str, level: float, side: str, month: int, dom: int | None
) -> pd.Series:
    """Trading days around a crossing of ``level`` that is the first since the last
    ``month``/``dom`` (whole month when ``dom`` is ``None``): the day reached it, the last
    earlier day that did lay in that span; and the trading day before.

    >>> days = pd.bdate_range("2025-06-02", "2025-11-07")
    >>> btc = pd.Series(110.0, index=days)
    >>> btc[(days >= "2025-06-20") & (days <= "2025-06-23")] = 98.0  # below in June
    >>> btc[days >= "2025-11-04"] = 96.0  # and again in November
    >>> held = crossing_since_days(Market({"btc": btc}), "btc", 100.0, "below", 6, None)
    >>> [str(d.date()) for d in held[held].index]
    ['2025-11-03', '2025-11-04']
    """
    reach = _reached(market, asset, level, side, on_close=False)
    dates = pd.Series(reach.index, index=reach.index)
    prev = dates.where(reach).shift(1).ffill()  # the last earlier day that reached it
    fresh = reach & ~reach.shift(1, fill_value=False)  # the day before was on the other side
    first = fresh & in_named_span(prev, month, dom)
    return first | first.shift(-1, fill_value=False)


def first_days(claim: Claim, market: Market) -> pd.Series:
    """:func:`first_crossing_days` of a first-crossing claim (op ``first:above`` or
    ``first:below``, qualifier ``on close``)."""
    assert claim.op is not None and claim.level is not None and claim.asset is not None
    side, on_close = claim.op.split(":")[1], "on close" in claim.qualifiers
    since = yearless_since(claim.window)
    if since is not None:  # "the first time below $100,000 since June"
        return crossing_since_days(market, claim.asset, claim.level, side, *since)
    if (gap := _gap_days(claim.window)) > 0:  # "under $95,000 ... in five months"
        return crossing_after_gap_days(market, claim.asset, claim.level, side, gap)
    days = first_crossing_days(market, claim.asset, claim.level, side, on_close=on_close)
    if on_close or claim.asset in market.ranges:
        return days
    # closes only: a first touch within a session is unseen; any day before the first close
    # there that closed within _GAP_NEAR of the level may be it (the S&P 500 first traded
    # above 7,000 on a day it closed at 6,978.6)
    near = claim.level * (1 - _GAP_NEAR if side == "above" else 1 + _GAP_NEAR)
    reach = _reached(market, claim.asset, claim.level, side, on_close=True)
    close = _reached(market, claim.asset, near, side, on_close=True)
    unseen = close & ~reach.cummax().shift(1, fill_value=False).astype(bool)
    return days | unseen.reindex(days.index, fill_value=False)


_UNIT_DAYS = {"day": 1, "week": 7, "month": 30, "year": 365}
#: A gap told in round words ("six months" for four and a half) is this short at least.
_GAP_SHARE = 0.75
#: How far a close may stay short of the level on the crossing day: a noon fix or a UTC
#: close can miss a dip below $4,000 that spot made in the New York afternoon.
_GAP_NEAR = 0.01


def _gap_days(window: str | None) -> int:
    """The days of a span window (``last:6:month``: 180), else 0."""
    m = re.fullmatch(r"last:(\d+):(day|week|month|year)", window or "")
    return int(m.group(1)) * _UNIT_DAYS[m.group(2)] if m else 0


def crossing_after_gap_days(
    market: Market, asset: str, level: float, side: str, days: int
) -> pd.Series:
    """Trading days around a crossing of ``level`` that is the first in ``days`` ("under
    $95,000 for the first time in five months"): a day that reached it (its range, or a
    close within 1% of it) after one that did not, the last earlier close beyond it at least
    three quarters of the span back; and the trading day before.

    >>> days = pd.bdate_range("2025-01-01", "2025-11-07")
    >>> btc = pd.Series(110.0, index=days)
    >>> btc[(days >= "2025-04-01") & (days <= "2025-04-04")] = 98.0  # below in April
    >>> btc[(days >= "2025-11-04") & (days <= "2025-11-05")] = 96.0  # then in November
    >>> btc[days >= "2025-11-07"] = 97.0  # and again two days on: no longer a first
    >>> held = crossing_after_gap_days(Market({"btc": btc}), "btc", 100.0, "below", 180)
    >>> [str(d.date()) for d in held[held].index]
    ['2025-11-03', '2025-11-04']
    """
    near = level * (1 + _GAP_NEAR) if side == "below" else level * (1 - _GAP_NEAR)
    reach = _reached(market, asset, near, side, on_close=False)  # a fix taken off the low
    closed = _reached(market, asset, level, side, on_close=True).reindex(reach.index)
    dates = pd.Series(reach.index, index=reach.index)
    prev = dates.where(closed.fillna(False).astype(bool)).shift(1).ffill()
    fresh = reach & ~reach.shift(1, fill_value=False)
    gap = (dates - prev).dt.days
    seen = (dates - dates.iloc[0]).dt.days >= _GAP_SHARE * days if len(dates) else dates
    first = fresh & ((gap >= _GAP_SHARE * days) | (prev.isna() & seen))  # data back far enough
    return first | first.shift(-1, fill_value=False)
