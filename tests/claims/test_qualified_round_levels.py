"""A round level behind an adverb and an adjective ("below the psychologically critical
$100,000 threshold", "above the much-watched $2,500 handle"): the price crossed it, as
with one adjective ("the key $70,000 level")."""

from __future__ import annotations

import pytest

from tests.claims.extracted import levels as _levels


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In a sharp drop, BTC briefly sank below the psychologically critical $95,000 line.",
            [("btc", 95000.0)],
        ),
        (
            "Bitcoin briefly slipped under the psychologically important $90,000 mark on Tuesday.",
            [("btc", 90000.0)],
        ),
        ("Ether fell below the closely watched $2,000 level late on Monday.", [("eth", 2000.0)]),
        ("Gold pushed above the much-watched $2,500 handle.", [("gold", 2500.0)]),
        ("Silver dropped beneath the technically significant $30 support.", [("silver", 30.0)]),
        ("XAU/USD reclaimed the all-important $2,400 zone on Friday.", [("gold", 2400.0)]),
        ("Bitcoin rose above the key $70,000 level.", [("btc", 70000.0)]),  # one adjective
    ],
)
def test_a_qualified_round_level_is_read(text: str, expected: list[tuple[str, float]]) -> None:
    assert _levels(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Home prices fell below the politically sensitive $400,000 mark.",  # no asset
        "Miners spent a hugely expensive $5 million on new rigs last quarter.",  # no level verb
    ],
)
def test_no_level_without_an_asset_or_a_crossing(text: str) -> None:
    assert _levels(text) == []
