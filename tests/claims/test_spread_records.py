"""A first or an extreme of the gap between two quotes is no record of the asset's price."""

from __future__ import annotations

import pytest

from leadwatch.claims.extract import extract_claims


def _records(text: str) -> list[tuple[str | None, str | None]]:
    return [(c.asset, c.op) for c in extract_claims(text).claims if c.kind == "record"]


@pytest.mark.parametrize(
    "text",
    [
        "Gold in Mumbai slipped to a discount against London for the first time since May.",
        "Bitcoin on Korean venues traded at a premium over dollar prices for the first time "
        "since March.",
        "The Shanghai premium for gold rose to its highest since 2016 this week.",
        "Silver futures moved to a steep discount to spot for the first time in a year.",
    ],
)
def test_a_gap_record_is_no_price_record(text: str) -> None:
    assert _records(text) == []


@pytest.mark.parametrize(
    ("text", "record"),
    [
        ("Gold rose above $3,000 for the first time since May.", ("gold", "high")),
        ("On a closing basis, bitcoin set a record high on Monday.", ("btc", "high")),
        ("The rally spread to silver as it hit a record high on Monday.", ("silver", "high")),
        ("Trading at a premium to spot, silver futures hit an all-time high.", ("silver", "high")),
    ],
)
def test_a_price_record_stays(text: str, record: tuple[str, str]) -> None:
    assert record in _records(text)
