"""Moves stated with no day and no window: one session, unless too big for one (pure).

"The S&P 500 fell over 12%" cannot be one session of the index (its 99.9th percentile of
daily moves is about 9%): it is read over the window the text stated last ("this year"),
else over 3 months, as a move with no window is.

Examples
--------
>>> import pandas as pd
>>> from leadwatch.claims.market import Market
>>> days = pd.bdate_range("2026-01-05", periods=60)
>>> m = Market({"gold": pd.Series([100.0 + (i % 2) for i in range(60)], index=days)})
>>> session_plausible(m, "gold", 0.009), session_plausible(m, "gold", 0.25)
(True, False)
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from leadwatch.claims.extract import Claim
from leadwatch.claims.market import Market

__all__ = ["as_window", "session_plausible", "with_windows"]


def session_plausible(market: Market, asset: str, stated: float) -> bool:
    """Whether a move of ``stated`` (a return) could be one session of ``asset``: within its
    99.9th percentile of daily moves. Rates (moves in points): always."""
    if market.is_rate(asset):
        return True
    moves = market.close(asset).pct_change().abs().dropna()
    return moves.empty or abs(stated) <= float(moves.quantile(0.999))


def as_window(claim: Claim, market: Market, window: str | None) -> Claim:
    """``claim`` read over ``window`` (the window the text stated last; ``None``: 3 months)
    when it states no day and no window and is too big for one session of its asset."""
    c = claim
    if c.kind != "percent" or c.window is not None or c.when is not None or c.pct is None:
        return c
    if not market.has(c.asset) or session_plausible(market, c.asset or "", c.pct / 100):
        return c
    return replace(c, window=window or "months")


def with_windows(claims: Iterable[Claim], market: Market) -> list[Claim]:
    """``claims`` in order, each move too big for a session read over the window the text
    stated last before it (:func:`as_window`)."""
    out, stated = [], None
    for c in claims:
        if c.kind == "percent" and c.window not in (None, "day"):
            stated = c.window
        out.append(as_window(c, market, stated))
    return out
