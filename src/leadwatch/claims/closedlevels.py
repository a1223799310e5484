"""A bound said of the close: "it had closed above $62,000", "settled below $3,300" (pure).

A price said to have *closed* (settled, finished, ended) above or below a figure is a claim
about the close, not about any trade of the day: the day's high touching $62,000 does not
make a close above it. :func:`closed_levels` marks such a level (qualifier ``closed``) and
:func:`closes_only` keeps, of the days a bound holds on, those whose close holds it. A
series closed at a fixed time other than the market's (the noon or afternoon fix) keeps the
day's range: its close is not the one the text speaks of.

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

__all__ = ["closed_levels", "closes_only"]

#: A verb of the close right before the bound: "closed above", "settled the day below".
_CLOSED = re.compile(
    r"\b(?:closed|settled|finished|ended)(?: (?:the|its|[A-Z][a-z]+day['\u2019]s) "
    r"(?:day|session|week|trading day))?(?: (?:just|comfortably|firmly|well|slightly))?\s*$",
    re.IGNORECASE,
)


def closed_levels(s: str, claims: list[Claim]) -> list[Claim]:
    """``claims`` with each bound of sentence ``s`` said of the close marked ``closed``."""
    out = []
    for c in claims:
        at = s.find(c.words)
        said = c.kind == "level" and c.op in ("above", "below") and at >= 0
        if said and _CLOSED.search(s, max(0, at - 40), at):
            c = replace(c, qualifiers=(*c.qualifiers, "closed"))
        out.append(c)
    return out


def closes_only(claim: Claim, market: Market, held: pd.Series) -> pd.Series:
    """Of the days ``held`` (a bound holding by the close or the day's range), those whose
    close holds it, for a bound said of the close on a series closed with its market."""
    if "closed" not in claim.qualifiers or claim.asset in market.fixed or claim.level is None:
        return held
    close = market.close(claim.asset or "").reindex(held.index)
    level = claim.level
    ok = close >= level * 0.995 if claim.op == "above" else close <= level * 1.005
    return held & ok.fillna(False).astype(bool)
