"""Wordings that tie a metal's one-session move to its futures settlement (pure).

Two classes of wording, besides a contract named in the figure's clause
(:mod:`leadwatch.claims.futures`):

a settlement price
    "slipped 1.4% to settle at $2,210.50": a price the move *settles at* is the
    exchange's settlement, which only a futures contract has; the London fix and a spot
    quote do not settle. A sentence that says "spot" ("spot silver ... before settling
    below $30") uses the verb loosely and is left alone (:func:`settles_at_price`).
a restated move
    "futures lost $21.30, or 0.9%": the clause that starts with "or" restates the move
    of the clause before it, so whose move it is comes from that clause
    (:func:`restated_start`).

Examples
--------
>>> settles_at_price("Gold eased 0.6% to settle at $2,301.20 an ounce.")
True
>>> settles_at_price("Spot gold dipped 0.6% before settling at $2,301.")
False
>>> s = "Comex gold for April delivery lost $21.30, or 0.9%, to end at $2,310."
>>> s[:restated_start(s, s.index("0.9%"))]
'Comex gold for April delivery lost $21.30'
"""

from __future__ import annotations

import re

__all__ = ["restated_start", "settles_at_price"]

# "to settle at $2,301", "settled at US$4,100", "settling at 31.20"
_SETTLE_AT = re.compile(
    r"\bsettl(?:e|ed|es|ing) (?:\w+ )?(?:at|near|around) (?:US)?\$?\s?\d", re.IGNORECASE
)
_SPOT = re.compile(r"\bspot\b", re.IGNORECASE)
# A clause that restates the move before it: ", or 0.9%", ", or about 2%"
_RESTATED = re.compile(r",\s*or\s+(?:about\s+|nearly\s+|roughly\s+|some\s+)?$", re.IGNORECASE)


def settles_at_price(text: str) -> bool:
    """Whether ``text`` gives the price a move settles at, with no spot quote named.

    >>> settles_at_price("Silver rose 2% and settled at $31.40."), settles_at_price(
    ...     "Silver settled higher on the day.")
    (True, False)
    """
    return bool(_SETTLE_AT.search(text)) and not _SPOT.search(text)


def restated_start(text: str, pos: int) -> int:
    """Where to look for whose move the figure at ``pos`` is: before the comma of a
    restating "or" clause (", or 0.9%"), else ``pos`` itself.

    >>> restated_start("Gold fell 1%, while silver rose 2%", 31)
    31
    """
    m = _RESTATED.search(text, 0, pos)
    return m.start() if m is not None else pos
