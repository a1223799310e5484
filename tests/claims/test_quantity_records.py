"""A record said of a quantity (holdings, open interest, flows) is not a price record."""

from __future__ import annotations

import pytest

from tests.claims.extracted import record_assets


@pytest.mark.parametrize(
    "text",
    [
        "Gold rose 1% on Tuesday. Traders cite fund demand, adding that holdings have "
        "climbed to their highest level since May 2021.",
        "Gold holdings in the SPDR Gold Trust rose to their highest since 2022.",
        "Silver rose. Open interest in silver futures climbed to a record high.",
        "Bitcoin rose. Bitcoin ETF inflows hit their highest level since March.",
    ],
)
def test_a_quantity_record_is_no_price_record(text: str) -> None:
    assert record_assets(text) == []


@pytest.mark.parametrize(
    ("text", "asset"),
    [
        ("Safe-haven buying lifted gold to a record high.", "gold"),
        ("Gold hit its highest since 2011 as ETF holdings rose.", "gold"),
        ("Strong demand pushed silver to its highest since 2012.", "silver"),
    ],
)
def test_the_price_record_beside_a_quantity_stays(text: str, asset: str) -> None:
    assert record_assets(text) == [asset]
