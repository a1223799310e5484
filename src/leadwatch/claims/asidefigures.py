"""Percentages that state no move or level of anything: a share of something ("60% of
supply"), a spread between two prices ("an 8% premium to global prices"), a rate of
interest ("3.75% per annum"), the upper end of a
range ("5%-6%": the first figure states it) and a unit's
definition ("one basis point is equivalent to 0.01%", "100 basis points equal one
percentage point") (pure).

>>> s = "Yields rose; one basis point is equivalent to 0.01%."
>>> aside_figure(s, s.index("0.01"), s.index("%") + 1)
True
>>> s = "The 10-year yield rose to 4.3%."
>>> aside_figure(s, s.index("4.3"), s.index("%") + 1)
False
"""

from __future__ import annotations

import re

from leadwatch.claims.clauses import upper_end
from leadwatch.claims.vocabulary import SHARE_RE

__all__ = ["aside_figure"]

# "is equivalent to", "equals", "is equal to", "is the same as": a definition
_DEFINED_AS = re.compile(
    r"\b(?:equivalent to|equal to|equals?|(?:is|are) the same as|(?:is|are) one hundredth of)"
    r"\s+(?:about |roughly )?$",
    re.IGNORECASE,
)


# "at an 8% premium to global prices", "a 3% discount over the fix": a spread between two
# prices of one asset, no move of it
_SPREAD = re.compile(r"\s*(?:premium|discount|spread|gap)\b", re.IGNORECASE)
# "lease rates fell to 3.75% per annum", "a 5% APY": a rate of interest, no price's move
_PER_ANNUM = re.compile(r"\s*(?:per annum|p\.a\.|annual(?:ized|ised)|APR|APY)\b", re.IGNORECASE)

# "one basis point is equal to 0.01%": the unit defined, before its definition
_DEFINES = re.compile(r"\s+(?:(?:is|are)\s+(?:equivalent|equal)\s+to|equals?)\b", re.IGNORECASE)


def aside_figure(s: str, start: int, end: int) -> bool:
    """Whether the percentage at ``start:end`` of ``s`` is a share, a spread, a range's upper
    end or a unit's definition, not a figure of the text's assets."""
    return (
        bool(SHARE_RE.match(s[end:]))
        or upper_end(s, start)
        or bool(_DEFINED_AS.search(s[max(0, start - 40) : start]))
        or bool(_DEFINES.match(s, end))
        or bool(_SPREAD.match(s, end))
        or bool(_PER_ANNUM.match(s, end))
    )
