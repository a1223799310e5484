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

__all__ = ["held_rates"]

_HELD = re.compile(
    r"\b(?:maintain\w*|hold(?:s|ing)?|keep(?:s|ing)?|leav(?:e|es|ing)|stand(?:s|ing)? pat)\s+"
    r"(?:(?:its|their|the|current|interest|benchmark|policy|key|overnight|fed funds"
    r"|federal funds|borrowing)\s+)*(?:rates?\s+|costs\s+)"
    r"(?:(?:unchanged|steady|on hold|where they are)\s+)?(?:at|in)\s+(?:the\s+|a\s+)?"
    r"(?P<lo>\d{1,2}(?:\.\d{1,3})?)%?\s*(?:-|\u2013|to)\s*(?P<hi>\d{1,2}(?:\.\d{1,3})?)%",
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
        lo, hi = float(m.group("lo")), float(m.group("hi"))
        if 0 < hi - lo <= 0.5:  # a policy range is a quarter (at most half) a point wide
            out.append(Claim(index, "level", "fed_funds", m.group(0), "at", (lo + hi) / 2))
    return out
