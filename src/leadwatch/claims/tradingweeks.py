"""A round-the-clock asset's "last week" read as the trading week (pure).

"Last week" is graded over the calendar week before the article's: for bitcoin, from the
Sunday close before it to its own Sunday close (:func:`leadwatch.claims.spans.last_period`).
A text that tallies markets by the trading week (stocks, then crypto in the same review)
measures the coin from Friday's close to the next Friday's close instead. Where a stated
move of last week does not fit the calendar week, :func:`trading_week` grades it again over
that trading week, and says so; a move that fits neither stays contradicted.

Examples
--------
>>> import pandas as pd
>>> friday_code(pd.Timestamp("2026-03-09"))  # a Monday: the week to Friday 6 March
'between:February 28:March 6'
>>> friday_code(pd.Timestamp("2026-03-07"))  # a Saturday: the week just ended
'between:February 28:March 6'
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

import pandas as pd

from leadwatch.claims.closeness import round_the_clock
from leadwatch.claims.market import Market
from leadwatch.claims.model import Claim

__all__ = ["friday_code", "trading_week"]

Result = tuple[str, str, dict[str, Any]]
Checker = Callable[[Claim, pd.Timestamp, Market], Result]


def friday_code(day: pd.Timestamp) -> str:
    """The window code of the trading week before ``day`` (the week just ended at the
    weekend): from the Friday close before it to its Friday close."""
    day = day.normalize()
    end = day if day.weekday() >= 5 else day - pd.Timedelta(days=day.weekday() + 1)
    friday = end - pd.Timedelta(days=(end.weekday() - 4) % 7)
    first = friday - pd.Timedelta(days=6)
    return f"between:{first:%B} {first.day}:{friday:%B} {friday.day}"


def trading_week(c: Claim, day: pd.Timestamp, market: Market, checker: Checker) -> Result | None:
    """``c`` (a stated move of last week of a round-the-clock asset, contradicted over the
    calendar week) confirmed over the trading week, else ``None`` (module doc)."""
    if c.kind != "percent" or c.window != "calweek:last" or c.pct is None or c.asset is None:
        return None
    if not round_the_clock(market, c.asset):
        return None
    found = checker(replace(c, window=friday_code(day)), day, market)
    if found[0] != "confirmed":
        return None
    note = "; read over the trading week, Friday to Friday closes (the calendar week does not fit)"
    return found[0], found[1] + note, found[2]
