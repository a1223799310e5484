"""A window that opens in a gap of the London fixes is read on the futures too (pure).

The LBMA fixes skip London holidays (no fix from 24 to 28 December), so "down 4.4% this
week" said on 2 January would start from the fix of 23 December, days before the week
began. When the fix before a window's start is more than a weekend older than the start,
the change is also measured on the COMEX futures closes, which trade those days; the
grade takes the series whose change fits the stated move. A window move the fixes do not
fit is also read on the futures, which settle hours after the noon fix: a wire's month or
year is often theirs (:func:`fix_or_futures`).

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

from leadwatch.claims.clauses import fits_stated
from leadwatch.claims.futures import FUTURES
from leadwatch.claims.market import Change, Market, change
from leadwatch.claims.model import Claim

__all__ = ["fix_or_futures", "futures_change", "window_on_futures"]


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


def window_on_futures(
    market: Market, asset: str, start: pd.Timestamp, end: pd.Timestamp
) -> Change | None:
    """The change of ``asset``'s futures over ``start``..``end`` wherever the store holds
    them, else ``None``: a wire's month or year ("silver rose 19% in November") is often
    told on the futures, whose settlement comes hours after the noon fix (a late-month
    rally the fix of the month's last day misses).

    >>> days = pd.to_datetime(["2025-10-31", "2025-11-28"])
    >>> m = Market({"silver": pd.Series([49.0, 54.0], index=days),
    ...             "silver_fut": pd.Series([48.0, 56.5], index=days)})
    >>> round(window_on_futures(m, "silver", days[0], days[1])[0], 3)
    0.177
    >>> window_on_futures(m, "bitcoin", days[0], days[1]) is None  # no futures stored
    True
    """
    futures = FUTURES.get(asset, "")
    if not market.has(futures):
        return None
    found = change(market, futures, start, end)
    return None if found[1] is None else found


def fix_or_futures(
    market: Market,
    c: Claim,
    window: tuple[pd.Timestamp, pd.Timestamp],
    stated: float,
    found: tuple[Change, str],
) -> tuple[Change, str]:
    """``found`` (a change and its source's name) where it fits the move ``stated`` of
    claim ``c``, else the futures' change over ``window``: when the window opens in a gap
    of the fixes (:func:`futures_change`, taken as it is), or wherever the futures fit
    the stated move (:func:`window_on_futures`)."""
    if fits_stated(found[0][0], stated, c.qualifiers) or c.asset not in FUTURES:
        return found
    name = market.source(FUTURES[c.asset])
    gap = futures_change(market, c.asset, *window)
    if gap is not None:
        return gap, f"{name} (no fix on {window[0].date()})"
    told = window_on_futures(market, c.asset, *window)
    if told is not None and fits_stated(told[0], stated, c.qualifiers):
        return told, f"{name} (futures: they settle after the noon fix)"
    return found
