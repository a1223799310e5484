"""Moves told in dollars or index points without a move verb (pure): a move noun with its
amount ("a $324 gain", "a gain of $1.20", "a 2-point drop in the VIX", "a 45 dollar
slide") or a fronted amount ("Up $120 this week, gold trades at ...").

The verb readers of :mod:`leadwatch.claims.nonpercentmoves` need "rose", "shed" before the
amount; outlets as often write the move as a noun or open the sentence with it. Each match
becomes a :data:`~leadwatch.claims.nonpercentmoves.Move` of the asset named nearest before
it (a fronted amount: the first one after it; else the carried subject), ``usd`` (and
``points`` for an index quoted in points), so it is graded like "rose $324". An amount
with a scale ("a $2 billion gain": flows, a market value) is no price move.

Examples
--------
>>> from leadwatch.claims.assets import find_assets
>>> s = "Gold posted a $324 gain in September."
>>> noun_amount_moves(s, find_assets(s), None)
[('gold', 'up', 324.0, None, 'a $324 gain', ('usd',))]
>>> s = "Down $1,200 this week, bitcoin trades at $90,000."
>>> noun_amount_moves(s, find_assets(s), None)[0][:4]
('btc', 'down', 1200.0, 'week')
"""

from __future__ import annotations

import re

from leadwatch.claims.assets import AssetMention
from leadwatch.claims.clauses import hypothetical, qualifiers
from leadwatch.claims.model import GROUPS
from leadwatch.claims.vocabulary import DOWN_NOUN_RE, NO_DOLLAR, UP_NOUN_RE
from leadwatch.claims.windows import window_near

__all__ = ["noun_amount_moves"]

_NUM = r"\d[\d,]*(?:\.\d+)?(?![\d,.]*\d)"  # never a part of a number
_HEDGE = r"(?:(?:nearly|almost|about|around|roughly|some|over|more than|close to) )?"
# "$324", "US$1.20", "45 dollars", "2.5 points", "2-point", "310 pts"
_AMOUNT = (
    rf"(?:(?:US)?\$\s?(?P<usd>{_NUM})(?P<k>k\b)?|(?P<word>{_NUM})[- ](?:US )?dollars?\b"
    rf"|(?P<pts>{_NUM})[- ](?:index[- ])?(?:points?|pts?)\b)"
    r"(?!\s?(?:billion|million|trillion|bn|mn|tn|b\b|m\b|in (?:market|value|inflows|outflows)))"
)
_MOVE = rf"(?:(?P<up>{UP_NOUN_RE})|(?P<down>{DOWN_NOUN_RE}))\b"
_NOUN_AFTER = re.compile(
    rf"\b(?:a|an|its|their|another|further) {_HEDGE}{_AMOUNT}"
    rf"(?:[- ](?:an|per)[- ](?:ounce|oz|coin))?(?: (?:daily|weekly|monthly|quarterly|annual))? "
    + _MOVE,
    re.IGNORECASE,
)
# "a gain of $1.20", "losses of $300" (not "the loss of $80,000": a level lost)
_NOUN_BEFORE = re.compile(rf"(?<!\bthe )\b{_MOVE} of {_HEDGE}{_AMOUNT}", re.IGNORECASE)
_FRONTED = re.compile(
    rf"^\W*(?:(?P<up>up|higher)|(?P<down>down|lower)) (?:by )?{_HEDGE}{_AMOUNT}", re.IGNORECASE
)
Move = tuple[str, str, float, str | None, str, tuple[str, ...]]


def _asset(
    mentions: list[AssetMention], pos: int, carried: str | None, fronted: bool
) -> str | None:
    named = [m for m in mentions if m.asset not in GROUPS]
    before = [m.asset for m in named if m.start < pos]
    if fronted:
        return next((m.asset for m in named if m.start > pos), carried)
    return before[-1] if before else carried


def noun_amount_moves(s: str, mentions: list[AssetMention], carried: str | None) -> list[Move]:
    """``(asset, op, amount, window, words, qualifiers)`` for each move noun or fronted
    "up"/"down" with an amount in dollars or points (module doc)."""
    out: list[Move] = []
    found = [*_FRONTED.finditer(s), *_NOUN_AFTER.finditer(s), *_NOUN_BEFORE.finditer(s)]
    for m in found:
        fronted = m.re is _FRONTED
        asset = _asset(mentions, m.start(), carried, fronted)
        points = m.group("pts") is not None
        if asset is None or hypothetical(s, m.start(), m.end()):
            continue
        if points != (asset in NO_DOLLAR):  # points of an index, dollars of a price
            continue
        num = m.group("usd") or m.group("word") or m.group("pts")
        amount = float(num.replace(",", "")) * (1000.0 if m.group("k") else 1.0)
        op = "up" if m.group("up") else "down"
        quals = (*qualifiers(s, m.start()), "usd", *(("points",) if points else ()))
        words = m.group(0).strip()
        out.append((asset, op, amount, window_near(s, m.start()), words, quals))
    return out
