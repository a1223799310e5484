"""A record span counted with decimals ("a 3.25-month high", "its lowest in 2.5 years")
is read whole, in the next smaller unit, never as its decimals ("25-month")."""

from __future__ import annotations

import pandas as pd
import pytest

from leadwatch.claims import extract_claims
from leadwatch.claims.check import check_claims
from leadwatch.claims.market import Market
from tests.claims.extracted import records


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gold hit a 3.25-month high on Tuesday.", ("gold", "high", "last:14:week")),  # wire
        ("Silver fell to an 8.5-month low.", ("silver", "low", "last:36:week")),  # bank note
        ("Bitcoin is trading at a 1.5-year high.", ("btc", "high", "last:18:month")),  # crypto
        ("The dollar index touched a 2.5-week low.", ("dxy", "low", "last:18:day")),  # data page
        ("Silver hit its lowest level in 2.5 years.", ("silver", "low", "last:30:month")),
        ("Gold rose to its highest in 4.5 months.", ("gold", "high", "last:19:week")),  # regional
    ],
)
def test_a_decimal_span_is_read_whole(text: str, expected: tuple[str, str, str]) -> None:
    assert records(text) == [expected]


def test_a_decimal_span_is_graded_on_its_length() -> None:
    days = pd.bdate_range("2024-01-01", "2025-06-30")
    gold = pd.Series(100.0, index=days)
    gold[days >= "2025-02-03"] = 120.0  # a higher close about 4.9 months before the date
    gold[days >= "2025-02-10"] = 105.0
    gold[days[-1]] = 110.0  # the highest since mid-February, not in 25 months
    market = Market({"gold": gold})
    ex = extract_claims("Gold hit a 4.5-month high.")
    checked = check_claims(ex, days[-1], market)
    assert [c.status for c in checked if c.claim.kind == "record"] == ["confirmed"]
    ex = extract_claims("Gold hit a 7.5-month high.")
    checked = check_claims(ex, days[-1], market)
    assert [c.status for c in checked if c.claim.kind == "record"] == ["contradicted"]
