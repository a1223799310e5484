"""Moves stated as multiples: "doubled", "tripling", "halved" (pure).

A multiple is a percentage move with no digits: doubling is +100%, tripling +200%,
quadrupling +300%, halving -50% (not Bitcoin's halving, an event: "since the 2024
halving", "the 'halving' comes in April", "halving cuts the reward"). It belongs to the
asset named nearest before it (or the subject the sentence carries) and takes the window
stated in its clause; a quantity of the asset named there ("the reward on the Bitcoin
blockchain is now 3.125 BTC, halved") is no price, and no carried subject stands for it.

Examples
--------
>>> from leadwatch.claims.assets import find_assets
>>> s = "Gold has effectively doubled over the past two years."
>>> multiples(s, find_assets(s), None)
[('gold', 'up', 100.0, 'years:2', 'doubled', ())]
>>> s = "The reward on the Bitcoin blockchain is now 3.125 BTC, halved again."
>>> multiples(s, find_assets(s), "btc")
[]
"""

from __future__ import annotations

import re

from leadwatch.claims.assets import AssetMention
from leadwatch.claims.attributes import attribute
from leadwatch.claims.clauses import hypothetical
from leadwatch.claims.model import GROUPS
from leadwatch.claims.windows import window_near

__all__ = ["multiples"]

_MULTIPLE_RE = re.compile(
    r"\b(?P<more>more than )?(?P<w>doubl(?:ed|ing|es)|tripl(?:ed|ing|es)|quadrupl(?:ed|ing|es)"
    r"|halv(?:ed|ing|es))\b",
    re.IGNORECASE,
)
# A coin's halving, an event of its supply ("since the 2024 halving", "its third halving").
_EVENT = re.compile(
    r"(?:\b(?:the|next|last|latest|previous|upcoming|recent|its|their|(?:19|20)\d\d"
    r"|first|second|third|fourth|fifth|sixth|\d+(?:st|nd|rd|th)|[\w-]+['\u2019]s)\s+"
    r"|\b(?:post|pre)-|\bundergo\w*\s+(?:a\s+)?)(?:[\w-]+ )?halving\b(?!\s+in\s+(?:price|value))"
    r"|\bhalving (?:cycles?|events?|years?|dates?|rall(?:y|ies))\b"
    r"|\b(?:a|an|each|every|another)\s+(?:[\w-]+\s+)?halving\b(?!\s+(?:of|in)\b)"  # "a halving"
    r"|[\u2018\u201c'\"]halving\b"  # the word quoted, a term: "the so-called 'halving'"
    r"|\bhalving\W{0,2}\s+(?:is|was|will|would|occurs|happens|takes|took|comes|reduces|cuts)\b",
    re.IGNORECASE,
)
# "3.125 BTC per block", "10,000 bitcoin": an amount of the coin, not its price
_AMOUNT = re.compile(r"\d(?:[\d,.]*\d)?\s*(?:[mk]|million|thousand|billion)?\s*$", re.IGNORECASE)
_SIZE = {"doubl": ("up", 100.0), "tripl": ("up", 200.0), "quadr": ("up", 300.0)}
Multiple = tuple[str, str, float, str | None, str, tuple[str, ...]]


def multiples(s: str, mentions: list[AssetMention], carried: str | None) -> list[Multiple]:
    """``(asset, op, pct, window, words, qualifiers)`` for each multiple in ``s``."""
    out: list[Multiple] = []
    for m in _MULTIPLE_RE.finditer(s):
        named = [x for x in mentions if x.start < m.start() and x.asset not in GROUPS]
        before = [x.asset for x in named if not _quantity(s, x)]
        asset = before[-1] if before else None if named else carried
        if asset is None or hypothetical(s, m.start(), m.end()):
            continue
        if any(e.start() <= m.start() < e.end() for e in _EVENT.finditer(s)):
            continue  # "since the halving": the event, not a fall of half
        op, pct = _SIZE.get(m.group("w")[:5].lower(), ("down", 50.0))
        quals: tuple[str, ...] = ("more",) if m.group("more") else ()
        out.append((asset, op, pct, window_near(s, m.start()), str(m.group("w")), quals))
    return out


def _quantity(s: str, mention: AssetMention) -> bool:
    """Whether ``mention`` names a quantity of the asset, not its price: a noun it qualifies
    ("the Bitcoin blockchain", "gold demand") or an amount of it ("3.125 BTC")."""
    return attribute(s, mention) or bool(_AMOUNT.search(s[: mention.start]))
