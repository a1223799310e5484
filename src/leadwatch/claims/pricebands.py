"""Prices told as a band of round figures: "in the low $4,000s", "the mid-$90,000s", "the
high $40s", "the $60Ks" (pure).

A figure with a plural "s" names every price that starts with it: "$4,000s" is $4,000 to
$5,000 (the step is the figure's last non-zero digit's place), "$4,200s" is $4,200 to
$4,300, "$90,000s" is $90,000 to $100,000. "Low", "mid" and "high" (or "upper") take the
first, middle or last third of it; "low-to-mid" and "mid-to-high" two thirds. A band is
read as two levels of its asset, at or above its floor and at or below its ceiling, graded
like "above $X" and "below $Y"; the plain level the figure would otherwise be read as ("at
$80,000" for "the high $80,000s") is dropped.

Examples
--------
>>> band_bounds("low", None, 4000.0)
(4000.0, 4333.33)
>>> band_bounds("mid", None, 90000.0)
(93333.33, 96666.67)
>>> band_bounds(None, None, 4200.0)
(4200.0, 4300.0)
>>> from leadwatch.claims.assets import find_assets
>>> s = "Gold is trading in the low $4,000s."
>>> [(a, op, v) for a, op, v, _, _ in price_bands(s, find_assets(s), None, [])]
[('gold', 'above', 4000.0), ('gold', 'below', 4333.33)]
"""

from __future__ import annotations

import re

from leadwatch.claims.assets import AssetMention
from leadwatch.claims.clauses import not_now
from leadwatch.claims.model import GROUPS, last_before
from leadwatch.claims.vocabulary import NO_DOLLAR, YIELDS, words_re

__all__ = ["band_bounds", "price_bands"]

Level = tuple[str, str, float, str, int]  # asset, op, level, words, position

_PARTS = {"low": 0, "lower": 0, "mid": 1, "middle": 1, "high": 2, "upper": 2}
_PART = words_re(_PARTS)
_FIGURE = r"[1-9]\d{0,2}(?:,\d{3})*|[1-9]\d*"
_PARTS_SAID = rf"(?:\b(?P<part>{_PART})(?:[- ]to[- ](?P<to>{_PART}))?[- ]?)?"
_BAND = re.compile(rf"{_PARTS_SAID}(?:US)?\$\s?(?P<num>{_FIGURE})(?P<k>[kK])?['\u2019]?s\b", re.I)
#: Words that make a plural figure a band of prices: a preposition or article before it.
_LEADS = ("the", "in", "into", "to", "from", "around", "near", "above", "below", "within")
_BEFORE = re.compile(rf"\b{words_re(_LEADS)}\s+$", re.IGNORECASE)
#: A clause break between the asset named and the band: the band is another clause's.
_BREAK = re.compile(r"[;:]|\b(?:while|whereas|but)\b", re.IGNORECASE)


def band_bounds(part: str | None, to: str | None, figure: float) -> tuple[float, float]:
    """The floor and ceiling of the band of ``figure`` ("4000" for "$4,000s") and the third
    named by ``part`` (to ``to``: "low-to-mid"); rounded to cents."""
    digits = str(int(figure))
    step = 10 ** (len(digits) - len(digits.rstrip("0")))
    first = _PARTS.get((part or "").lower(), 0)
    last = _PARTS.get((to or part or "").lower(), 2)
    if part is None:
        first, last = 0, 2
    lo = figure + step * first / 3
    hi = figure + step * (last + 1) / 3
    return round(lo, 2), round(hi, 2)


def price_bands(
    s: str, mentions: list[AssetMention], subject: str | None, read: list[Level]
) -> list[Level]:
    """``read`` (the levels of sentence ``s``) with each band of round figures read as its
    floor and ceiling (module doc), and without the plain levels read inside a band."""
    out: list[Level] = []
    spans = []
    for m in _BAND.finditer(s):
        figure = float(m.group("num").replace(",", "")) * (1000 if m.group("k") else 1)
        if not m.group("part") and not _BEFORE.search(s, 0, m.start()):
            continue  # "$20s" alone: a band only after "the", "in", "around", ...
        if int(figure) % 10 or figure < 10:
            continue  # "$45s": no round figure
        if not_now(s, m.start(), m.end()):
            continue  # "analysts see gold in the $5,000s next year": a forecast
        named = last_before(mentions, m.start(), carried=False)
        asset = named.asset if named is not None else subject
        if named is not None and _BREAK.search(s, named.end, m.start()):
            continue
        if asset is None or asset in GROUPS or asset in NO_DOLLAR or asset in YIELDS:
            continue
        lo, hi = band_bounds(m.group("part"), m.group("to"), figure)
        spans.append((m.start(), m.end()))
        out += [
            (asset, "above", lo, m.group(0), m.start()),
            (asset, "below", hi, m.group(0), m.start()),
        ]
    kept = [
        r for r in read if not any(a <= r[4] < b or r[4] <= a < r[4] + len(r[3]) for a, b in spans)
    ]
    return kept + out
