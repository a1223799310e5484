"""A day's high or low quoted from another feed, a hair outside the stored range, holds;
close-to-close grading gets no such tolerance."""

from __future__ import annotations

import pandas as pd
import pytest

from leadwatch.claims import extract_claims
from leadwatch.claims.check import check_claims
from leadwatch.claims.market import FEED_TOLERANCE, Market, level_days

DAYS = pd.date_range("2025-08-01", periods=30)
ARTICLE = DAYS[-1]


def _market() -> Market:
    closes = pd.Series(111_000.0, index=DAYS)
    ranges = pd.DataFrame({"low": 105_000.0, "high": 116_000.0}, index=DAYS)
    return Market({"btc": closes}, {"btc": ranges})


@pytest.mark.parametrize(
    "text",
    [
        "Bitcoin fell to $104,958 today.",  # 0.04% under the stored low, 5% under the close
        "Bitcoin slid as low as $104,950 today.",
        "Bitcoin dipped below $104,950 today.",
        "Bitcoin touched $116,080 today.",  # 0.07% over the stored high
    ],
)
def test_an_extreme_a_hair_outside_the_range_holds(text: str) -> None:
    levels = [
        c for c in check_claims(extract_claims(text), ARTICLE, _market()) if c.claim.kind == "level"
    ]
    assert [c.status for c in levels] == ["confirmed"]


@pytest.mark.parametrize(
    "text", ["Bitcoin fell to $104,000 today.", "Bitcoin touched $117,000 today."]
)
def test_a_level_well_outside_the_range_still_fails(text: str) -> None:
    levels = [
        c for c in check_claims(extract_claims(text), ARTICLE, _market()) if c.claim.kind == "level"
    ]
    assert [c.status for c in levels] == ["contradicted"]


def test_the_tolerance_is_small_and_leaves_closes_alone() -> None:
    assert 0 < FEED_TOLERANCE <= 0.0025
    closes = pd.Series([100.0, 103.0], index=DAYS[:2])
    m = Market({"x": closes})  # no range: the close rule alone (±2% for "at")
    assert level_days(m, "x", "at", 100.0 * 1.0205).tolist() == [False, True]


@pytest.mark.parametrize(
    ("op", "level", "held"),
    [
        ("above", 116_400.0, True),  # the stored high 0.34% short: a session's range, spot went on
        ("below", 104_600.0, True),  # the stored low 0.38% over
        ("above", 117_500.0, False),  # 1.3% over the high: never
        ("below", 103_000.0, False),
    ],
)
def test_a_crossing_gets_the_close_slack_on_the_day_range(
    op: str, level: float, held: bool
) -> None:
    assert bool(level_days(_market(), "btc", op, level).any()) is held
