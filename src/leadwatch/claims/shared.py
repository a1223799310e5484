"""One move shared by several assets: "gold and silver both rose 1%", "bitcoin and ether
each lost 4%", "up one percent apiece" (pure).

:func:`shared_moves` copies a percentage move to every other asset listed with its own
("A and B", "both A and B") when the clause says the move is each one's ("both", "each",
"apiece", "alike").

Examples
--------
>>> from leadwatch.claims.assets import find_assets
>>> from leadwatch.claims.model import Claim
>>> s = "Gold and silver both rose 1% on Monday."
>>> moved = Claim(0, "percent", "silver", "1%", "up", pct=1.0)
>>> [c.asset for c in shared_moves(s, [moved], find_assets(s))]
['gold']
"""

from __future__ import annotations

import re
from dataclasses import replace

from leadwatch.claims.assets import AssetMention
from leadwatch.claims.model import GROUPS, Claim

__all__ = ["shared_moves"]

_EACH_BEFORE = re.compile(r"\b(?:both|each|all|alike)\b", re.IGNORECASE)
_EACH_AFTER = re.compile(r"^\s*(?:each|apiece|alike|a piece)\b", re.IGNORECASE)
_JOIN = re.compile(r"[\s,]*(?:and|as well as|&)?\s*(?:the\s+)?", re.IGNORECASE)


def shared_moves(s: str, claims: list[Claim], mentions: list[AssetMention]) -> list[Claim]:
    """Copies of the percentage moves of ``claims`` for the other assets that share them."""
    out: list[Claim] = []
    for c in claims:
        pos = s.find(c.words) if c.kind == "percent" and c.pct is not None else -1
        if pos < 0:
            continue
        cut = [m.end() for m in re.finditer(r"[;]|,(?!\d)", s[:pos])]
        lo = cut[-1] if cut else 0
        after = s[pos + len(c.words) : pos + len(c.words) + 12]
        if not (_EACH_BEFORE.search(s[lo:pos]) or _EACH_AFTER.match(after)):
            continue
        listed = [m for m in mentions if lo <= m.start < pos and m.asset not in GROUPS]
        joined = listed[:1]
        for m in listed[1:]:
            if not _JOIN.fullmatch(s[joined[-1].end : m.start]):
                break
            joined.append(m)
        names = list(dict.fromkeys(m.asset for m in joined))
        if len(names) < 2 or c.asset not in names:
            continue
        for name in names:
            if not any(x.asset == name and x.pct == c.pct for x in [*claims, *out]):
                out.append(replace(c, asset=name))
    return out
