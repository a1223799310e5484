"""Gold priced by its purity ("21-carat gold", "24K gold") is a local retail price in a local
currency: its moves are not the spot's, and a spot move beside it stays the spot's."""

from __future__ import annotations

import pytest

from leadwatch.claims import extract_claims


def _assets(text: str) -> list[str | None]:
    return [c.asset for c in extract_claims(text).claims]


@pytest.mark.parametrize(
    "text",
    [
        "In Cairo, the price of 21-carat gold climbed EGP 120 a gram on Sunday.",
        "In Dubai, 24K gold gained AED3 to AED410 a gram.",
        "The price of gold 22 karat climbed 1% to Rs 9,100 a gram.",
        "18-carat gold fell 2% on the day.",
    ],
)
def test_gold_by_karat_is_not_the_spot(text: str) -> None:
    assert "gold" not in _assets(text)


def test_a_spot_move_beside_a_karat_price_stays_the_spots() -> None:
    text = "24K gold gained AED3 a gram in Dubai, while spot gold rose 1% to $3,320 an ounce."
    got = [(c.asset, c.kind) for c in extract_claims(text).claims]
    assert ("gold", "percent") in got and ("gold", "level") in got


def test_a_bare_number_before_gold_is_no_karat() -> None:
    assert "gold" in _assets("Over 24 hours gold rose 1% to $3,320.")
