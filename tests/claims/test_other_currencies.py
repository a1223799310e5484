"""Other countries' dollars and the euro's and oil's nicknames are not the US dollar index
or gold (hand-written phrasings: FX wraps, commodity columns)."""

from __future__ import annotations

import pytest

from tests.claims.extracted import moves


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("The Canadian dollar rose 0.5% on Friday.", "dxy"),
        ("The Australian dollar fell 0.8% after the RBA decision.", "dxy"),
        ("The New Zealand dollar slipped 0.4%.", "dxy"),
        ("The loonie slipped 0.3% as oil fell.", "dxy"),
        ("The Singapore dollar firmed 0.2%.", "dxy"),
        ("Black gold jumped 3% to $82 a barrel.", "gold"),
    ],
)
def test_another_currency_or_commodity_is_not_taken_for_the_asset(text: str, wrong: str) -> None:
    found = moves(text)
    assert found and all(a != wrong for a, _, _ in found)


@pytest.mark.parametrize(
    ("text", "asset"),
    [
        ("The single currency rose 0.4% to $1.09.", "eurusd"),
        ("The common currency slid 0.6% against the dollar.", "eurusd"),
        ("The US dollar rose 0.5% while the Canadian dollar fell.", "dxy"),
    ],
)
def test_the_currency_named_is_the_subject(text: str, asset: str) -> None:
    assert asset in {a for a, _, _ in moves(text)}
