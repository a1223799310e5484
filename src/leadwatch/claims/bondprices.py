"""A bond's price moves against its yield: "Treasuries rallied" is a fall in yields (pure).

"Ten-year Treasuries rallied", "long bonds slumped", "the 10-year note sold off": a move
told of the bonds themselves, not of their yield, is a move of their price, and a bond's
price and its yield move in opposite directions. The store holds the yields, so such a
move without a figure is graded as the opposite move of the yield. Only the plural (the
bonds as a market: "Treasuries", "notes", "bonds") or a verb of a market's price ("rallied",
"sold off") says so: a wire's "the 10-year Treasury dipped" is its shorthand for the yield.
A move told of the yield ("the 10-year yield rose", "the yield on the 10-year note rose")
or with a figure of its own (basis points and percentages are quoted on the yield) keeps
its direction.

Examples
--------
>>> from leadwatch.claims.model import Claim
>>> c = Claim(0, "move", "yield_10y", "Ten-year Treasuries rallied", "up", window="day")
>>> said = ["Ten-year Treasuries rallied.", "The 10-year Treasury dipped."]
>>> d = replace(c, sentence=1, words="The 10-year Treasury dipped", op="down")
>>> [x.op for x in bond_price_moves(said, [c, d])]
['down', 'down']
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from leadwatch.claims.model import Claim
from leadwatch.claims.vocabulary import YIELDS

__all__ = ["bond_price_moves"]

#: The bonds as a market ("Treasuries", "notes", "long bonds", "T-notes"), or any bond noun
#: with a verb of a market's price ("the 10-year note rallied").
_BONDS = re.compile(r"\b(?:T-)?(?:notes|bonds)\b|\btreasuries\b", re.IGNORECASE)
_BOND = re.compile(r"\b(?:T-)?(?:notes?|bonds?)\b|\btreasur(?:y|ies)\b", re.IGNORECASE)
_PRICE_VERB = re.compile(r"\b(?:rall\w*|sold off|sell-?off|sell(?:s|ing)? off)\b", re.IGNORECASE)
#: The yield or rate named: the move is the yield's own ("the yield on the 10-year notes").
_YIELD = re.compile(r"\b(?:yields?|rates?)\b", re.IGNORECASE)
_YIELD_OF = re.compile(r"\byields?\s+(?:on|of)\s+(?:the\s+)?(?:US\s+|U\.S\.\s+)?$", re.IGNORECASE)
_FLIP = {"up": "down", "down": "up"}


def _of_the_bonds(text: str, c: Claim) -> bool:
    at = text.find(c.words)
    if _YIELD.search(c.words) or (at >= 0 and _YIELD_OF.search(text, 0, at)):
        return False
    return bool(_BONDS.search(c.words) or (_BOND.search(c.words) and _PRICE_VERB.search(c.words)))


def bond_price_moves(texts: Sequence[str], claims: Sequence[Claim]) -> list[Claim]:
    """``claims`` with each figureless move of a yield told of its bonds turned round
    (``texts``: the sentences' texts, by index)."""
    return [
        replace(c, op=_FLIP[c.op])
        if c.kind == "move"
        and c.asset in YIELDS
        and c.op in _FLIP
        and c.pct is None
        and c.sentence < len(texts)
        and _of_the_bonds(texts[c.sentence], c)
        else c
        for c in claims
    ]
