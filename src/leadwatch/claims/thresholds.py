"""A record told with the level it crossed: "passing $33 for the first time since October",
"back over $100,000 for the first time in five months", "below $2,000 for the first time
since March" (pure).

The claim is about the threshold, not about the day's close being the highest since then:
the price stood beyond the level (a close, or the day's range where the store holds one)
on the date or in the sessions just before it (a crossing a few days old is still news),
and no close (nor range) went beyond it between the named time and that crossing.

Examples
--------
>>> import pandas as pd
>>> from leadwatch.claims.market import Market
>>> days = pd.bdate_range("2024-09-02", "2025-02-20")
>>> silver = pd.Series(31.0, index=days)
>>> silver[(days >= "2024-10-21") & (days <= "2024-10-25")] = 34.0  # above in October
>>> silver[days >= "2025-02-14"] = 33.1  # and again in February
>>> c = Claim(0, "record", "silver", "first time since October", "high", 33.0,
...           window="since:October", qualifiers=("threshold",))
>>> threshold_record(c, pd.Timestamp("2025-02-20"), Market({"silver": silver}))[0]
'confirmed'
"""

from __future__ import annotations

from typing import Any

import pandas as pd

from leadwatch.claims.eventwindows import fed_rates
from leadwatch.claims.firsttime import with_threshold
from leadwatch.claims.market import Market
from leadwatch.claims.model import Claim
from leadwatch.claims.records import record_bound

__all__ = ["threshold_record", "with_threshold"]

#: How old a crossing may be and still be the news ("passing $33" a few sessions ago).
RECENT = pd.Timedelta(days=10)


def threshold_record(
    c: Claim, day: pd.Timestamp, market: Market
) -> tuple[str, str, dict[str, Any]]:
    """Beyond the level lately, and on its other side from the named time until then; for
    a crossing said of an earlier month ("topped 35 in late March, a first since
    2019"), on a trading day of that month."""
    if c.when is not None and c.when[0] == "month":
        year, month = c.when[1]
        year = year or (day.year if month <= day.month else day.year - 1)
        start = pd.Timestamp(year=year, month=month, day=1)
        if start + pd.offsets.MonthEnd(0) < day.normalize():
            assert c.asset is not None
            closes = market.close(c.asset).loc[start : start + pd.offsets.MonthEnd(0)]
            tried = [_crossing(c, pd.Timestamp(d), market) for d in closes.index]
            held = [t for t in tried if t[0] == "confirmed"]  # else an earlier crossing's
            crossed = [t for t in tried if "crossed" in t[2]]
            return (held or crossed or tried or [_crossing(c, day, market)])[0]
    return _crossing(c, day, market)


#: A crossing's last time beyond the level may lie this share of the span after the date
#: named: the fix and the futures cross a round level days apart ("above $40 for the first
#: time since September 14, 2011": the fix was last above it a week later). A level is a
#: sharp line, so less than a record's slack (:data:`.records.SINCE_SLACK`).
_CROSSING_SLACK = 0.01


def _crossing(c: Claim, day: pd.Timestamp, market: Market) -> tuple[str, str, dict[str, Any]]:
    """:func:`threshold_record` on ``day``."""
    assert c.asset is not None and c.level is not None and c.window is not None
    found = record_bound(c.window, day, fed_rates(market))
    if found is None:
        return "not checkable", f"the window {c.window!r} is not a date leadwatch can read", {}
    bound, label = found
    closes = market.close(c.asset).loc[:day]
    high = c.op != "low"
    beyond = closes >= c.level if high else closes <= c.level
    near = closes >= 0.995 * c.level if high else closes <= 1.005 * c.level
    recent = near.loc[day - RECENT :].copy()
    for d in recent.index:  # "dipped below $50,000": the day's range counts (where held)
        rng = market.range_on(c.asset, pd.Timestamp(d))
        recent[d] = bool(recent[d]) or (rng is not None and _reached(rng, c.level, high))
    side = "above" if high else "below"
    if not recent.any():
        text = f"never {side} {c.level:,.2f} (close or range) in the 10 days to {day.date()}"
        return "contradicted", f"{market.source(c.asset)}: {text}", {}
    frame = market.ranges.get(c.asset)  # the days' extremes count too, like with like
    if frame is not None:
        ext = frame["high" if high else "low"].reindex(beyond.index)
        beyond = beyond | (ext >= c.level if high else ext <= c.level)
    named, bound = bound, bound + max(pd.Timedelta(0), (day - bound) * _CROSSING_SLACK)
    since = beyond.loc[bound + pd.Timedelta(days=1) : day - RECENT]
    crossed = pd.Timestamp(recent[recent].index[0]).date()
    if since.any():
        last = pd.Timestamp(since[since].index[-1]).date()
        text = f"was {side} {c.level:,.2f} on {last}, after {label} and before {crossed}"
        return "contradicted", f"{market.source(c.asset)} {text}", {"crossed": str(crossed)}
    text = (
        f"{side} {c.level:,.2f} from {crossed}, and never {side} it between {label} and then "
        f"(the span ends {named.date()}, give or take {_CROSSING_SLACK:.0%} of it: to "
        f"{bound.date()}, feeds differ)"
    )
    return "confirmed", f"{market.source(c.asset)} {text}", {"crossed": str(crossed)}


def _reached(rng: tuple[float, float], level: float, high: bool) -> bool:
    """Whether a day's (low, high) range reached ``level`` on the stated side."""
    return rng[1] >= level if high else rng[0] <= level
