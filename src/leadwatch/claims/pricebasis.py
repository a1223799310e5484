"""Basis points of a price: "spot gold rose 60 basis points to $2,650" is a move of
0.6%, as a wire writes it for a metal or a coin (pure).

A rate's basis points stay points of the rate (:mod:`.figures`); the size of a policy step
("a 25-basis-point cut", "by 50 bp in December") or a spread is no move of a price.

Examples
--------
>>> import re
>>> s = "Spot gold rose 60 basis points to $2,650."
>>> m = re.search(r"60 basis points", s)
>>> price_basis(s, m.start(), m.end(), "gold")
True
>>> s = "A 25-basis-point rate cut could lift gold."
>>> m = re.search(r"25-basis-point", s)
>>> price_basis(s, m.start(), m.end(), "gold")
False
"""

from __future__ import annotations

import re

__all__ = ["price_basis"]

#: Series whose moves a text may give in basis points of the price.
_PRICED = frozenset({"gold", "silver", "btc", "eth", "spx", "dxy"})
#: A step or a spread the basis points size ("... cut", "... of easing", "... hike").
_STEP = re.compile(
    r"[\s-]*(?:rate\b|cuts?\b|hikes?\b|reductions?\b|increases?\b|easing\b|tightening\b"
    r"|of (?:cuts?|easing|hikes?|tightening)\b|spread)",
    re.IGNORECASE,
)


def price_basis(s: str, start: int, end: int, asset: str | None) -> bool:
    """Whether the basis points at ``s[start:end]`` are a move of ``asset``'s price."""
    said = s[start:end]
    return asset in _PRICED and "-" not in said and _STEP.match(s, end) is None
