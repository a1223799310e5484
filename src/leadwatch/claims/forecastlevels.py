"""Levels of today said inside a forecast: where a forecast move starts, the range a hold keeps.

A forecast is no claim about the market, but two kinds of forecast state where the
market stands today, on the article's date:

- the level a forecast move starts from: "the market sees the fed funds rate easing from
  4.33% to 3.75%", "analysts see bitcoin rising from $95,000 to $120,000". "from X to Y"
  after a word of expectation (expect, see, forecast, project, could, may, will) states
  that the asset now stands at X (:func:`forecast_starts`). The asset is the one named last
  before "from"; a rate needs a percent sign, a dollar-quoted asset a dollar sign.
- the policy range a forecast hold keeps: "a 97% chance the Fed will keep rates at
  5.25%-5.5%", "odds of the FOMC leaving its benchmark rate unchanged in the 4%-4.25%
  range": the odds are an expectation (not checkable), but a hold keeps the range the rate
  is in today, so the range is a fact of the article's date (:func:`held_rates`). Its level
  is the range's midpoint (the effective rate trades inside the range, near its middle),
  graded like any level. A move to a new range ("will cut rates to 4%-4.25%") states no
  current range and is left alone.

Examples
--------
>>> from leadwatch.claims.assets import find_assets
>>> s = "Gold rose from $2,900 to $3,200; swaps price in fed funds sliding from 4.33% to 3.5%."
>>> [(c.asset, c.op, c.level) for c in forecast_starts(s, 0, find_assets(s), [])]  # not gold's
[('fed_funds', 'at', 4.33)]
>>> s = "Futures show a 90% chance the Fed will hold rates at 3.5%-3.75%."
>>> [(c.asset, c.op, c.level) for c in held_rates(s, 0, find_assets(s), [])]
[('fed_funds', 'at', 3.625)]
"""

from __future__ import annotations

import re

from leadwatch.claims.assets import AssetMention
from leadwatch.claims.model import Claim, last_before, stated_levels
from leadwatch.claims.targetrange import policy_band
from leadwatch.claims.vocabulary import NO_DOLLAR, PRICE_NUM_RE, RATE_NUM_RE, YIELDS

__all__ = ["forecast_starts", "held_rates"]

_FORECAST_FROM = re.compile(
    r"\b(?:expect\w*|sees?|seeing|forecast\w*|project\w*|predict\w*|could|may|might|will"
    r"|would|pric(?:e|es|ing) in)\b[^.;]{0,60}?\bfrom (?:about |around |roughly |current |the "
    r"current |today['\u2019]s )?(?P<cur>(?:US)?\$\s?)?"
    rf"(?P<num>{PRICE_NUM_RE})(?P<pct>\s?%)?(?: levels?)? to (?:about |around )?(?:US)?\$?\d",
    re.IGNORECASE,
)
_HELD = re.compile(
    r"\b(?:maintain\w*|hold(?:s|ing)?|keep(?:s|ing)?|leav(?:e|es|ing)|stand(?:s|ing)? pat)\s+"
    r"(?:(?:its|their|the|current|interest|benchmark|policy|key|overnight|fed funds"
    r"|federal funds|borrowing)\s+)*(?:rates?\s+|costs\s+)"
    r"(?:(?:unchanged|steady|on hold|where they are)\s+)?(?:at|in)\s+(?:the\s+|a\s+)?"
    rf"(?P<lo>{RATE_NUM_RE})%?\s*(?:-|\u2013|to)\s*(?P<hi>{RATE_NUM_RE})%",
    re.IGNORECASE,
)


def forecast_starts(
    s: str, index: int, mentions: list[AssetMention], claims: list[Claim]
) -> list[Claim]:
    """Level claims for the starting points of the forecasts of ``s`` (module doc)."""
    stated = stated_levels(claims)
    found = (_start(s, index, m, mentions) for m in _FORECAST_FROM.finditer(s))
    return [c for c in found if c is not None and (c.asset, c.level) not in stated]


def _start(s: str, index: int, m: re.Match[str], mentions: list[AssetMention]) -> Claim | None:
    """The level where forecast ``m`` starts, of the asset named last before it, if its
    number is written in that asset's unit (a percent for a rate, dollars when it has them)."""
    named = last_before(mentions, m.start("num"), groups=False)
    if named is None:
        return None
    asset = named.asset
    if asset in YIELDS:
        ok = m.group("pct") is not None
    else:
        ok = m.group("pct") is None and (asset in NO_DOLLAR) == (m.group("cur") is None)
    words = s[m.start("num") - len(m.group("cur") or "") : m.end("num")]
    value = float(m.group("num").replace(",", ""))
    return Claim(index, "level", asset, words, "at", value) if ok else None


def held_rates(
    s: str, index: int, mentions: list[AssetMention], claims: list[Claim]
) -> list[Claim]:
    """A ``fed_funds`` level at the midpoint of the range a forecast hold keeps (see the
    module doc), unless ``claims`` already hold a fed funds level of the sentence."""
    if not any(m.asset == "fed_funds" for m in mentions):
        return []
    if any(c.asset == "fed_funds" and c.kind == "level" for c in claims):
        return []
    out = []
    for m in _HELD.finditer(s):
        band = policy_band(m)  # a policy range is a quarter (at most half) a point wide
        if band is not None:
            out.append(Claim(index, "level", "fed_funds", m.group(0), "at", sum(band) / 2))
    return out
