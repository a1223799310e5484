"""Moves over the calendar week or month before the article's, as dating evidence (pure).

"Gold added 2.4% last week", "bitcoin posted a nearly 8% gain last month": a
move over the calendar period before the one the article is written in (window
``calweek:last`` or ``calmonth:last``, :func:`leadwatch.claims.spans.last_period`) holds
on the days of the period after one whose change matches it within the move tolerance
(1 point or a quarter of the stated move, as :func:`leadwatch.claims.market.window_move_days`).
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from leadwatch.claims.extract import Claim
from leadwatch.claims.market import Market
from leadwatch.claims.movetolerance import move_tolerance
from leadwatch.claims.spans import last_period

__all__ = ["LAST_PERIODS", "last_period_move_days"]

#: The windows of a move over the calendar period before the article's.
LAST_PERIODS = ("calweek:last", "calmonth:last")


def last_period_move_days(claim: Claim, market: Market, calendar: pd.DatetimeIndex) -> pd.Series:
    """Over ``calendar``: does the stated move of ``claim`` match the change over the
    calendar week (month) before each day's?

    Parameters
    ----------
    claim : Claim
        A percent claim with a window of :data:`LAST_PERIODS` and an asset in the store.
    market : Market
        The price store.
    calendar : pandas.DatetimeIndex
        The candidate article dates.

    Returns
    -------
    pandas.Series
        Booleans over ``calendar``.
    """
    assert claim.asset is not None and claim.window in LAST_PERIODS
    unit = claim.window[3:-5]
    stated = (claim.pct or 0.0) / 100 * (1 if claim.op == "up" else -1)
    close = market.close(claim.asset).dropna()
    close = close.groupby(pd.DatetimeIndex(close.index).normalize()).last()
    ends = [last_period(unit, pd.Timestamp(d)) for d in calendar]
    base = _as_of(close, pd.DatetimeIndex([s for s, _, _ in ends]))
    last = _as_of(close, pd.DatetimeIndex([e for _, e, _ in ends]))
    change = last - base if market.is_rate(claim.asset) else last / base - 1.0
    tolerance = move_tolerance(stated)
    held = np.nan_to_num(np.abs(change - stated), nan=np.inf) <= tolerance
    return pd.Series(held, index=calendar)


def _as_of(close: pd.Series, days: pd.DatetimeIndex) -> np.ndarray:
    """The last close on or before each of ``days`` (NaN before the first)."""
    at = np.searchsorted(pd.DatetimeIndex(close.index).to_numpy(), days.to_numpy(), side="right")
    values = np.concatenate([[np.nan], close.to_numpy(dtype=float)])
    return np.asarray(values[at], dtype=float)
