"""A bound said of the close: "it had closed above $62,000", "settled below $3,300" (pure).

A price said to have *closed* (settled, finished, ended) above or below a figure is a claim
about the close, not about any trade of the day: the day's high touching $62,000 does not
make a close above it. :func:`closed_levels` marks such a level (qualifier ``closed``) and
:func:`closes_only` keeps, of the days a bound holds on, those whose close holds it. A
series closed at a fixed time other than the market's (the noon or afternoon fix) keeps the
day's range: its close is not the one the text speaks of.

A bound the price is said to stay close to ("hovers below $2,500", "trades just above
$100,000", "slightly below") is marked ``close_to``: it also holds only on days whose close
(or range) comes within :data:`HOVER_BAND` of it, not on every day far below (above) it.

Examples
--------
>>> from leadwatch.claims.model import Claim
>>> s = "A day earlier it had closed above $62,000."
>>> c = Claim(0, "level", "btc", "above $62,000", "above", level=62000.0)
>>> [x.qualifiers for x in closed_levels(s, [c])]
[('closed',)]
"""

from __future__ import annotations

import re
from dataclasses import replace

import pandas as pd

from leadwatch.claims.market import Market
from leadwatch.claims.model import Claim

__all__ = ["HOVER_BAND", "closed_levels", "closes_only", "near_bound"]

#: A verb of the close right before the bound: "closed above", "settled the day below".
_CLOSED = re.compile(
    r"\b(?:closed|settled|finished|ended)(?: (?:the|its|[A-Z][a-z]+day['\u2019]s) "
    r"(?:day|session|week|trading day))?(?: (?:just|comfortably|firmly|well|slightly))?\s*$",
    re.IGNORECASE,
)


#: A word of staying close right before the bound: "hovers below", "just above", "edged under".
_HOVER = re.compile(
    r"\b(?:hover(?:s|ed|ing)?|just|slightly|marginally|a (?:touch|tad|whisker)|edg(?:es|ed|ing)"
    r"|inch(?:es|ed|ing))\s*$",
    re.IGNORECASE,
)
#: How far from a bound a price said to hover by it may stand (a share of the bound).
HOVER_BAND = 0.03


def closed_levels(s: str, claims: list[Claim]) -> list[Claim]:
    """``claims`` with each bound of sentence ``s`` said of the close marked ``closed``, and
    each one the price is said to stay close to marked ``close_to``."""
    out = []
    for c in claims:
        at = s.find(c.words)
        said = c.kind == "level" and c.op in ("above", "below") and at >= 0
        if said and _CLOSED.search(s, max(0, at - 40), at):
            c = replace(c, qualifiers=(*c.qualifiers, "closed"))
        if said and _HOVER.search(s, max(0, at - 20), at):
            c = replace(c, qualifiers=(*c.qualifiers, "close_to"))
        out.append(c)
    return out


def closes_only(claim: Claim, market: Market, held: pd.Series) -> pd.Series:
    """Of the days ``held`` (a bound holding by the close or the day's range), those whose
    close holds it, for a bound said of the close on a series closed with its market; for
    one marked ``close_to``, those near it (:func:`near_bound`)."""
    held = near_bound(claim, market, held)
    if "closed" not in claim.qualifiers or claim.asset in market.fixed or claim.level is None:
        return held
    close = market.close(claim.asset or "").reindex(held.index)
    level = claim.level
    ok = close >= level * 0.995 if claim.op == "above" else close <= level * 1.005
    return held & ok.fillna(False).astype(bool)


def near_bound(claim: Claim, market: Market, held: pd.Series) -> pd.Series:
    """Of the days ``held``, for a bound marked ``close_to``, those whose close or range
    comes within :data:`HOVER_BAND` of it.

    >>> days = pd.bdate_range("2026-01-05", periods=3)
    >>> gold = Market({"gold": pd.Series([2390.0, 2200.0, 2350.0], index=days)})
    >>> c = Claim(0, "level", "gold", "below $2,400", "below", 2400.0, qualifiers=("close_to",))
    >>> near_bound(c, gold, pd.Series(True, index=days)).tolist()
    [True, False, True]
    """
    if "close_to" not in claim.qualifiers or claim.level is None or claim.asset is None:
        return held
    below = claim.op == "below"
    edge = claim.level * (1 - HOVER_BAND if below else 1 + HOVER_BAND)
    close = market.close(claim.asset)
    near = close >= edge if below else close <= edge
    frame = market.ranges.get(claim.asset)
    if frame is not None:
        reach = frame["high"] >= edge if below else frame["low"] <= edge
        near = near.reindex(near.index.union(reach.index), fill_value=False) | reach.reindex(
            near.index.union(reach.index), fill_value=False
        )
    return held & near.reindex(held.index, fill_value=False).astype(bool)
