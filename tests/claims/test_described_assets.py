"""Assets named by a description, not by name (hand-written phrasings): coordinated rank
words, colour and quality adjectives in any order, the nicknames metals and coins go by."""

from __future__ import annotations

import pytest

from tests.claims.extracted import moves


@pytest.mark.parametrize(
    ("text", "asset"),
    [
        ("The oldest and biggest cryptocurrency hovered at $64,300, up 2.2%.", "btc"),
        ("The first and biggest digital asset climbed 5% to $70,000.", "btc"),
        ("The world's oldest and largest crypto rose 2% on Tuesday.", "btc"),
        ("The oldest and most valuable cryptocurrency slid 3%.", "btc"),
        ("The precious white metal rose 2% to $33.10 an ounce.", "silver"),
        ("The white precious metal dropped 3% to $29.50.", "silver"),
        ("The yellow precious metal rose 1% to $2,400.", "gold"),
        ("The shiny yellow metal added 0.8% in London.", "gold"),
        ("The poor man's gold jumped 4% to $31.20.", "silver"),
        ("The devil\u2019s metal slumped 6% on Friday.", "silver"),
        ("The king of crypto fell 2% to $84,000.", "btc"),
    ],
)
def test_a_described_asset_is_the_subject(text: str, asset: str) -> None:
    found = moves(text)
    assert found and {a for a, _, _ in found} == {asset}


@pytest.mark.parametrize(
    "text",
    [
        "The largest and oldest crypto exchange rose 2% in volume.",
        "The white and yellow metals gained 2% together.",
    ],
)
def test_descriptions_of_something_else_name_no_coin_or_metal(text: str) -> None:
    assert not {a for a, _, _ in moves(text)} & {"btc", "silver"}
