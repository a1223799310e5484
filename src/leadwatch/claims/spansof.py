"""Periods told as spans of moves, with no size (pure): "another month of gains for gold
and silver", "bitcoin had a week of losses", "a year of steady declines for the dollar".

The move is each asset's over the latest such period (``streak:W:1``, ``streak:M:1``,
``streak:Y:1``: ended by the article date, or two thirds past), in the direction of its
noun. The assets are those the phrase names after "for" (to the clause's end), else the one
named last before it in its clause. A move the sentence already states for that asset over
a window adds nothing.

Examples
--------
>>> from leadwatch.claims.assets import find_assets
>>> s = "Bitcoin had a week of losses; it was one more month of steady gains for silver and gold."
>>> [(c.asset, c.op, c.window) for c in spans_of_moves(s, 0, find_assets(s), [])]
[('btc', 'down', 'streak:W:1'), ('silver', 'up', 'streak:M:1'), ('gold', 'up', 'streak:M:1')]
"""

from __future__ import annotations

import re

from leadwatch.claims.assets import AssetMention
from leadwatch.claims.model import Claim, last_before

__all__ = ["spans_of_moves"]

_SPAN_OF = re.compile(
    r"\b(?:a|an|another|yet another|its|their|one more)\s+(?:[\w-]+\s+){0,2}?"
    r"(?P<unit>week|month|year)\s+of\s+(?:[\w-]+\s+){0,2}?"
    r"(?:(?P<up>gains|advances|increases|rallies|rises)|(?P<down>losses|declines|drops|falls"
    r"|slides|retreats))\b(?!\s+(?:of|in|at|by)\b)",
    re.IGNORECASE,
)
_CLAUSE_END = re.compile(r"[;:.]|,\s*(?:including|as|while|but|with|which|after)\b|\s+but\b")


def spans_of_moves(
    s: str, index: int, mentions: list[AssetMention], claims: list[Claim]
) -> list[Claim]:
    """The moves of sentence ``s`` (number ``index``) told as a span of gains or losses."""
    out: list[Claim] = []
    for m in _SPAN_OF.finditer(s):
        end = _CLAUSE_END.search(s, m.end())
        tail = s[m.end() : end.start() if end else len(s)]
        named: list[AssetMention] = []
        if re.match(r"\s+for\b", tail):
            stop = m.end() + len(tail)
            named = [a for a in mentions if m.end() <= a.start < stop and a.words != "(carried)"]
        else:
            last = last_before(mentions, m.start(), groups=False)
            named = [last] if last is not None and "," not in s[last.end : m.start()] else []
        window = f"streak:{m.group('unit')[0].upper()}:1"
        op = "up" if m.group("up") else "down"
        for a in named:
            if any(c.asset == a.asset and c.kind in ("percent", "move") for c in claims + out):
                continue
            out.append(Claim(index, "move", a.asset, m.group(0), op, window=window))
    return out
