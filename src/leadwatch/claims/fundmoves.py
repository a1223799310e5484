"""A fund's percentage move is its market's (pure; :mod:`leadwatch.claims.fundtickers`)."""

from __future__ import annotations

from dataclasses import replace

from leadwatch.claims.fundtickers import UNDERLYING
from leadwatch.claims.model import Claim

__all__ = ["fund_moves"]


def fund_moves(claims: list[Claim]) -> list[Claim]:
    """``claims`` with a fund's percentage moves told of the market the fund holds
    (:mod:`leadwatch.claims.fundtickers`); its levels, records and amounts stay the fund's.

    >>> up = Claim(0, "percent", "gld", "down 0.8%", "down", pct=0.8)
    >>> at = Claim(0, "level", "gld", "at 245.10", "at", level=245.1)
    >>> [(c.asset, c.qualifiers) for c in fund_moves([up, at])]
    [('gold', ('fund:GLD',)), ('gld', ())]
    """
    return [
        replace(c, asset=UNDERLYING[c.asset], qualifiers=(*c.qualifiers, f"fund:{c.asset.upper()}"))
        if c.asset in UNDERLYING and c.kind == "percent" and c.pct is not None
        else c
        for c in claims
    ]
