"""A trailing window that ends on a stated date: "a one-year gain of 70% as of Feb. 20",
"up 30% over the past year as of March 2" (pure).

A trailing window ("the past year", "a 12-month gain", "over the past 30 days") runs to the
article date unless the sentence dates its figure: then it ends on that date (the last
such date by the article's), as a fund sheet or a delayed report states it.

Examples
--------
>>> from dataclasses import replace
>>> import pandas as pd
>>> c = Claim(0, "percent", "gold", "70%", "up", pct=70.0, when=("date", (2, 20)), window="year")
>>> window_day(c, pd.Timestamp("2026-03-09")).date()
datetime.date(2026, 2, 20)
>>> window_day(replace(c, window="ytd"), pd.Timestamp("2026-03-09")).date()
datetime.date(2026, 3, 9)
"""

from __future__ import annotations

import pandas as pd

from leadwatch.claims.eventday import event_day
from leadwatch.claims.model import Claim

__all__ = ["window_day"]

_TRAILING = ("week", "month", "months", "year")


def window_day(c: Claim, day: pd.Timestamp) -> pd.Timestamp:
    """The day ``c``'s trailing window ends: its stated date, else ``day`` (module doc)."""
    window = c.window or ""
    trailing = window in _TRAILING or window.startswith(("days:", "years:"))
    if c.kind != "percent" or not trailing or c.when is None or c.when[0] != "date":
        return day
    return event_day(c.when, day)  # the last such date on or before the article's
