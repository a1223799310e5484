"""A run of record closes told with its count dates the article (pure).

"Stocks notched record closes for a 6th session running", "its sixth straight record close":
the claim holds on the day the run reached that count (or the day after, a story written
the next morning), not on every record day, so it tells one week from another where prices
alike fit both.

Examples
--------
>>> from leadwatch.claims.market import Market
>>> days = pd.bdate_range("2025-07-14", periods=8)
>>> spx = pd.Series([10, 11, 12, 13, 12, 14, 15, 16.0], index=days)
>>> c = Claim(0, "record", "spx", "record highs", "count:high", window="run:3")
>>> held = record_run_days(c, Market({"spx": spx}), pd.date_range(days[0], days[-1]))
>>> [d.strftime("%m-%d") for d in held[held].index]
['07-17', '07-18', '07-23']
"""

from __future__ import annotations

import pandas as pd

from leadwatch.claims.market import Market
from leadwatch.claims.model import Claim

__all__ = ["record_run", "record_run_days"]


def record_run(c: Claim) -> bool:
    """Whether ``c`` counts a run of record closes ("for the 5th session running")."""
    return (
        c.kind == "record"
        and (c.op or "").startswith("count:")
        and (c.window or "").startswith("run:")
    )


def record_run_days(c: Claim, market: Market, calendar: pd.DatetimeIndex) -> pd.Series:
    """Over ``calendar`` (article dates): did the run of record closes reach the count
    ``c`` states that day or the day before?"""
    assert c.asset is not None and c.window is not None
    close = market.close(c.asset).dropna()
    low = c.op == "count:low"
    before = (close.cummin() if low else close.cummax()).shift(1)
    record = (close <= before) if low else (close >= before)
    run = record.astype(int).groupby((~record).cumsum()).cumsum()
    reached = run == int(c.window.split(":")[1])
    days = pd.DatetimeIndex(reached[reached].index).normalize()
    on = pd.DatetimeIndex(calendar).normalize()
    held = on.isin(days) | (on - pd.Timedelta(days=1)).isin(days)
    return pd.Series(held, index=calendar)
