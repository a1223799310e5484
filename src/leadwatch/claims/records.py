"""Records relative to a window ("highest since 2012", "a 13-month high"), records said of a
past month, and moves measured from a peak or a low (pure: series in, results out).

Examples
--------
>>> import pandas as pd
>>> from leadwatch.claims.extract import Claim
>>> from leadwatch.claims.market import Market
>>> days = pd.bdate_range("2024-01-01", "2024-12-31")
>>> m = Market({"silver": pd.Series(range(len(days)), index=days, dtype=float)})
>>> c = Claim(0, "record", "silver", "highest since", "high", window="last:6:month")
>>> relative_record(c, pd.Timestamp("2024-12-31"), m)[0]
'confirmed'
"""

from __future__ import annotations

import re
from typing import Any

import numpy as np
import pandas as pd

from leadwatch.claims.extract import Claim
from leadwatch.claims.market import Market, record_days
from leadwatch.claims.windows import resolve_window

__all__ = ["from_extreme", "past_record", "relative_record"]

_Result = tuple[str, str, dict[str, Any]]


def _start(window: str, day: pd.Timestamp) -> tuple[pd.Timestamp, str] | None:
    if window.startswith("last:"):
        _, n, unit = window.split(":")
        off = {
            "year": pd.DateOffset(years=int(n)),
            "month": pd.DateOffset(months=int(n)),
            "week": pd.DateOffset(weeks=int(n)),
        }[unit]
        return pd.Timestamp(day - off), f"the {n} {unit}(s) before"
    if window.startswith("since:") and re.fullmatch(
        r"(?:early |mid-?|late )?(?:19|20)\d\d", window[6:].strip()
    ):
        year = int(window[-4:])  # "since 2012": higher than anything after 2012 began
        return pd.Timestamp(year=year, month=12, day=31) - pd.DateOffset(months=6), f"{year}"
    return resolve_window(window, day)


def relative_record(c: Claim, day: pd.Timestamp, market: Market) -> _Result:
    """A high (low) beyond every close of the stated window, on the day or the trading day
    before (the day's range counts where the store has one)."""
    assert c.asset is not None and c.window is not None
    found = _start(c.window, day)
    if found is None:
        return "not checkable", f"the window {c.window!r} is not a date leadwatch can read", {}
    start, label = found
    closes = market.close(c.asset)
    recent = closes.loc[:day].iloc[-2:]
    before = closes.loc[start : recent.index[0] - pd.Timedelta(days=1)]
    if before.empty or recent.empty:
        return "not checkable", f"not enough data since {start.date()}", {}
    low = c.op == "low"
    bar = float(before.min() if low else before.max())
    best = float(recent.min() if low else recent.max())
    rng = market.ranges.get(c.asset)
    if rng is not None:
        r = rng.loc[recent.index[0] : day]
        if len(r):
            best = min(best, float(r["low"].min())) if low else max(best, float(r["high"].max()))
    ok = best <= bar if low else best >= bar
    text = (
        f"{market.source(c.asset)}: {'lowest' if low else 'highest'} value near the date "
        f"{best:,.2f} against {'a low' if low else 'a high'} of {bar:,.2f} since {start.date()} "
        f"({label})"
    )
    return ("confirmed" if ok else "contradicted"), text, {"value": best, "bar": bar}


def past_record(c: Claim, day: pd.Timestamp, market: Market) -> _Result:
    """A record said of a past month: did one happen in that month (up to the date)?"""
    assert c.asset is not None and c.when is not None
    year, month = c.when[1]
    year = year or (day.year if month <= day.month else day.year - 1)
    start = pd.Timestamp(year=year, month=month, day=1)
    end = min(day, pd.Timestamp(start + pd.offsets.MonthEnd(0)))
    held = record_days(market, c.asset, c.op or "high").loc[start:end]
    ok = bool(held.any())
    first = held[held].index.min() if ok else None
    text = f"record {c.op} of {market.source(c.asset)} in {start:%B %Y}: " + (
        f"yes, first on {pd.Timestamp(first).date()}" if ok else "none"
    )
    return ("confirmed" if ok else "contradicted"), text, {"month": f"{start:%Y-%m}"}


def from_extreme(c: Claim, day: pd.Timestamp, market: Market) -> _Result:
    """A move from the peak (trough) of the past two years to the date."""
    assert c.asset is not None
    closes = market.close(c.asset).loc[day - pd.DateOffset(years=2) : day]
    if len(closes) < 2:
        return "not checkable", "not enough data before the date", {}
    ref_day = closes.idxmax() if c.window == "peak" else closes.idxmin()
    ref, last = float(closes.loc[ref_day]), float(closes.iloc[-1])
    ch = last / ref - 1.0 if not market.is_rate(c.asset) else last - ref
    ok = ch > 0 if c.op == "up" else ch < 0
    if c.pct is not None and np.isfinite(ch):
        stated = c.pct / 100 * (1 if c.op == "up" else -1)
        ok = ok and abs(ch - stated) <= max(0.01, 0.25 * abs(stated))
    kind = "peak" if c.window == "peak" else "low"
    text = (
        f"{market.source(c.asset)} {kind} {ref:,.2f} on {pd.Timestamp(ref_day).date()} -> "
        f"{last:,.2f} on {closes.index[-1].date()}: {ch:+.1%}"
    )
    return ("confirmed" if ok else "contradicted"), text, {"change": ch, "reference": ref}
