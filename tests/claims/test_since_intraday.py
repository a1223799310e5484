"""A record "since" a day named without its year also holds on a day's intraday extreme."""

from __future__ import annotations

import pandas as pd

from leadwatch.claims.anchored import yearless_since_days
from leadwatch.claims.market import Market

DAYS = pd.bdate_range("2025-03-03", periods=8)  # Mon 3 March .. Wed 12 March
CLOSE = pd.Series([100.0, 99.0, 101.0, 102.0, 101.5, 101.2, 101.4, 101.3], index=DAYS)
LOW = pd.Series([99.5, 98.2, 100.4, 101.1, 100.9, 100.6, 98.6, 100.5], index=DAYS)


def _market(ranges: bool) -> Market:
    frame = pd.DataFrame({"low": LOW, "high": CLOSE + 0.5})
    return Market({"dxy": CLOSE}, ranges={"dxy": frame} if ranges else {})


def test_an_intraday_low_is_the_lowest_since_the_named_day() -> None:
    held = yearless_since_days(_market(True), "dxy", "low", 3, 4)
    # 11 March closes at 101.4 (no low) but trades down to 98.6, the lowest since 4 March
    assert bool(held["2025-03-11"])


def test_without_a_range_only_closes_count() -> None:
    held = yearless_since_days(_market(False), "dxy", "low", 3, 4)
    assert not bool(held["2025-03-11"])


def test_a_day_whose_low_is_not_beyond_the_span_does_not_hold() -> None:
    held = yearless_since_days(_market(True), "dxy", "low", 3, 4)
    # 12 March: its low 100.5 is above 11 March's 98.6, a day after the named span
    assert not bool(held["2025-03-12"])
