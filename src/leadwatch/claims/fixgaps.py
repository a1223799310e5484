"""A window that opens in a gap of the London fixes is read on the futures too (pure).

The LBMA fixes skip London holidays (no fix from 24 to 28 December), so "down 4.4% this
week" said on 2 January would start from the fix of 23 December, days before the week
began. When the fix before a window's start is more than a weekend older than the start,
the change is also measured on the COMEX futures closes, which trade those days; the
grade takes the series whose change fits the stated move.

Examples
--------
>>> import pandas as pd
>>> from leadwatch.claims.market import Market
>>> fix = pd.Series([100.0, 90.0], index=pd.to_datetime(["2025-12-23", "2026-01-02"]))
>>> fut = pd.Series([100.0, 96.0, 90.5], index=pd.to_datetime(["2025-12-23", "2025-12-26",
...                                                             "2026-01-02"]))
>>> m = Market({"gold": fix, "gold_fut": fut})
>>> ch = futures_change(m, "gold", pd.Timestamp("2025-12-26"), pd.Timestamp("2026-01-02"))
>>> round(ch[0], 4), str(ch[1].date())
(-0.0573, '2025-12-26')
"""

from __future__ import annotations

import pandas as pd

from leadwatch.claims.futures import FUTURES
from leadwatch.claims.market import Change, Market, change

__all__ = ["futures_change"]


def futures_change(
    market: Market, asset: str, start: pd.Timestamp, end: pd.Timestamp
) -> Change | None:
    """The change of ``asset``'s futures over ``start``..``end`` when its own closes have a
    gap of more than a weekend before ``start`` and the futures do not; else ``None``."""
    futures = FUTURES.get(asset, "")
    if not market.has(futures):
        return None
    own, fut = market.asof(asset, start), market.asof(futures, start)
    if own is None or fut is None or (start - own[0]).days <= 2 or fut[0] <= own[0]:
        return None
    found = change(market, futures, start, end)
    return None if found[1] is None else found
