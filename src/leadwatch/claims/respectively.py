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


_DOLLAR = re.compile(
    r"(?:US|U\.S\.|USD ?)?\$\s?(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
)
_RESPECTIVELY = re.compile(r"\brespectively\b", re.IGNORECASE)
Found = tuple[str, str, float, str, int]  # asset, op, level, words, position (figures.levels)


def respective_levels(s: str, mentions: list[AssetMention], found: list[Found]) -> list[Found]:
    """Levels listed in order for assets listed in order, where the sentence says so
    ("Gold and silver climbed to $4,561 and $75.84, respectively"): each price goes to its
    asset (the level rules alone give every price to the asset named last). The operator
    of a listed price is the one read for it, else the first one read of the list.

    >>> from leadwatch.claims.assets import find_assets
    >>> s = "Gold and silver were at $3,300 and $33.10, respectively."
    >>> [(a, v) for a, _, v, _, _ in respective_levels(s, find_assets(s), [])]
    [('gold', 3300.0), ('silver', 33.1)]
    """
    if not _RESPECTIVELY.search(s):
        return found
    matches = list(_DOLLAR.finditer(s))
    order = respectively(s, mentions, matches)
    if len(order) < 2:
        return found
    listed = [matches[k] for k in sorted(order)]

    def covers(f: Found, m: re.Match[str]) -> bool:
        return f[4] <= m.start() < f[4] + len(f[3])

    own = [f for f in found if not any(covers(f, m) for m in listed)]
    ops = [next((f[1] for f in found if covers(f, m)), None) for m in listed]
    first = next((op for op in ops if op is not None), "at")
    paired = [
        (order[k], op or first, float(m.group("num").replace(",", "")), m.group(0), m.start())
        for k, m, op in zip(sorted(order), listed, ops, strict=True)
    ]
    return sorted(own + paired, key=lambda f: f[4])
