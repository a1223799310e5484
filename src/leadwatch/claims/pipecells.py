"""Levels in table rows that lost their header: a name cell, then a figure cell (pure).

A newsletter's market table often reaches the text without its header row: each row is a
name, a pipe, and a number ("Silver | 29.85 |", "10 Yr Treasury | 4.05% |"). The first
figure cell after a cell that names one asset (and nothing else) is that asset's level
when its form fits the series: a yield in percent, an index or the dollar as a plain
number, a price with a dollar sign or written like one ("2,911", "29.85"). Percent cells
of a price are changes over a window the missing header held: they state no level.

Examples
--------
>>> from leadwatch.claims.assets import find_assets
>>> s = "Gold | 2,911 |"
>>> [(c.asset, c.level) for c in cell_quotes(s, 0, find_assets(s), [])]
[('gold', 2911.0)]
>>> s = "Gold | 1.25% |"
>>> cell_quotes(s, 0, find_assets(s), [])
[]
"""

from __future__ import annotations

import re

from leadwatch.claims.assets import AssetMention
from leadwatch.claims.model import GROUPS, Claim, stated_levels
from leadwatch.claims.vocabulary import NO_DOLLAR, PRICE_BARE_RE, PRICE_NUM_RE, YIELDS

__all__ = ["cell_quotes"]

# The row: a name cell, a pipe, one figure cell, then a pipe, the end, or more cells.
_ROW = re.compile(
    r"^\s*(?:[|\u2022]\s*)?(?P<name>(?=[^|]*[A-Za-z])[^|$%\s/][^|/]{0,40}?)\s*\|\s*"
    rf"(?P<cur>(?:US)?\$\s?)?(?P<num>{PRICE_NUM_RE})\s?(?P<pct>%)?\s*(?:\||$)"
)
_YEAR = re.compile(r"^(?:19|20)\d\d$")


def cell_quotes(
    s: str, index: int, mentions: list[AssetMention], claims: list[Claim]
) -> list[Claim]:
    """The level of a headerless table row ``s`` ("S&P 500 | 5,770 |"): its name cell
    names exactly one asset (``mentions`` within it, no group), its first figure cell
    fits that asset's form (``claims``: those found so far, whose levels are skipped)."""
    m = _ROW.match(s)
    if m is None:
        return []
    inside = [x for x in mentions if x.start >= m.start("name") and x.end <= m.end("name")]
    if len({x.asset for x in inside}) != 1 or inside[0].asset in GROUPS:
        return []
    asset, raw = inside[0].asset, m.group("num")
    cur, pct = m.group("cur"), m.group("pct")
    if asset in YIELDS:
        ok = pct is not None and cur is None
    elif asset in NO_DOLLAR:
        ok = pct is None and cur is None
    else:
        ok = pct is None and (cur is not None or re.fullmatch(PRICE_BARE_RE, raw) is not None)
    value = float(raw.replace(",", ""))
    if not ok or _YEAR.match(raw) or (asset, value) in stated_levels(claims):
        return []
    quals = ("bare",) if cur is None and asset not in NO_DOLLAR | YIELDS else ()
    words = s[m.start("name") : m.end("num")].strip()
    return [Claim(index, "level", asset, words, "at", value, qualifiers=quals)]
