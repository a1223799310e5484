"""A move told of a named month ("bitcoin plummeted 17.5% in November", "gold rose 8% in
October 2025") as dating evidence (pure).

Such a move holds for an article date when the last such month up to it (of the year
given, else the latest) moved by the stated size: from the last close before the month to
its last close, or, while the month is under way, to the article date's close (a month to
date). The size is read with the tolerance of every stated move
(:func:`leadwatch.claims.clauses.fits_stated`). Rates, whose moves are told in points, are
no evidence here.

Examples
--------
>>> from leadwatch.claims.market import Market
>>> days = pd.bdate_range("2025-09-01", "2025-12-31")
>>> btc = pd.Series(100.0, index=days)
>>> btc[days >= "2025-11-01"] = 82.5  # November: -17.5%
>>> c = Claim(0, "percent", "btc", "17.5%", "down", pct=17.5, when=("month", (0, 11)))
>>> held = month_move_days(c, Market({"btc": btc}), pd.date_range("2025-10-15", "2025-12-15"))
>>> held[["2025-10-15", "2025-11-20", "2025-12-15"]].tolist()
[False, True, True]
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from leadwatch.claims.clauses import fits_stated
from leadwatch.claims.market import Market
from leadwatch.claims.model import Claim

__all__ = ["month_move", "month_move_days"]


def month_move(claim: Claim) -> bool:
    """Whether ``claim`` is a percentage move told of a named month, with no window."""
    return (
        claim.kind == "percent"
        and claim.pct is not None
        and claim.window is None
        and claim.when is not None
        and claim.when[0] == "month"
    )


def month_move_days(claim: Claim, market: Market, calendar: pd.DatetimeIndex) -> pd.Series:
    """Per article date of ``calendar``: did the last named month up to it move as stated?"""
    assert claim.when is not None and claim.asset is not None and claim.pct is not None
    if market.is_rate(claim.asset):
        return pd.Series(True, index=calendar)
    year, month = claim.when[1]  # type: ignore[misc]
    years = year or np.where(calendar.month >= month, calendar.year, calendar.year - 1)
    frame = {"year": np.broadcast_to(years, len(calendar)), "month": month, "day": 1}
    starts = pd.DatetimeIndex(pd.to_datetime(pd.DataFrame(frame)))
    ends = pd.DatetimeIndex(np.minimum(starts + pd.offsets.MonthEnd(0), calendar))
    closes = market.close(claim.asset)
    before = starts - pd.Timedelta(days=1)
    wanted = closes.index.union(before.unique()).union(ends.unique())
    carried = closes.reindex(wanted).ffill()  # the last close by each day
    base = carried.reindex(before).to_numpy(dtype=float)
    last = carried.reindex(ends).to_numpy(dtype=float)
    stated = claim.pct / 100 * (1 if claim.op == "up" else -1)
    with np.errstate(divide="ignore", invalid="ignore"):
        change = last / base - 1.0
    ok = [
        bool(np.isfinite(ch)) and fits_stated(float(ch), stated, claim.qualifiers) for ch in change
    ]
    return pd.Series(np.asarray(ok) & (calendar >= starts), index=calendar)
