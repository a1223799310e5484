"""A listed company named for a metal ("Pan American Silver stock", "shares of Newmont Gold")
is not the metal: its moves are the company's shares', not the metal's price."""

from __future__ import annotations

import pytest

from leadwatch.claims import extract_claims


def _assets(text: str) -> list[str | None]:
    return [c.asset for c in extract_claims(text).claims]


@pytest.mark.parametrize(
    "text",
    [
        "Since January, Pan American Silver stock has advanced 120%.",
        "Shares of Newmont Gold rose 3% on Monday.",
        "Kinross Gold shares jumped 9% on Monday.",
        "Acme Silver Corp gained 4% on the day.",
    ],
)
def test_a_company_named_for_a_metal_is_not_the_metal(text: str) -> None:
    assert not {"gold", "silver"} & set(_assets(text))


@pytest.mark.parametrize(
    ("text", "asset"),
    [
        ("Spot Gold rose 2% on Monday.", "gold"),
        ("COMEX Silver futures rose 3% on Monday.", "silver"),
        ("Gold rose 2%, and shares of miners followed.", "gold"),
    ],
)
def test_the_metal_itself_stays_the_metal(text: str, asset: str) -> None:
    assert asset in _assets(text)


def test_a_company_with_its_ticker_keeps_its_own_name() -> None:
    assert _assets("Shares of Barrick Gold (GOLD) fell 3% on the day.") == ["barrick gold"]
