"""The US stock market named as a whole, checked on the S&P 500 (pure).

"U.S. stocks have added more than 1%", "Wall Street's benchmark rose 0.8%", "the major
indexes fell 2%": a group named for the market or its major indexes together
(:data:`leadwatch.claims.groupnames.US_MARKET`) is checked on the series that stands for
it, the S&P 500, where the sentence states a figure. A move with no figure ("U.S. stocks
sank early on") is the scene-setting of a wrap, not a claim about the index:
:func:`stated_only` drops it.

Examples
--------
>>> from leadwatch.claims.model import Claim
>>> bare = Claim(0, "move", "spx", "U.S. stocks sank", "down")
>>> sized = Claim(1, "percent", "spx", "1%", "up", pct=1.0)
>>> [c.sentence for c in stated_only([bare, sized])]
[1]
"""

from __future__ import annotations

import re

from leadwatch.claims.groupnames import US_MARKET
from leadwatch.claims.model import Claim

__all__ = ["stated_only"]

_GROUP = re.compile(US_MARKET, re.IGNORECASE)


def stated_only(claims: list[Claim]) -> list[Claim]:
    """``claims`` less the moves with no figure that name the market as a group."""
    return [
        c
        for c in claims
        if not (c.kind == "move" and c.pct is None and c.level is None and _GROUP.search(c.words))
    ]
