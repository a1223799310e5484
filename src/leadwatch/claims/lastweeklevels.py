"""A price said of the week before the article ("slipped through support near $3,300 last
week", "hit $2,500 last week", "last week's high of $4,100") or of its own week so far
("rose above 4.8% this week"): dating evidence (pure).

Graded as the checker does (:func:`leadwatch.claims.anchorgrade.anchor_span`, ``prev:week``:
some day of the 13 days before the article holds the level), such a claim holds for an
article date when the level held on one of the 13 days before it; it tells the article's
week apart from others where the price is the same today but was not a week before. One of
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

#: Days before the article that count as "last week" (as the checker grades it).
_BACK = 13
_WINDOWS = frozenset(f"ext:{side}:prev:week" for side in ("", "high", "low"))
_THIS_WEEK = frozenset(f"ext:{side}:this:week" for side in ("", "high", "low"))


def said_last_week(c: Claim) -> bool:
    """Is ``c`` a price level said of the week before the article, or of its week so far?"""
    week = c.window in _WINDOWS | _THIS_WEEK or c.when == ("last", "week")
    return c.kind == "level" and week


def last_week_level_days(c: Claim, market: Market, calendar: pd.DatetimeIndex) -> pd.Series:
    """Over ``calendar`` (daily article dates): did ``c``'s level hold on one of the 13
    days before (for a level of this week: on a day of the week so far, or the day before)?"""
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
    before = daily.rolling(f"{_BACK}D").max().shift(1, freq="D")
    return before.reindex(calendar).fillna(0.0).astype(bool)
