"""The largest swing inside a span of years (pure).

"Bitcoin fell 78% in 2021-2022" is read by markets as the peak-to-trough fall inside the
span, "gained 150% over 2023-2024" usually as start to end. A multi-year move whose stated
size misses the start-to-end change is therefore graded on the largest fall (a peak and a
later trough) or rise (a trough and a later peak) inside the span.

Examples
--------
>>> import pandas as pd
>>> from leadwatch.claims.market import Market
>>> days = pd.date_range("2021-01-01", periods=5, freq="90D")
>>> m = Market({"btc": pd.Series([30.0, 60.0, 40.0, 15.0, 20.0], index=days)})
>>> ch, d0, v0, d1, v1 = span_swing(m, "btc", days[0], days[-1], up=False)
>>> round(ch, 2), v0, v1
(-0.75, 60.0, 15.0)
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from leadwatch.claims.market import Market

__all__ = ["span_swing"]


def span_swing(
    market: Market, asset: str, start: pd.Timestamp, end: pd.Timestamp, up: bool
) -> tuple[float, pd.Timestamp, float, pd.Timestamp, float]:
    """The largest rise (``up``) or fall inside ``start..end``: ``(change, first day, its
    value, last day, its value)``; the change is ``nan`` with fewer than two closes."""
    seen = market.close(asset).loc[start:end].dropna()
    if len(seen) < 2:
        return np.nan, start, np.nan, end, np.nan
    v = seen.to_numpy(dtype=float)
    # the extreme so far: a rise is measured from the lowest close before, a fall from the highest
    anchor = np.minimum.accumulate(v) if up else np.maximum.accumulate(v)
    moves = v - anchor if market.is_rate(asset) else v / anchor - 1.0
    j = int(np.argmax(moves) if up else np.argmin(moves))
    i = int(np.flatnonzero(v[: j + 1] == anchor[j])[-1])
    first, last = pd.Timestamp(seen.index[i]), pd.Timestamp(seen.index[j])
    return float(moves[j]), first, float(v[i]), last, float(v[j])
