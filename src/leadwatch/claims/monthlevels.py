"""A price placed in a month named without a day ("the coin that touched $126,000 in
October", "silver hit $50 in October 2025") dates the article after that month (pure).

Such a price is no evidence of the article's day, but of its year: for each candidate
article date, the last such month up to it (the year named, else the latest one on or
before the date) must have traded at that price (a close within the quoted band or a day's
range that held it, :func:`.closeness.quoted_level_days`) by that date.

Examples
--------
>>> from leadwatch.claims.model import Claim
>>> c = Claim(0, "level", "btc", "touched $1", op="at", level=1.0, when=("month", (0, 10)))
>>> month_level(c), month_level(Claim(0, "level", "btc", "at $1", op="at", level=1.0))
(True, False)
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from leadwatch.claims.closeness import quoted_level_days
from leadwatch.claims.market import Market
from leadwatch.claims.model import Claim

__all__ = ["held_in_month", "level_in_month", "month_level"]


def month_level(claim: Claim) -> bool:
    """Whether ``claim`` is a price quoted "at" a month named without a day."""
    return (
        claim.kind == "level"
        and claim.op == "at"
        and claim.level is not None
        and claim.window is None
        and claim.when is not None
        and claim.when[0] == "month"
    )


def level_in_month(claim: Claim, market: Market, calendar: pd.DatetimeIndex) -> pd.Series:
    """For each article date of ``calendar``: did the price trade at ``claim``'s level in
    the last month it names, up to that date?

    Parameters
    ----------
    claim : Claim
        A level quoted in a named month (:func:`month_level`).
    market : Market
        The prices.
    calendar : pandas.DatetimeIndex
        The candidate article dates.

    Returns
    -------
    pandas.Series
        Per article date, whether the level held in that month.
    """
    assert claim.when is not None and claim.level is not None
    year, month = claim.when[1]
    held = quoted_level_days(market, claim.asset or "", "at", claim.level)
    return held_in_month(held, calendar, year, month)


def held_in_month(
    held: pd.Series, calendar: pd.DatetimeIndex, year: int | None, month: int
) -> pd.Series:
    """For each article date of ``calendar``: was ``held`` true on some day of the last
    ``month`` up to that date (of ``year`` when given)?

    Examples
    --------
    >>> held = pd.Series([True], index=pd.to_datetime(["2025-10-06"]))
    >>> days = pd.date_range("2025-09-01", "2026-10-31")
    >>> out = held_in_month(held, days, None, 10)
    >>> out[["2025-09-30", "2025-10-05", "2025-10-20", "2026-09-30", "2026-10-01"]].tolist()
    [False, False, True, True, False]
    >>> sparse = pd.to_datetime(["2025-10-20", "2026-10-01"])  # days far apart
    >>> held_in_month(held, pd.DatetimeIndex(sparse), None, 10).tolist()
    [True, False]
    """
    held = held.groupby(pd.DatetimeIndex(held.index).normalize()).max().astype(int)
    count = held.cumsum().reindex(held.index.union(calendar)).ffill().fillna(0)
    days = calendar
    years = year if year else np.where(days.month >= month, days.year, days.year - 1)
    frame = {"year": np.broadcast_to(years, len(days)), "month": month, "day": 1}
    starts = pd.DatetimeIndex(pd.to_datetime(pd.DataFrame(frame)))
    ends = np.minimum(starts + pd.offsets.MonthEnd(0), days)
    before = count.reindex(starts - pd.Timedelta(days=1), method="ffill").fillna(0).to_numpy()
    upto = count.reindex(pd.DatetimeIndex(ends), method="ffill").fillna(0).to_numpy()
    return pd.Series((upto > before) & (starts <= days), index=calendar)
