"""A level a period started at ("began March at $84,000", "opened the week at $30") dates
the article by that start, not by its own day (pure).

The level held around the period's first day (from 3 days before it to the day after, as
:mod:`leadwatch.claims.levelgrade` grades it), so over the article dates it votes for
the days whose period (a named month: its last first day on or before the article date;
"the month", "the week": the article's own) opened there, within :data:`_AFTER` days
of that start (the start of a month is quoted while it is recent); read as a level of
the article's own day, it voted for the wrong days (a price since left far behind).

Examples
--------
>>> from leadwatch.claims.market import Market
>>> from leadwatch.claims.model import Claim
>>> days = pd.date_range("2025-01-01", "2026-03-31")
>>> eth = pd.Series(2000.0, index=days)
>>> eth.loc["2025-01-29":"2025-02-03"] = 3200.0
>>> c = Claim(0, "level", "eth", "$3,200", "at", level=3200.0, when=("start", "month:2"))
>>> held = start_level_days(c, Market({"eth": eth}), days)
>>> [str(d.date()) for d in days[held]][:: int(held.sum()) - 1]
['2025-02-01', '2025-05-03']
>>> bool(held.loc["2026-02-20"])
False
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from leadwatch.claims.market import Market, level_days
from leadwatch.claims.model import Claim

__all__ = ["start_level_days", "starts_period"]

#: Days after the period's start that an article still quotes it.
_AFTER = 91
#: Days before the period's first day that its opening level may be quoted from.
_BEFORE = 3


def starts_period(claim: Claim) -> bool:
    """Whether ``claim`` is a level a month or a week started at."""
    return claim.kind == "level" and claim.when is not None and claim.when[0] == "start"


def _openings(calendar: pd.DatetimeIndex, period: str) -> pd.DatetimeIndex:
    """Each article date's period start: its week's Monday, its month's first day, or the
    last first day of the named month (``month:N``) on or before it."""
    if period == "week":
        return calendar - pd.to_timedelta(calendar.day_of_week, unit="D")
    if period.startswith("month:"):
        month = int(period[6:])
        years = calendar.year - (month > calendar.month).astype(int)
        return pd.DatetimeIndex(pd.to_datetime({"year": years, "month": month, "day": 1}))
    return calendar - pd.to_timedelta(calendar.day - 1, unit="D")


def start_level_days(claim: Claim, market: Market, calendar: pd.DatetimeIndex) -> pd.Series:
    """Over ``calendar`` (article dates): did the level hold as the claim's period opened?"""
    assert claim.asset is not None and claim.op is not None and claim.level is not None
    held = level_days(market, claim.asset, claim.op, claim.level)
    held = held.groupby(pd.DatetimeIndex(held.index).normalize()).max()
    span = pd.date_range(
        min(calendar[0], held.index[0]) - pd.Timedelta(days=40), calendar[-1], freq="D"
    )
    daily = held.reindex(span, fill_value=False).astype(float)
    opened = daily.rolling(_BEFORE + 2, min_periods=1).max().shift(-1, fill_value=0.0)
    openings = pd.DatetimeIndex(_openings(calendar, str(claim.when[1])))  # type: ignore[index]
    values = np.asarray(opened.reindex(openings, fill_value=0.0).to_numpy()) > 0
    recent = np.asarray(calendar - openings) <= np.timedelta64(_AFTER, "D")
    return pd.Series(values & recent, index=calendar)
