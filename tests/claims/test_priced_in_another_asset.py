"""A move of one asset's price told in another ("ether, measured in bitcoin, lost 9%", "in
gold terms, bitcoin is down 20%") moves their ratio: neither price moved by that much, so
neither gets the figure as its move (no spurious claim on the asset named as the unit)."""

from __future__ import annotations

import pytest

from leadwatch.claims import extract_claims


@pytest.mark.parametrize(
    "text",
    [
        "Ether, measured in bitcoin, has lost 9% since March 3.",
        "In gold terms, bitcoin is down 20% this year.",
        "Silver priced in gold jumped 12% over the past month.",
        "Bitcoin has slumped 25% in terms of gold since its August peak.",
    ],
)
def test_a_move_told_in_another_asset_is_no_price_move(text: str) -> None:
    moves = [c for c in extract_claims(text).claims if c.kind == "percent" and c.op]
    assert moves == []


def test_a_plain_move_beside_stays() -> None:
    claims = extract_claims("Bitcoin fell 4% on Monday while gold rose 1%.").claims
    assert sorted((c.asset, c.op) for c in claims if c.kind == "percent") == [
        ("btc", "down"),
        ("gold", "up"),
    ]
