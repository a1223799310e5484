"""Stale inputs: series whose last value is older than their normal publication lag.

A verdict, a trigger or a condition "at the last date" resting on such data
says so (the reason names each stale input with its age), and a condition on
them at the last date is unknown, not true (see
:attr:`leadwatch.catalog.SeriesSpec.max_age`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

import pandas as pd

from leadwatch.catalog import get_series

if TYPE_CHECKING:
    from leadwatch.theses.evaluate.context import Context

__all__ = ["hypothesis_ids", "stale_inputs"]


def hypothesis_ids(h: Any) -> list[str]:
    """Catalog ids a hypothesis reads (leader, follower, controls, target, pair, conditions)."""
    ids: list[str] = []
    for name in ("leader", "follower", "target", "versus", "series"):
        value = getattr(h, name, None)
        if isinstance(value, str):
            ids.append(value)
    ids += list(getattr(h, "controls", ()) or ()) + list(getattr(h, "pair", ()) or ())
    ids += [c.series for c in getattr(h, "when", ()) or ()]
    return list(dict.fromkeys(ids))


def stale_inputs(
    ids: Sequence[str], values: Mapping[str, pd.Series], end: pd.Timestamp
) -> list[str]:
    """``id (last DATE, N days old)`` for each input older than its ``max_age`` at ``end``.

    Examples
    --------
    >>> gpr = pd.Series([1.0, 2.0], index=pd.to_datetime(["2026-03-13", "2026-03-16"]))
    >>> stale_inputs(["gpr"], {"gpr": gpr}, pd.Timestamp("2026-08-21"))
    ['gpr (last 2026-03-16, 158 days old)']
    >>> stale_inputs(["gpr"], {"gpr": gpr}, pd.Timestamp("2026-03-20"))
    []
    """
    out = []
    for sid in ids:
        series = values.get(sid)
        if series is None or series.dropna().empty:
            continue
        spec = get_series(sid)
        last = pd.Timestamp(series.dropna().index.max())
        end_of_period = spec.period_end(pd.DatetimeIndex([last]))[0]
        if end - end_of_period > spec.max_age:
            out.append(f"{sid} (last {last:%Y-%m-%d}, {(end - last).days} days old)")
    return out


def state_at_end(active: bool | None, ids: Sequence[str], ctx: Context) -> str:
    """How a condition stands at the context's last date: unknown when an input is stale."""
    if stale_inputs(ids, ctx.values, ctx.end) or active is None:
        return "is unknown (stale or missing data)"
    return "holds" if active else "does not hold"
