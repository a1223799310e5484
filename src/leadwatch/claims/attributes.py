"""Quantities of an asset that are not its price: "Bitcoin's implied volatility rose 3%",
"the supply of silver", "the gold/silver ratio" (pure).

>>> from leadwatch.claims.assets import find_assets
>>> s = "Bitcoin's dominance rose to 61%."
>>> attribute(s, find_assets(s)[0])
True
"""

from __future__ import annotations

import re

from leadwatch.claims.assets import AssetMention

__all__ = ["attribute"]

# "Bitcoin's implied volatility", "the supply of silver": a quantity of the asset, not its price.
_ATTRIBUTE = (
    r"(?:[\w-]+ )?(?:implied )?(?:volatility|dominance|market (?:cap\w*|share)|supply|demand"
    r"|volume|(?:in|out)?flows?|hash ?rate|open interest|funding|premium|holdings|reserves"
    r"|production|output|imports|exports|share|stake|ETFs?)"
)
_ATTR_AFTER = re.compile(
    rf"^(?:(?:'s|\u2019s) {_ATTRIBUTE}|(?:/\w+)? ratio)\b", re.IGNORECASE
)  # "Bitcoin's dominance", "the ETH/BTC ratio", "the gold/silver ratio"
_ATTR_BEFORE = re.compile(rf"\b{_ATTRIBUTE} (?:of|in) (?:the )?$", re.IGNORECASE)


def attribute(s: str, mention: AssetMention) -> bool:
    """Whether the figures after ``mention`` are a quantity of the asset, not its price."""
    return bool(_ATTR_AFTER.match(s[mention.end :]) or _ATTR_BEFORE.search(s[: mention.start]))
