"""Levels in the value cell of a two-column row with no header ("| Gold | $3,905/oz — ... |").

A key-value table (a market snapshot: one row per series, its value first in the second
cell, a comment after it) states each series' level on the article's day. The first cell
must name exactly one series, and the value must be quoted the way the series is: a yield
in percent, an index or a rate without a dollar sign, a price with one ("| S&P 500 (SPY) |
$744.39" quotes the fund, not the index, and states nothing here).

Examples
--------
>>> from leadwatch.claims.assets import find_assets
>>> s = "| Silver Spot | $31.40/oz (down 1.2% from prior close) |"
>>> [(a, op, v) for a, op, v, _, _ in cell_levels(s, find_assets(s))]
[('silver', 'at', 31.4)]
"""

from __future__ import annotations

import re

from leadwatch.claims.assets import AssetMention
from leadwatch.claims.model import GROUPS
from leadwatch.claims.vocabulary import NO_DOLLAR, PRICE_NUM_RE, YIELDS

__all__ = ["cell_levels"]

#: "| label | ~value[%][/unit] <end, a comment, a bracket or the next cell>".
_ROW = re.compile(
    r"^\s*\|?\s*(?P<label>[^|]{2,60}?)\s*\|\s*(?P<op>~|\u2248|(?:about|around|approx\.?) )?"
    rf"(?P<d>(?:US)?\$)?\s?(?P<num>{PRICE_NUM_RE})(?P<pct>\s?%)?"
    r"(?:/\s?(?:oz|ounce|bbl|barrel|t|tonne|lb|mmbtu)\b)?"
    r"(?=\s*(?:$|\||[\u2014\u2013(;,]|- ))",
    re.IGNORECASE,
)

Found = tuple[str, str, float, str, int]  # asset, op, level, words, position (figures.levels)


def cell_levels(s: str, mentions: list[AssetMention]) -> list[Found]:
    """The level a key-value row states for the series its first cell names (module doc).

    Parameters
    ----------
    s : str
        The sentence: one row of a table.
    mentions : list[AssetMention]
        The assets named in ``s``.

    Returns
    -------
    list[Found]
        ``(asset, op, level, words, position)``, one at most.
    """
    m = _ROW.match(s)
    if m is None:
        return []
    named = {a.asset for a in mentions if a.start < m.end("label") and a.asset not in GROUPS}
    label = re.sub(r"\([^)]*\)", "", m.group("label"))  # "Gold Spot (XAU/USD)": the name
    if len(named) != 1 or "/" in label:
        return []  # "| Gold/Silver Ratio | 63.0:1", "| Dollar / Pound |": a pair, no one series
    asset = named.pop()
    pct, dollar = m.group("pct") is not None, m.group("d") is not None
    if pct != (asset in YIELDS) or (dollar and asset in NO_DOLLAR | YIELDS):
        return []  # quoted unlike the series: another quantity (a fund's price, a change)
    if not dollar and not pct and asset not in NO_DOLLAR:
        return []  # a bare figure beside a price series: a count, a change, a ratio
    op = "near" if m.group("op") else "at"
    start = m.start("op") if m.group("op") else m.start("d") if dollar else m.start("num")
    value = float(m.group("num").replace(",", ""))
    return [(asset, op, value, s[start : m.end()].strip(), start)]
