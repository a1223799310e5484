"""Flows on the phase model's daily grid: columns for ``flowsum`` triggers, no look-ahead.

A flow dated t (a US trading day) is counted from the end of day t. On the grid a day
without trading stays NaN (never a zero flow), so ``flowsum(f, n)`` in
:mod:`leadwatch.analysis.phases.triggers` sums the last ``n`` trading days.

Examples
--------
>>> import pandas as pd
>>> from leadwatch.align import align
>>> days = pd.bdate_range("2026-01-01", periods=6)
>>> frame = align({"btc": pd.Series(range(1, 7), index=days, dtype=float)}, "daily")
>>> flows = pd.Series([5.0, -2.0, 1.0], index=days[[0, 2, 3]])
>>> out = with_flows(frame, {"etf": flows})
>>> out.values["etf"].tolist()[:5]
[5.0, nan, -2.0, 1.0, nan]
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping

import pandas as pd

from leadwatch.align import AlignedFrame

__all__ = ["with_flows"]


def with_flows(frame: AlignedFrame, flows: Mapping[str, pd.Series]) -> AlignedFrame:
    """``frame`` with one column per flows series: the day's flow on trading days, else NaN."""
    values = frame.values.copy()
    observed = frame.observed.copy()
    fresh = frame.fresh.copy()
    grid = pd.DatetimeIndex(values.index).normalize()
    for name, series in flows.items():
        s = series.dropna()
        s.index = pd.DatetimeIndex(s.index).normalize()
        on_grid = s.reindex(grid)
        values[name] = on_grid.to_numpy()
        dates = pd.Series(pd.NaT, index=grid, dtype="datetime64[ns]")
        present = on_grid.notna().to_numpy()
        dates[present] = grid[present]
        observed[name] = dates.ffill().to_numpy()
        fresh[name] = present
    return dataclasses.replace(frame, values=values, observed=observed, fresh=fresh)
