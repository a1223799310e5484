"""A price said of the week before the article ("slipped through support near $3,300 last
week", "hit $2,500 last week", "last week's high of $4,100") or of its own week so far
("rose above 4.8% this week"): dating evidence (pure).

The checker grades it leniently (:func:`leadwatch.claims.anchorgrade.anchor_span`,
``prev:week``: some day of the 13 days before the article holds the level); as evidence of
the date it is read strictly: such a claim holds for an article date when the level held in
the calendar week before it (or, at a weekend, in the week just ended), so that a price of
Wednesday does not date a story of Thursday as "last week". It tells the article's week
apart from others where the price is the same today but was not a week before. One of
this week (``this:week``) holds when the level held on a day from the week's Monday (or the
day before the article) to the article date.

Examples
--------
>>> from leadwatch.claims import extract_claims
>>> ex = extract_claims("Gold slid after slipping through support near $3,300 last week.")
>>> [said_last_week(c) for c in ex.claims if c.kind == "level"]
[True]
"""

from __future__ import annotations

import pandas as pd

from leadwatch.claims.market import Market, level_days
from leadwatch.claims.model import Claim

__all__ = ["last_week_level_days", "said_last_week"]

_WINDOWS = frozenset(f"ext:{side}:prev:week" for side in ("", "high", "low"))
_THIS_WEEK = frozenset(f"ext:{side}:this:week" for side in ("", "high", "low"))


def said_last_week(c: Claim) -> bool:
    """Is ``c`` a price level said of the week before the article, or of its week so far?"""
    week = c.window in _WINDOWS | _THIS_WEEK or c.when == ("last", "week")
    return c.kind == "level" and week


def last_week_level_days(c: Claim, market: Market, calendar: pd.DatetimeIndex) -> pd.Series:
    """Over ``calendar`` (daily article dates): did ``c``'s level hold in the calendar week
    before (at a weekend, or in the week just ended; for a level of this week: on a day of
    the week so far, or the day before)?"""
    assert c.asset is not None and c.op is not None and c.level is not None
    held = level_days(market, c.asset, c.op, c.level)
    daily = held.groupby(pd.DatetimeIndex(held.index).normalize()).max()
    days = pd.date_range(min(daily.index.min(), calendar.min()), calendar.max())
    daily = daily.reindex(days).fillna(False).astype(float)
    if c.window in _THIS_WEEK:
        so_far = daily.groupby(pd.DatetimeIndex(days).to_period("W-SUN")).cummax()
        return (so_far.astype(bool) | daily.shift(1, fill_value=0.0).astype(bool)).reindex(
            calendar, fill_value=False
        )
    # the calendar week before the article's (at a weekend, the week just ended too): a
    # level of "last week" is of neither the article's own weekdays nor two weeks back
    weekly = daily.groupby(pd.DatetimeIndex(days).to_period("W-SUN")).max()
    week = pd.DatetimeIndex(days).to_period("W-SUN")
    prior = weekly.reindex(week - 1).to_numpy(na_value=0.0)
    own = weekly.reindex(week).to_numpy(na_value=0.0) * (pd.DatetimeIndex(days).day_of_week >= 5)
    before = pd.Series((prior + own) > 0, index=days)
    return before.reindex(calendar, fill_value=False)
