"""A group's move led by named assets: "Digital coins were weaker, led by losses in Ether
and Bitcoin", "Crypto stocks rallied, led by gains in Bitcoin", "Metals fell, led by
silver" (pure).

The assets after "led by" moved the group's way (the noun's, when one is given: "led by
declines in"); each becomes a move without a size, of the sentence's time.

Examples
--------
>>> from leadwatch.claims.assets import find_assets
>>> s = "Digital assets slipped, led by losses in Bitcoin and Ether."
>>> [(c.asset, c.op) for c in led_moves(s, 0, find_assets(s), [])]
[('btc', 'down'), ('eth', 'down')]
"""

from __future__ import annotations

import re

from leadwatch.claims.assets import AssetMention
from leadwatch.claims.model import GROUPS, Claim
from leadwatch.claims.streaks import When
from leadwatch.claims.vocabulary import DOWN_NOUN_RE, DOWN_VERB_RE, UP_NOUN_RE, UP_VERB_RE

__all__ = ["led_moves"]

_LED = re.compile(
    rf"\b(?:led|driven) (?:higher |lower )?by (?:(?P<up>{UP_NOUN_RE})|(?P<down>{DOWN_NOUN_RE}))?"
    r"(?:\s+(?:in|for|from))?\s*",
    re.IGNORECASE,
)
_GROUP_MOVE = re.compile(rf"\b(?:(?P<up>{UP_VERB_RE})|(?P<down>{DOWN_VERB_RE}))\b", re.IGNORECASE)


def _listed(s: str, start: int, mentions: list[AssetMention]) -> list[str]:
    """The assets named one after another from ``start`` ("Bitcoin, Ether and Solana")."""
    out: list[str] = []
    pos = start
    for x in sorted(mentions, key=lambda x: x.start):
        if x.start < pos:
            continue
        if not re.fullmatch(r"[\s,]*(?:(?:and|as well as)\s+)?(?:the\s+)?", s[pos : x.start]):
            break
        if x.asset not in GROUPS:
            out.append(x.asset)
        pos = x.end
    return out


def led_moves(
    s: str, index: int, mentions: list[AssetMention], claims: list[Claim], when: When = None
) -> list[Claim]:
    """Moves of the assets a group's move was led by in sentence ``s`` (number ``index``);
    of the sentence's time ``when``; none for an asset ``claims`` already hold a move or
    figure of."""
    out: list[Claim] = []
    for m in _LED.finditer(s):
        if m.group("up") or m.group("down"):
            op = "up" if m.group("up") else "down"
        else:  # "Metals fell, led by silver": the group's verb before
            verbs = list(_GROUP_MOVE.finditer(s, 0, m.start()))
            if not verbs:
                continue
            op = "up" if verbs[-1].group("up") else "down"
        told = {c.asset for c in claims if c.kind in ("percent", "move", "figure")}
        for asset in _listed(s, m.end(), mentions):
            if asset not in told:
                out.append(Claim(index, "move", asset, m.group(0).strip(), op, when=when))
    return out
