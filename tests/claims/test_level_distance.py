"""A price said to lie a share away from a round level ("1% shy of the 7,000 level") is a
level claim near that value."""

from __future__ import annotations

import pandas as pd
import pytest

from leadwatch.claims import extract_claims
from leadwatch.claims.check import check_claims
from leadwatch.claims.market import Market


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The S&P 500 is now about 1% shy of the key 7,000 mark.", ("spx", 6930.0)),
        ("Bitcoin trades 5% short of the $100k mark.", ("btc", 95000.0)),  # crypto news
        ("Gold was about 2% below the key $4,000 threshold.", ("gold", 3920.0)),  # wire
        ("Silver sits 4% above the $50 handle.", ("silver", 52.0)),  # a bank note
        ("The index is 0.5 per cent under the 7,000 milestone.", None),  # no asset named
    ],
)
def test_a_distance_from_a_round_level_is_a_level(
    text: str, expected: tuple[str, float] | None
) -> None:
    near = [
        (c.asset, round(c.level or 0, 2)) for c in extract_claims(text).claims if c.op == "near"
    ]
    assert near == ([] if expected is None else [expected])


def test_a_distance_without_its_side_stays_a_figure() -> None:
    claims = extract_claims("Silver is about 3% away from the $50 level.").claims
    assert not [c for c in claims if c.kind == "level" and c.op == "near"]


def test_the_distance_is_graded_as_the_price() -> None:
    days = pd.bdate_range("2025-12-01", "2025-12-26")
    spx = pd.Series(6930.0, index=days)
    ex = extract_claims("The S&P 500 sits some 1% shy of the 7,000 milestone.")
    assert [c.status for c in check_claims(ex, days[-1], Market({"spx": spx}))] == ["confirmed"]
    spx[:] = 6500.0  # 7% short of it
    assert [c.status for c in check_claims(ex, days[-1], Market({"spx": spx}))] == ["contradicted"]
