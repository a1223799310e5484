"""A price said to stand near its all-time record ("near record highs", "near its all-time
high") is graded by its distance from the record close to date (within 2%), wherever the
record was set; a given record told with its own day or value stays as it was."""

from __future__ import annotations

import pandas as pd
import pytest

from leadwatch.claims.market import Market
from leadwatch.claims.model import Claim
from leadwatch.claims.nearrecords import near_all_time
from tests.claims.extracted import records


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Even so, the S&P 500 sits near record highs.", [("spx", "high", "ever")]),
        ("Bitcoin is near its all-time high.", [("btc", "high", "ever")]),
    ],
)
def test_near_an_all_time_record(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert records(text) == expected


def test_a_given_record_near_the_price_is_no_near_record() -> None:
    text = "Gold stayed near a record peak reached a day earlier."
    assert records(text) == [("gold", "high", None)]


def _market() -> Market:
    days = pd.bdate_range("2026-01-05", periods=10)
    values = [100.0, 104.0, 110.0, 108.0, 107.0, 106.0, 105.0, 104.0, 100.0, 109.0]
    return Market({"spx": pd.Series(values, index=days)})


def test_near_all_time_grades_by_distance() -> None:
    c = Claim(0, "record", "spx", "record highs", "high", window="ever", qualifiers=("near",))
    days = pd.bdate_range("2026-01-05", periods=10)
    assert near_all_time(c, days[-1], _market())[0] == "confirmed"  # 0.9% off
    assert near_all_time(c, days[-2], _market())[0] == "contradicted"  # 3.8% and 9.1% off
