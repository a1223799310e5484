"""A figure that places a price at a distance from a round level: "about 1% shy of the key
7,000 mark", "2% below the $4,000 mark", "5% short of $100,000",
"3% above the 50 handle" (pure).

The figure is no move: it states the price, the level less (or plus) that share of it,
checked as a level ``near`` that value. A distance whose side is not said ("3% away
from $50", "1% off 7,000") stays a bare figure.

Examples
--------
>>> s = "The index sits roughly 1% shy of the round 7,000 mark."
>>> c = distance_claim(0, s, "spx", "1%", 1.0)
>>> c.kind, c.op, round(c.level or 0)
('level', 'near', 6930)
>>> distance_claim(0, "Gold rose 1% on the day.", "gold", "1%", 1.0).kind
'figure'
"""

from __future__ import annotations

import re

from leadwatch.claims.model import Claim

__all__ = ["distance_claim"]

_ROUND = (
    r"(?:(?:psychological(?:ly important)?|key|important|critical|crucial|round|symbolic|major"
    r"|closely watched|big)\s+)*"
)
_DISTANCE = re.compile(
    r"\s*(?:(?P<below>below|under|beneath|short of|shy of)|(?P<above>above|over|clear of))\s+"
    rf"(?:the |a )?{_ROUND}(?:(?:US)?\$\s?)?(?P<num>\d[\d,]*(?:\.\d+)?)(?![\d%])"
    r"\s?(?P<k>[kK]\b|thousand\b)?"
    r"(?:[- ](?:level|mark|threshold|barrier|handle|line|milestone|figure|area|point|zone)s?\b)?",
    re.IGNORECASE,
)


def distance_claim(index: int, s: str, asset: str | None, words: str, pct: float) -> Claim:
    """The claim of a figure with no direction: a ``level`` near the round level it is
    said to be that share away from, else the bare ``figure``."""
    pos = s.find(words)
    m = _DISTANCE.match(s, pos + len(words)) if pos >= 0 and asset is not None else None
    if m is None or pct >= 100:
        return Claim(index, "figure", asset, words, pct=pct)
    mark = float(m.group("num").replace(",", "")) * (1000.0 if m.group("k") else 1.0)
    level = mark * (1 - pct / 100) if m.group("below") else mark * (1 + pct / 100)
    return Claim(index, "level", asset, words + m.group(0), "near", level=level)
