"""Dating evidence from a move measured since a day the text dates in full (pure).

"Bitcoin is down 7.8% since the start of 2025", "the dollar has gained 4% since January
2025": the window starts on a fixed day, whatever the article's date, so the stated size
holds only on the days whose change since that start matches it (the move tolerance: a
quarter of the move, at least 1 point) -- an article of another year measures another
change. A window whose start moves with the article ("since Thursday", "since early
March") is not one of these.

Examples
--------
>>> days = pd.bdate_range("2024-12-30", periods=5)
>>> m = Market({"btc": pd.Series([100.0, 100.0, 93.0, 92.0, 80.0], index=days)})
>>> for window in ("since:the start of 2025", "since:Thursday"):  # a fixed start, a moving one
...     print(since_move_days(m, "btc", -0.078, window).tolist())
[False, False, True, True, False]
[False, False, False, False, False]
"""

from __future__ import annotations

import re

import pandas as pd

from leadwatch.claims.market import Market
from leadwatch.claims.movetolerance import move_tolerance
from leadwatch.claims.vocabulary import YEAR_RE
from leadwatch.claims.windows import resolve_window

__all__ = ["dated_since", "since_move_days"]

_FAR = pd.Timestamp("2200-01-01")


def dated_since(window: str | None) -> pd.Timestamp | None:
    """The last close before a "since" window that names its year ("since:the start of
    2025", "since:January 2025", "since:March 3, 2025"); ``None`` for any other window.

    >>> dated_since("since:the start of 2025").date(), dated_since("since:Thursday")
    (datetime.date(2024, 12, 31), None)
    """
    if not (window or "").startswith("since:") or not re.search(YEAR_RE, window or ""):
        return None
    resolved = resolve_window(window or "", _FAR)
    return None if resolved is None else resolved[0]


def since_move_days(market: Market, asset: str, stated: float, window: str) -> pd.Series:
    """Trading days after the window's start whose change since its last close before it
    is within the move tolerance of ``stated`` (a return; points for rates)."""
    close = market.close(asset)
    start = dated_since(window)
    if start is None:
        return pd.Series(False, index=close.index)
    before = close[close.index <= start]
    if before.empty:
        return pd.Series(False, index=close.index)
    base = float(before.iloc[-1])
    change = close - base if market.is_rate(asset) else close / base - 1.0
    held = (change - stated).abs() <= move_tolerance(stated)
    return held & (close.index > start)
