"""The day a claim is about, given the article's date (pure, no other claims module).

Kept apart from :mod:`leadwatch.claims.dating` so that graders the extractor also reads
(ratios, past levels) can place a claim's day without importing the dating machinery.

Examples
--------
>>> import pandas as pd
>>> event_day(("weekday", 0), pd.Timestamp("2026-03-05")).date()  # Monday before a Thursday
datetime.date(2026, 3, 2)
>>> event_day(("date", (12, 31)), pd.Timestamp("2026-01-10")).date()
datetime.date(2025, 12, 31)
"""

from __future__ import annotations

from typing import Any

import pandas as pd

__all__ = ["event_day"]

_DAY = pd.Timedelta(days=1)


def event_day(when: tuple[str, Any] | None, day: pd.Timestamp) -> pd.Timestamp:
    """The day a claim is about, given the article date ``day``."""
    if when is not None and when[0] == "weekday":
        return day - (day.weekday() - int(when[1])) % 7 * _DAY
    if when is not None and when[0] == "yesterday":
        return day - _DAY
    if when is not None and when[0] == "date":  # the last such date on or before the article's
        month, dom = when[1]
        for year in (day.year, day.year - 1):
            try:
                on = pd.Timestamp(year=year, month=month, day=dom)
            except ValueError:
                continue
            if on <= day:
                return on
    return day
