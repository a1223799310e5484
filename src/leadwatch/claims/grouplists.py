"""Group words before a "respectively" list stand for the assets named before.

"Gold and silver slipped. For the year, the metals are set for gains of 60% and 120%,
respectively": the group ("the metals", "both indexes", "the two coins") names no asset
itself; its members are the assets of that kind the sentence before named, in order.

>>> [m.asset for m in group_members("Both metals rose 2% and 3%, respectively.", [],
...                                 ["dxy", "gold", "silver"])]
['gold', 'silver']
"""

from __future__ import annotations

import re

from leadwatch.claims.assets import AssetMention
from leadwatch.claims.vocabulary import words_re

__all__ = ["group_members"]

_METALS = ("gold", "silver", "platinum", "palladium", "copper")
_COINS = ("btc", "eth", "solana", "xrp", "dogecoin")
_INDEXES = ("spx", "nasdaq", "dow", "nikkei")
_KINDS: dict[str, tuple[str, ...]] = {
    "metal": _METALS,
    "coin": _COINS,
    "token": _COINS,
    "cryptocurrencie": _COINS,
    "cryptocurrency": _COINS,
    "index": _INDEXES,
    "indice": _INDEXES,
    "indexe": _INDEXES,
    "benchmark": _INDEXES,
    "average": _INDEXES,
    "gauge": _INDEXES,
}
#: A group word: "the metals", "both major indexes" (``kind``: a key of :data:`_KINDS`).
_GROUP = re.compile(
    r"\b(?:the|both|these|those|all)(?: two| three| of the)?(?: (?:precious|major|main|leading"
    rf"|biggest|largest|two|three))? (?P<kind>{words_re(_KINDS)})s\b",
    re.IGNORECASE,
)
_RESPECTIVELY = re.compile(r"\brespectively\b", re.IGNORECASE)


def group_members(s: str, mentions: list[AssetMention], previous: list[str]) -> list[AssetMention]:
    """``mentions`` with the members of a group word added at its place, where ``s`` lists
    figures "respectively" and names no asset of that kind itself (``previous``: the assets
    of the sentence before, in order). The members are marked ``(carried)``."""
    if not _RESPECTIVELY.search(s):
        return mentions
    m = _GROUP.search(s)
    if m is None:
        return mentions
    kind = _KINDS[m.group("kind").lower()]
    if any(x.asset in kind for x in mentions):
        return mentions
    members = [a for a in previous if a in kind]
    if len(members) < 2:
        return mentions
    added = [AssetMention(a, m.start(), m.end(), "(carried)") for a in members]
    return sorted([*mentions, *added], key=lambda x: x.start)
