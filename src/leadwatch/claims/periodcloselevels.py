"""A price told as the close of a past period ("ended the week at $4,254", "finished the
month at $65,000") or of the week before ("near $3,300 last week"): dating evidence (pure).

A period's close is read as the checker reads it
(:func:`leadwatch.claims.levelgrade.period_close`): the latest week, month or year ended by
the article date, or the current one once two thirds of it are past (its close so far).
Over the article dates such a level holds where that close held it, so it tells the days
after one week's close apart from those after another, where a level of the article's own
day would vote for whichever days the price came back to. A level said of the week
before is :mod:`leadwatch.claims.lastweeklevels`.

Examples
--------
>>> from leadwatch.claims import extract_claims
>>> ex = extract_claims("Gold climbed to $4,380 before ending the week at $4,254.")
>>> [c.words for c in ex.claims if past_period_level(c)]
['at $4,254']
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from leadwatch.claims.lastweeklevels import last_week_level_days, said_last_week
from leadwatch.claims.market import Market, level_days
from leadwatch.claims.model import Claim

__all__ = ["past_period_level", "past_period_level_days", "period_close_days"]

#: The period codes of a close told without naming its month or year (``end:W``).
_PERIODS = {"W": "W-FRI", "M": "ME", "Y": "YE"}


def past_period_level(c: Claim) -> bool:
    """Is ``c`` a level of a latest period's close or of the week before the article?"""
    return said_last_week(c) or (c.kind == "level" and (c.window or "")[4:] in _PERIODS)


def past_period_level_days(c: Claim, market: Market, calendar: pd.DatetimeIndex) -> pd.Series:
    """Over ``calendar`` (article dates): did ``c``'s level hold on its period's close
    (on a day of the week before, for a level said of last week)?"""
    if said_last_week(c):
        return last_week_level_days(c, market, calendar)
    assert c.asset is not None and c.op is not None and c.level is not None
    held = level_days(market, c.asset, c.op, c.level)
    held = held.groupby(pd.DatetimeIndex(held.index).normalize()).max()
    read_on = period_close_days(pd.DatetimeIndex(held.index), (c.window or "")[4:], calendar)
    at = held.index.searchsorted(read_on, side="right") - 1  # the last close by then
    values = np.where(at >= 0, held.to_numpy(dtype=bool)[np.maximum(at, 0)], False)
    return pd.Series(values, index=calendar)


def period_close_days(
    trading: pd.DatetimeIndex, period: str, calendar: pd.DatetimeIndex
) -> pd.DatetimeIndex:
    """For each article date, the day whose close is the latest ``period``'s close (``W``,
    ``M``, ``Y``): the last period ended by then, or the current month or year, read to the
    article date, once two thirds of it are past (a week's close is its last session's).

    >>> days = pd.bdate_range("2025-10-01", "2025-10-31")
    >>> on = pd.to_datetime(["2025-10-18", "2025-10-21", "2025-10-23"])
    >>> [str(d.date()) for d in period_close_days(days, "W", on)]
    ['2025-10-17', '2025-10-17', '2025-10-17']
    >>> months = pd.bdate_range("2025-09-01", "2025-10-31")
    >>> [str(d.date()) for d in period_close_days(months, "M", on)]
    ['2025-09-30', '2025-10-21', '2025-10-23']
    """
    span = pd.date_range(min(trading[0], calendar[0]), max(trading[-1], calendar[-1]))
    ends = pd.Series(span, index=span).resample(_PERIODS[period]).last().index
    i = ends.searchsorted(calendar, side="right") - 1
    last = pd.DatetimeIndex(ends[np.maximum(i, 0)])
    following = pd.DatetimeIndex(ends[np.minimum(i + 1, len(ends) - 1)])
    length = (following - last).days.to_numpy()
    current = (calendar - last).days.to_numpy() * 3 >= 2 * length
    current &= period != "W"  # "ended the week at": told once its last session is over
    return pd.DatetimeIndex(np.where(current & (length > 0), calendar, last))
