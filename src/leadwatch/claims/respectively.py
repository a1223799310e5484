"""Numbers listed in order for assets listed in order ("gold and silver rose 2% and 3%").

>>> import re
>>> from leadwatch.claims.assets import find_assets
>>> s = "Gold and silver gained 72% and 209% respectively"
>>> respectively(s, find_assets(s), list(re.finditer(r"\\d+%", s)))
{0: 'gold', 1: 'silver'}
"""

from __future__ import annotations

import re

from leadwatch.claims.assets import AssetMention

__all__ = ["respectively"]

_GROUPS = frozenset({"metals", "metal"})


def respectively(
    s: str, mentions: list[AssetMention], matches: list[re.Match[str]]
) -> dict[int, str]:
    """Assets for a list of numbers, in order: "A and B ... X% and Y% (respectively)".

    The list is the run of two or more numbers joined by commas or "and"; its assets are
    the last as many assets named before it. Returns ``{match index: asset}``.
    """
    out: dict[int, str] = {}
    i = 0
    while i < len(matches):
        j = i
        while j + 1 < len(matches) and _LISTED.fullmatch(
            s[matches[j].end() : matches[j + 1].start()]
        ):
            j += 1
        run = matches[i : j + 1]
        if len(run) >= 2:
            before = [
                m.asset for m in mentions if m.start < run[0].start() and m.asset not in _GROUPS
            ]
            named = list(dict.fromkeys(reversed(before)))[: len(run)][::-1]  # the last k named
            if len(named) == len(run):
                out.update({i + k: a for k, a in enumerate(named)})
        i = j + 1
    return out


_LISTED = re.compile(r"(?:[\s,]|and|\d|[.%+-]|per ?cent)*", re.IGNORECASE)
