"""The policy rate range held now, said inside a forecast of a hold.

"a 97% chance the Fed will keep rates at 5.25%-5.5%", "odds of the FOMC leaving its
benchmark rate unchanged in the 4%-4.25% range": the odds are an expectation (not
checkable), but a hold keeps the range the rate is in today, so the range is a fact of
the article's date. Its level is the range's midpoint (the effective rate trades inside
the range, near its middle), graded like any level. A move to a new range ("will cut rates
to 4%-4.25%") states no current range and is left alone.

Examples
--------
>>> from leadwatch.claims.assets import find_assets
>>> s = "Futures show a 90% chance the Fed will hold rates at 3.5%-3.75%."
>>> [(c.asset, c.op, c.level) for c in held_rates(s, 0, find_assets(s), [])]
[('fed_funds', 'at', 3.625)]
"""

from __future__ import annotations

import re

from leadwatch.claims.assets import AssetMention
from leadwatch.claims.model import Claim
from leadwatch.claims.targetrange import policy_band
from leadwatch.claims.vocabulary import RATE_NUM_RE

__all__ = ["held_rates"]

_HELD = re.compile(
    r"\b(?:maintain\w*|hold(?:s|ing)?|keep(?:s|ing)?|leav(?:e|es|ing)|stand(?:s|ing)? pat)\s+"
    r"(?:(?:its|their|the|current|interest|benchmark|policy|key|overnight|fed funds"
    r"|federal funds|borrowing)\s+)*(?:rates?\s+|costs\s+)"
    r"(?:(?:unchanged|steady|on hold|where they are)\s+)?(?:at|in)\s+(?:the\s+|a\s+)?"
    rf"(?P<lo>{RATE_NUM_RE})%?\s*(?:-|\u2013|to)\s*(?P<hi>{RATE_NUM_RE})%",
    re.IGNORECASE,
)


def held_rates(
    s: str, index: int, mentions: list[AssetMention], claims: list[Claim]
) -> list[Claim]:
    """A ``fed_funds`` level at the midpoint of the range a forecast hold keeps (see the
    module doc), unless ``claims`` already hold a fed funds level of the sentence."""
    if not any(m.asset == "fed_funds" for m in mentions):
        return []
    if any(c.asset == "fed_funds" and c.kind == "level" for c in claims):
        return []
    out = []
    for m in _HELD.finditer(s):
        band = policy_band(m)  # a policy range is a quarter (at most half) a point wide
        if band is not None:
            out.append(Claim(index, "level", "fed_funds", m.group(0), "at", sum(band) / 2))
    return out
