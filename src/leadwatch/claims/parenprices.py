"""Prices written in parentheses: "gold's best level came on Tuesday ($3,433.20)", "gold and
silver hit lows ($4,366/$71.80)" (pure).

A parenthesis that holds only a price (or two, split by a slash) states the level of the
asset named before it in its clause; a slash pair belongs to the last two assets named,
in order. A level the sentence already states is not repeated. A price in parentheses
after a move ("rose 2% ($90)", "a 2.41% weekly rally ($81.30)") is its size, no level.

Examples
--------
>>> from leadwatch.claims.assets import find_assets
>>> s = "Gold and silver slid to lows ($4,366.00/$71.80) on Thursday."
>>> [(c.asset, c.level) for c in paren_levels(s, 0, find_assets(s), None, [])]
[('gold', 4366.0), ('silver', 71.8)]
>>> s = "Gold set fresh highs ($2,950/oz) this week."
>>> [(c.asset, c.level) for c in paren_levels(s, 0, find_assets(s), None, [])]
[('gold', 2950.0)]
"""

from __future__ import annotations

import re

from leadwatch.claims.assets import AssetMention
from leadwatch.claims.model import GROUPS, Claim
from leadwatch.claims.text import find_when_at
from leadwatch.claims.vocabulary import DOWN_NOUN_RE, UP_NOUN_RE

__all__ = ["paren_levels"]

#: A price with its unit, if any: "$3,350", "$3,350/oz", "$3,350 an ounce", "$31.20 per oz".
_PRICE = (
    r"(?:US)?\$\s?(\d[\d,]*(?:\.\d+)?)"
    r"(?:\s?/\s?(?:t\.?\s?)?oz\b|\s(?:an|a|per) (?:troy )?(?:ounce|oz)\b)?"
)
_AFTER_MOVE = re.compile(
    r"(?:\d\s?(?:%|per ?cent|bps?)|\$\s?\d[\d,.]*|\b(?:by|up|down|of))"
    rf"(?:\s+(?:[a-z-]+\s+)?(?:{UP_NOUN_RE}|{DOWN_NOUN_RE}))?\s*$",  # "a 2.41% rally ($81.30)"
    re.IGNORECASE,
)
_PAREN_RE = re.compile(rf"\(\s*{_PRICE}(?:\s*/\s*{_PRICE})?\s*\)")


def paren_levels(
    s: str, index: int, mentions: list[AssetMention], subject: str | None, claims: list[Claim]
) -> list[Claim]:
    """Level claims for the prices in parentheses of ``s`` (``claims``: those found so far)."""
    out: list[Claim] = []
    for m in _PAREN_RE.finditer(s):
        if _AFTER_MOVE.search(s[max(0, m.start() - 30) : m.start()]):
            continue  # "rose 2% ($90)", "added $30 ($4,538)": the size of a move
        values = [float(v.replace(",", "")) for v in m.groups() if v is not None]
        before = [x.asset for x in mentions if x.start < m.start() and x.asset not in GROUPS]
        named = list(dict.fromkeys(reversed(before)))[: len(values)][::-1]
        if not named and subject is not None and len(values) == 1:
            named = [subject]
        if len(named) != len(values):
            continue  # "($4,366/$71.80)" after one name: whose second price is unknown
        when = find_when_at(s, m.start())
        for asset, value in zip(named, values, strict=True):
            if any(c.asset == asset and c.level == value for c in [*claims, *out]):
                continue
            out.append(Claim(index, "level", asset, m.group(0), "at", value, when=when))
    return out
