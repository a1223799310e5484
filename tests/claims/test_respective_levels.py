"""Prices listed in order for assets listed in order ("..., respectively") are paired."""

from __future__ import annotations

import pytest

from leadwatch.claims.extract import extract_claims


def _levels(text: str) -> list[tuple[str | None, str | None, float | None]]:
    return [(c.asset, c.op, c.level) for c in extract_claims(text).claims if c.kind == "level"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Gold and silver rose, climbing to $4,420 and $71.30 an ounce, respectively.",
            [("gold", "at", 4420.0), ("silver", "at", 71.3)],
        ),
        (
            "Bitcoin and ether traded at $61,000 and $2,400, respectively.",
            [("btc", "at", 61000.0), ("eth", "at", 2400.0)],
        ),
        (
            "Spot gold and silver were at $3,300 and $33.10 respectively.",
            [("gold", "at", 3300.0), ("silver", "at", 33.1)],
        ),
        (
            "Gold and silver settled at $2,650.10 and $30.25 an ounce respectively on Friday.",
            [("gold", "at", 2650.1), ("silver", "at", 30.25)],
        ),
        (
            "Bitcoin and ether were changing hands near $97,500 and $3,420, respectively.",
            [("btc", "near", 97500.0), ("eth", "near", 3420.0)],
        ),
    ],
)
def test_each_listed_price_goes_to_its_asset(text: str, want: list[tuple[str, str, float]]) -> None:
    assert _levels(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Bitcoin and ether slid to $95,210 and $1,812 on Tuesday.",
            [("btc", "at", 95210.0), ("eth", "at", 1812.0)],
        ),
        (
            "Bitcoin and Ethereum fell on May 3 to 95,210 and 1,812 dollars amid heavy selling.",
            [("btc", "at", 95210.0), ("eth", "at", 1812.0)],
        ),
        (
            "Gold and silver settled at $2,650.10 and $30.25 on Friday.",
            [("gold", "at", 2650.1), ("silver", "at", 30.25)],
        ),
    ],
)
def test_joined_subject_pairs_its_prices(text: str, want: list[tuple[str, str, float]]) -> None:
    """Assets joined in one subject take a list of as many prices in order, without
    "respectively"; a price paired so is no other asset's."""
    assert sorted(_levels(text)) == sorted(want)


def test_three_assets_two_prices_are_not_paired() -> None:
    levels = _levels("Gold, silver and copper rose to $2,650 and $30.25.")
    assert ("gold", "at", 2650.0) not in levels
