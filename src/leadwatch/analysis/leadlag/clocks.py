"""Same day, different clocks: lags that only reflect when each series is observed.

On a grid, series are observed at different times of their label: Bitcoin's
close for label ``t`` is the price at 00:00 UTC of ``t + 1``, LBMA silver's is
12:00 London on ``t``, LBMA gold's 15:00 London. A shock at 13:00 London on
``t`` is in gold's return of ``t`` but in silver's return of ``t + 1``: gold
"leads" silver by one day although nothing leads anything. In general the
leader's return at ``t`` covers ``(c_L - d, c_L]`` and the follower's at
``t + k`` covers ``(c_F + (k - 1) d, c_F + k d]`` (``c`` = observation time
relative to the label, ``d`` = the grid period), and the two overlap exactly
when ``k < 1 + (c_L - c_F) / d``. Those lags, ``1..clock_lags``, measure the
clock difference, not a lead: the battery never searches them or reports them
as a lead, and labels what they show "same day, different clocks".

Examples
--------
>>> clock_lags(24.0, 11.0, 24.0)    # Bitcoin (00:00 UTC next day) leading LBMA silver
1
>>> clock_lags(14.0, 11.0, 24.0)    # LBMA gold (15:00 London) leading silver (12:00)
1
>>> clock_lags(11.0, 24.0, 24.0)    # silver leading Bitcoin: silver is observed first
0
"""

from __future__ import annotations

import math

import numpy as np
import pandas as pd

from leadwatch.align import AlignedFrame

__all__ = ["CLOCK_LABEL", "clock_lags", "frame_clock_lags", "observation_offset_hours"]

#: How the battery labels a correlation at a clock lag.
CLOCK_LABEL = "same day, different clocks"


def clock_lags(leader_hours: float, follower_hours: float, period_hours: float) -> int:
    """Number of lags ``1..K`` at which the two series' return windows overlap in time.

    ``leader_hours`` and ``follower_hours`` are the observation instants
    relative to the grid label (hours after its 00:00 UTC; may be negative or
    above 24), ``period_hours`` the grid period (24 daily, 168 weekly).
    """
    if not (math.isfinite(leader_hours) and math.isfinite(follower_hours)):
        return 0
    diff = leader_hours - follower_hours
    if diff <= 0:
        return 0
    return math.ceil(diff / period_hours - 1e-9)


def observation_offset_hours(observed_at: pd.Series, labels: pd.DatetimeIndex) -> float:
    """Median hours from each grid label's 00:00 UTC to the observation shown there.

    ``observed_at`` holds, at each grid label where the series has a fresh
    value, the UTC instant that value was observed (NaT elsewhere).

    Examples
    --------
    >>> labels = pd.DatetimeIndex(["2024-01-02", "2024-01-03"])
    >>> seen = pd.Series(pd.to_datetime(["2024-01-03 00:00", "2024-01-04 00:00"], utc=True),
    ...                  index=labels)
    >>> observation_offset_hours(seen, labels)
    24.0
    """
    base = pd.DatetimeIndex(labels).tz_localize("UTC") if labels.tz is None else labels
    at = pd.DatetimeIndex(pd.to_datetime(observed_at, utc=True))
    hours = (at - base).total_seconds().to_numpy(dtype=np.float64) / 3600.0
    hours = hours[np.isfinite(hours)]
    return float(np.median(hours)) if len(hours) else math.nan


def frame_clock_lags(frame: AlignedFrame, leader: str, follower: str) -> int:
    """Lags at which ``leader``'s and ``follower``'s return windows overlap on ``frame``'s grid.

    Each series' observation time is the median, over its fresh grid points,
    of the catalog observation instant of the value shown there, in hours
    after the label's 00:00 UTC.
    """
    labels = pd.DatetimeIndex(frame.values.index)
    hours = {}
    for name in (leader, follower):
        fresh = frame.fresh[name].to_numpy(dtype=bool) & frame.observed[name].notna().to_numpy()
        seen = pd.DatetimeIndex(frame.observed[name])[fresh]
        stamps = pd.Series(pd.NaT, index=labels, dtype="datetime64[ns, UTC]")
        if len(seen):
            stamps.iloc[np.flatnonzero(fresh)] = frame.specs[name].observed_at(seen)
        hours[name] = observation_offset_hours(stamps, labels)
    period = 168.0 if frame.grid == "weekly" else 24.0
    return clock_lags(hours[leader], hours[follower], period)
