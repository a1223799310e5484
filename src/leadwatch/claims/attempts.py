"""A move tried or failed is no move made (pure).

"Bitcoin attempted to reclaim $100,000 but failed", "gold failed to hold above $3,000",
"silver tried to break $35", "ether struggled to clear $2,000", "in a bid to retake
$70,000", "the index fell short of closing above the record": the price named is where
the asset was headed, not where it went, so the claim of reaching it is none.

Examples
--------
>>> s = "Bitcoin attempted to reclaim $100,000 but failed."
>>> tried(s, s.find("reclaim"))
True
"""

from __future__ import annotations

import re

__all__ = ["tried"]

_TRY = (
    r"(?:attempt(?:ed|s|ing)?|tr(?:ied|ies|ying)|fail(?:ed|s|ing)?|struggl(?:ed|es|ing)"
    r"|(?:was|were|is|are) unable|could ?n[o']t|did ?n[o']t manage|a (?:failed )?bid|bids?"
    r"|an (?:unsuccessful |failed )?attempt|efforts?"
    r"|(?:fell|falls?|falling|came|comes?|coming) (?:up )?(?:just |slightly )?short)"
)
# The try, then "to" or "at" and up to two words ("to hold above", "to push back above",
# "an attempt at"): the verb of the move or level comes next.
_TRIED = re.compile(rf"\b{_TRY}\s+(?:at\s+|to\s+|of\s+)?(?:[a-z]+\s+){{0,3}}$", re.IGNORECASE)


def tried(s: str, pos: int) -> bool:
    """Whether the claim whose words start at ``pos`` in ``s`` follows a try or a failure
    ("attempted to reclaim", "failed to hold above", "a bid to retake")."""
    return _TRIED.search(s[max(0, pos - 60) : pos]) is not None
