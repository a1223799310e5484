"""Levels in table rows with no header: a cell naming one series, then its value (pure).

A newsletter's market table often reaches the text without its header row. Two shapes:

- a bare row, each a name, a pipe and one figure ("Silver | 29.85 |", "10 Yr Treasury |
  4.05% |"): :func:`cell_quotes`, whose price cells may be written without a dollar sign
  when they look like a price ("2,911", "29.85");
- a key-value row, its value first in the second cell and a comment after it ("| Gold |
  $3,905/oz - up on the week |"): :func:`cell_levels`, whose price cells need the sign.

Either way the name cell must name exactly one series (a pair such as "Gold/Silver Ratio"
or "Dollar / Pound" names none), and the value must be quoted the way that series is
(:func:`quoted_like`): a yield in percent, an index or a rate as a plain number, a price
with a dollar sign ("| S&P 500 (SPY) | $744.39" quotes the fund, not the index). Percent
cells of a price are changes over a window the missing header held: they state no level.

Examples
--------
>>> from leadwatch.claims.assets import find_assets
>>> s = "| Silver Spot | $31.40/oz (down 1.2% from prior close) |"
>>> [(a, op, v) for a, op, v, _, _ in cell_levels(s, find_assets(s))]
[('silver', 'at', 31.4)]
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
from leadwatch.claims.vocabulary import NO_DOLLAR, PRICE_BARE_RE, PRICE_NUM_RE, YIELDS, words_re

__all__ = ["cell_levels", "cell_quotes", "quoted_like"]

#: A dollar sign, or "US$".
_DOLLAR = r"(?:US)?\$"
#: "| label | ~value[%][/unit] <end, a comment, a bracket or the next cell>".
_LABEL_CELL = r"^\s*\|?\s*(?P<label>[^|]{2,60}?)\s*\|\s*"
_NEAR = r"(?P<op>~|\u2248|(?:about|around|approx\.?) )?"
_VALUE = rf"(?P<d>{_DOLLAR})?\s?(?P<num>{PRICE_NUM_RE})(?P<pct>\s?%)?"
_UNITS = ("oz", "ounce", "bbl", "barrel", "t", "tonne", "lb", "mmbtu")
_PER_UNIT = rf"(?:/\s?{words_re(_UNITS)}\b)?"
_VALUE_END = r"(?=\s*(?:$|\||[\u2014\u2013(;,]|- ))"
_ROW = re.compile(rf"{_LABEL_CELL}{_NEAR}{_VALUE}{_PER_UNIT}{_VALUE_END}", re.IGNORECASE)
# The bare row: a name cell, a pipe, one figure cell, then a pipe, the end, or more cells.
_BARE_ROW = re.compile(
    r"^\s*(?:[|\u2022]\s*)?(?P<name>(?=[^|]*[A-Za-z])[^|$%\s/][^|/]{0,40}?)\s*\|\s*"
    rf"(?P<cur>{_DOLLAR}\s?)?(?P<num>{PRICE_NUM_RE})\s?(?P<pct>%)?\s*(?:\||$)"
)
_YEAR = re.compile(r"^(?:19|20)\d\d$")

Found = tuple[str, str, float, str, int]  # asset, op, level, words, position (figures.levels)


def quoted_like(asset: str, *, dollar: bool, pct: bool, bare_price: bool = False) -> bool:
    """Whether a figure is written the way ``asset`` is quoted: a yield in percent and
    without a dollar sign, an index or a rate as a plain number, a price with a dollar
    sign (or, where ``bare_price``, a bare number written like a price).

    >>> quoted_like("yield_10y", dollar=False, pct=True)
    True
    >>> quoted_like("gold", dollar=False, pct=False)
    False
    """
    if asset in YIELDS:
        return pct and not dollar
    if asset in NO_DOLLAR:
        return not pct and not dollar
    return not pct and (dollar or bare_price)


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
    if not quoted_like(asset, dollar=dollar, pct=pct):
        return []  # another quantity: a fund's price, a change, a count, a ratio
    op = "near" if m.group("op") else "at"
    start = m.start("op") if m.group("op") else m.start("d") if dollar else m.start("num")
    value = float(m.group("num").replace(",", ""))
    return [(asset, op, value, s[start : m.end()].strip(), start)]


def cell_quotes(
    s: str, index: int, mentions: list[AssetMention], claims: list[Claim]
) -> list[Claim]:
    """The level of a bare table row ``s`` ("S&P 500 | 5,770 |"): its name cell names
    exactly one asset (``mentions`` within it, no group), its first figure cell fits that
    asset's form (``claims``: those found so far, whose levels are skipped)."""
    m = _BARE_ROW.match(s)
    if m is None:
        return []
    inside = [x for x in mentions if x.start >= m.start("name") and x.end <= m.end("name")]
    if len({x.asset for x in inside}) != 1 or inside[0].asset in GROUPS:
        return []
    asset, raw, cur = inside[0].asset, m.group("num"), m.group("cur")
    bare = re.fullmatch(PRICE_BARE_RE, raw) is not None
    ok = quoted_like(asset, dollar=cur is not None, pct=m.group("pct") is not None, bare_price=bare)
    value = float(raw.replace(",", ""))
    if not ok or _YEAR.match(raw) or (asset, value) in stated_levels(claims):
        return []
    quals = ("bare",) if cur is None and asset not in NO_DOLLAR | YIELDS else ()
    words = s[m.start("name") : m.end("num")].strip()
    return [Claim(index, "level", asset, words, "at", value, qualifiers=quals)]
