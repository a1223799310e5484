"""A spot quote of a metal graded on its futures' range gets the basis (0.5%) as slack; a
coin graded on its own range only the feeds' difference (0.1%)."""

from __future__ import annotations

import pandas as pd
import pytest

from leadwatch.claims.market import Market, level_days

_DAYS = pd.bdate_range("2026-01-26", periods=4)


def _market() -> Market:
    fix = pd.Series(5400.0, index=_DAYS)  # the noon fix: far from the quotes
    futures = pd.DataFrame({"low": 5100.0, "high": 5586.2}, index=_DAYS)
    coin = pd.Series(90_000.0, index=_DAYS)
    coin_range = pd.DataFrame({"low": 88_000.0, "high": 93_000.0}, index=_DAYS)
    return Market({"gold": fix, "btc": coin}, {"gold": futures, "btc": coin_range})


@pytest.mark.parametrize(
    ("asset", "level", "held"),
    [
        ("gold", 5594.82, True),  # 0.15% over the futures' high: the basis
        ("gold", 5640.0, False),  # 1% over it
        ("btc", 93_050.0, True),  # 0.05% over its own high: another feed
        ("btc", 93_300.0, False),  # 0.3% over: no basis for a coin's own range
    ],
)
def test_a_quote_off_the_range(asset: str, level: float, held: bool) -> None:
    assert bool(level_days(_market(), asset, "at", level).iloc[0]) is held


def test_a_fixs_day_high_may_sit_above_a_thin_futures_range() -> None:
    fix = pd.Series(49.01, index=_DAYS)  # the noon fix, 1.1% under the stated high
    thin = pd.DataFrame({"low": 47.89, "high": 48.66}, index=_DAYS)  # a thin front month
    coin = pd.Series(90_000.0, index=_DAYS)
    coin_range = pd.DataFrame({"low": 88_000.0, "high": 91_000.0}, index=_DAYS)
    m = Market({"silver": fix, "btc": coin}, {"silver": thin, "btc": coin_range})
    assert bool(level_days(m, "silver", "day:high", 49.56).iloc[0])
    assert not bool(level_days(m, "btc", "day:high", 91_900.0).iloc[0])  # its own range rules
