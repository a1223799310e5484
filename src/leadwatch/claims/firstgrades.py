"""Grading a record told as a first-ever crossing of a stated level (pure).

"The metal topped $2,600 an ounce for the first time in late March", "silver went
above $40 for the first time on Tuesday": the record is the crossing
(:func:`leadwatch.claims.milestones.first_time_levels` gives it the level), so it holds
when the asset first reached that level (close or day's range,
:func:`leadwatch.claims.firsttime.first_crossing_days`) within the time the sentence
names: the month named (the latest on or before the article date when no year is given),
else the day named (or the article's day), give or take the trading day next to it; a
level crossed "for the second time in a week" was first reached within that week before it
(qualifier ``within:7``).
"""

from __future__ import annotations

from typing import Any

import pandas as pd

from leadwatch.claims.anchorgrade import anchor_span
from leadwatch.claims.dating import event_day
from leadwatch.claims.firsttime import first_crossing_days
from leadwatch.claims.market import Market
from leadwatch.claims.model import Claim

__all__ = ["first_ever_record"]

#: How near a close-only series' close must come to a level for a touch within the session
#: to be possible (the S&P 500 traded above 7,000 on a day it closed at 6,978.6).
_TOUCH_SHARE = 0.01
_UNSEEN = (
    f" by its closes; the store holds no intraday range and a close came within "
    f"{_TOUCH_SHARE:.0%} of it: a touch within a session cannot be seen"
)


def first_ever_record(
    c: Claim, day: pd.Timestamp, market: Market
) -> tuple[str, str, dict[str, Any]]:
    """Whether ``asset`` first reached ``c.level`` in the time ``c`` names (module doc),
    the article dated ``day``.

    >>> from dataclasses import replace
    >>> days = pd.bdate_range("2025-01-06", periods=6)
    >>> m = Market({"gold": pd.Series([98.0, 99.0, 101.0, 99.0, 102.0, 103.0], index=days)})
    >>> rec = Claim(0, "record", "gold", "first time", "high", 100.0, when=("weekday", 2))
    >>> first_ever_record(rec, pd.Timestamp("2025-01-10"), m)[0]
    'confirmed'
    >>> first_ever_record(replace(rec, when=("weekday", 4)), pd.Timestamp("2025-01-10"), m)[0]
    'contradicted'
    """
    assert c.asset is not None and c.level is not None
    side = "below" if c.op == "low" else "above"
    crossed = first_crossing_days(market, c.asset, c.level, side).loc[:day]
    hits = crossed.index[crossed.to_numpy(dtype=bool)]
    if len(hits) == 0:
        text = f"{market.source(c.asset)} never reached {c.level:,.2f}"
        if _unseen_touch(c, day, market):
            return "inconclusive", text + _UNSEEN, {}
        return "contradicted", text, {}
    start, end = _period(c, day)
    first = hits[-1]  # the crossing day itself (the day before it also counts as one)
    ok = bool(((hits >= start) & (hits <= end)).any())
    text = (
        f"{market.source(c.asset)} first reached {c.level:,.2f} on {first.date()}; "
        f"the text says {start.date()}..{end.date()}"
    )
    return ("confirmed" if ok else "contradicted"), text, {"first": str(first.date())}


def _period(c: Claim, day: pd.Timestamp) -> tuple[pd.Timestamp, pd.Timestamp]:
    """The days the claim's time names: a month, a past time of its sentence's level
    ("in early 2026, gold broke $5,000 for the first time": ``ext:`` window), else the day
    named and its neighbours."""
    window = c.window or ""
    span = anchor_span(window.split(":", 2)[2], day) if window.startswith("ext:") else None
    if span is not None:
        return span[0], span[1]
    if c.when is not None and c.when[0] == "month":
        year, month = c.when[1]
        year = year or (day.year if month <= day.month else day.year - 1)
        start = pd.Timestamp(year=year, month=month, day=1)
        return start, start + pd.offsets.MonthEnd(0)
    on = event_day(c.when, day)
    within = next((int(q[7:]) for q in c.qualifiers if q.startswith("within:")), 0)
    return on - pd.Timedelta(days=1 + within), on + pd.Timedelta(days=1)


def _unseen_touch(c: Claim, day: pd.Timestamp, market: Market) -> bool:
    """Whether a series stored without a high-low range closed within :data:`_TOUCH_SHARE`
    of ``c.level`` in the week to the day the claim names: a first touch within a session
    is then possible and unseen."""
    assert c.asset is not None and c.level is not None
    if market.range_on(c.asset, day) is not None or c.asset in market.ranges:
        return False
    start, end = _period(c, day)
    closes = market.close(c.asset).loc[start - pd.Timedelta(days=6) : end]
    if closes.empty:
        return False
    near = closes.min() / c.level - 1 if c.op == "low" else 1 - closes.max() / c.level
    return bool(near <= _TOUCH_SHARE)
