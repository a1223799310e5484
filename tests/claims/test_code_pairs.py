"""A pair of codes written with a slash ("BTC/NQ", "ETH/BTC", "BTC/gold") is a ratio of the
two, not the first asset's price; a coin or metal quoted against a currency ("XAU/USD") is
the asset itself."""

from __future__ import annotations

import pytest

from leadwatch.claims import extract_claims


def _assets(text: str) -> list[str | None]:
    return [c.asset for c in extract_claims(text).claims]


@pytest.mark.parametrize(
    "text",
    [
        "On Tuesday BTC/NQ set an all-time high before sellers stepped in.",
        "BTC/gold climbed to a record of 41 ounces.",
        "ETH/BTC slid to a five-year low.",
    ],
)
def test_a_code_pair_is_a_ratio(text: str) -> None:
    assert _assets(text) == ["price_ratio"]


def test_a_metal_against_a_currency_is_the_metal() -> None:
    assert set(_assets("XAU/USD rose 1% to $3,300.")) == {"gold"}
