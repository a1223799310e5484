"""The starting level of a forecast move: "the market sees the fed funds rate easing from
4.33% to 3.75%", "analysts see bitcoin rising from $95,000 to $120,000" (pure).

A forecast is no claim about the market, but the level it starts from is today's: "from X
to Y" after a word of expectation (expect, see, forecast, project, could, may, will) states
that the asset now stands at X. The asset is the one named last before "from"; a rate
needs a percent sign, a dollar-quoted asset a dollar sign.

Examples
--------
>>> from leadwatch.claims.assets import find_assets
>>> s = "Swaps price in the fed funds rate sliding from 4.33% to 3.5% by next June."
>>> [(c.asset, c.op, c.level) for c in forecast_starts(s, 0, find_assets(s), [])]
[('fed_funds', 'at', 4.33)]
>>> s = "Gold rose from $2,900 to $3,200 last year."
>>> forecast_starts(s, 0, find_assets(s), [])
[]
"""

from __future__ import annotations

import re

from leadwatch.claims.assets import AssetMention
from leadwatch.claims.model import Claim, last_before, stated_levels
from leadwatch.claims.vocabulary import NO_DOLLAR, PRICE_NUM_RE, YIELDS

__all__ = ["forecast_starts"]

_FORECAST_FROM = re.compile(
    r"\b(?:expect\w*|sees?|seeing|forecast\w*|project\w*|predict\w*|could|may|might|will"
    r"|would|pric(?:e|es|ing) in)\b[^.;]{0,60}?\bfrom (?:about |around |roughly |current |the "
    r"current |today['\u2019]s )?(?P<cur>(?:US)?\$\s?)?"
    rf"(?P<num>{PRICE_NUM_RE})(?P<pct>\s?%)?(?: levels?)? to (?:about |around )?(?:US)?\$?\d",
    re.IGNORECASE,
)


def forecast_starts(
    s: str, index: int, mentions: list[AssetMention], claims: list[Claim]
) -> list[Claim]:
    """Level claims for the starting points of the forecasts of ``s`` (module doc)."""
    out: list[Claim] = []
    stated = stated_levels(claims)
    for m in _FORECAST_FROM.finditer(s):
        named = last_before(mentions, m.start("num"), groups=False)
        if named is None:
            continue
        asset = named.asset
        value = float(m.group("num").replace(",", ""))
        if asset in YIELDS:
            ok = m.group("pct") is not None
        else:
            ok = m.group("pct") is None and (asset in NO_DOLLAR) == (m.group("cur") is None)
        if ok and (asset, value) not in stated:
            words = s[m.start("num") - len(m.group("cur") or "") : m.end("num")]
            out.append(Claim(index, "level", asset, words, "at", value))
    return out
