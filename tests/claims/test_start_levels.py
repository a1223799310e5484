"""A level the article's week opened at votes for the days of that week (claims.startlevels)."""

from __future__ import annotations

import pandas as pd

from leadwatch.claims.market import Market
from leadwatch.claims.model import Claim
from leadwatch.claims.startlevels import start_level_days


def _week_claim() -> Claim:
    return Claim(0, "level", "eth", "$3,200", "at", level=3200.0, when=("start", "week"))


def test_every_day_of_the_week_that_opened_at_the_level_is_held() -> None:
    days = pd.date_range("2025-02-01", "2025-03-31")
    eth = pd.Series(2000.0, index=days)
    eth.loc["2025-03-03"] = 3200.0  # a Monday
    held = start_level_days(_week_claim(), Market({"eth": eth}), days)
    week = held.loc["2025-03-03":"2025-03-09"]
    assert week.all()  # Monday to Sunday: the week opened on Monday 3 March
    assert not held.loc["2025-03-10":].any()  # the next week opened at 2,000
    assert not held.loc[:"2025-03-02"].any()  # the week before opened on 24 February


def test_a_level_reached_midweek_is_not_the_weeks_opening() -> None:
    days = pd.date_range("2025-02-01", "2025-03-31")
    eth = pd.Series(2000.0, index=days)
    eth.loc["2025-03-12"] = 3200.0  # a Wednesday
    held = start_level_days(_week_claim(), Market({"eth": eth}), days)
    assert not held.any()
