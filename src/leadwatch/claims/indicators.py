"""A technical indicator's value is no price of the asset (pure).

"Bitcoin holds above its 200-day moving average at $85,000", "with the 50-day MA at
$1,668", "the 20-week EMA near $3,050", "its VWAP around $62,400": the figure after the
indicator is where the indicator stands, not a price the asset traded at, so it is no
level claim (nor evidence for dating the article).

Examples
--------
>>> texts = ("Ether is near $1,750, with the 50-day MA at $1,668.", "Ether is at $1,750.")
>>> [indicator_before(t, t.rfind(" at ") + 1) for t in texts]
[True, False]
"""

from __future__ import annotations

import re

__all__ = ["indicator_before"]

_SPAN = r"(?:\d+|fifty|two[- ]hundred|one[- ]hundred)[- ](?:day|week|month|hour|period|session)"
_NAME = r"(?:simple |exponential |weighted )?moving averages?|[SEW]?MAs?|VWAP|RSI|MACD"
_BANDS = r"Bollinger bands?|Fibonacci(?: retracement)?(?: level)?|pivot(?: point)?|Ichimoku cloud"
_LINK = r"is|was|sits|sat|stands|stood|lies|rests|comes in|came in|now|which|that|at|near|around|of"
# The indicator, then its linking words ("which is now at"): it heads the figure after it.
_HEAD = rf"\b(?:{_SPAN}[- ])?(?:{_NAME}|{_BANDS})(?:\s*\([^)]{{1,12}}\))?"
_INDICATOR_END = re.compile(rf"{_HEAD}(?:[\s,]+(?:{_LINK}))*\s*,?\s*$", re.IGNORECASE)


def indicator_before(s: str, pos: int) -> bool:
    """Whether the figure whose words start at ``pos`` is headed by a technical indicator
    ("with the 50-day MA at $1,668", "at its 20-week EMA, around $3,050")."""
    return _INDICATOR_END.search(s[max(0, pos - 80) : pos]) is not None
