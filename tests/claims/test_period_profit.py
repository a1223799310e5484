"""A period's profit said of the asset in focus ("sending this week's profit to 3.2%", "its
daily profit") is that asset's move over the period, not a figure of company profits
(hand-written phrasings: wires, dealer notes)."""

from __future__ import annotations

import pytest

from leadwatch.claims import extract_claims
from tests.claims.extracted import moves


def _sized(text: str) -> list[tuple[str | None, str | None, float | None, str | None]]:
    return [(c.asset, c.op, c.pct, c.window) for c in extract_claims(text).claims if c.pct]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gold rose 1.5% today, sending this week's profit to 3.2%.", ("gold", "up", 3.2, "week")),
        ("Ether rose again, taking this week's profit to 8%.", ("eth", "up", 8.0, "week")),
        ("Bitcoin climbed, lifting this year's profits to 40%.", ("btc", "up", 40.0, "ytd")),
    ],
)
def test_a_periods_profit_is_the_assets_move_over_that_period(
    text: str, expected: tuple[str, str, float, str]
) -> None:
    assert expected in _sized(text)


@pytest.mark.parametrize(
    ("text", "asset", "size"),
    [
        ("Gold rose on Friday, sending this week's profit to 2.4%.", "gold", 2.4),
        ("Silver firmed, lifting its weekly profit to 4.1%.", "silver", 4.1),
        ("Bitcoin edged up, taking the session\u2019s profit to 1.3%.", "btc", 1.3),
        ("Ether jumped late, pushing today's profits to 5%.", "eth", 5.0),
        ("The dollar index rallied, bringing the month's profit to 2.2%.", "dxy", 2.2),
    ],
)
def test_a_period_profit_is_the_assets_move(text: str, asset: str, size: float) -> None:
    assert (asset, "up", size) in moves(text)


def test_company_profits_stay_an_indicator() -> None:
    assert [a for a, *_ in _sized("Company profits rose 5% this year.")] == ["profits"]


def test_a_companys_profit_is_not_the_assets() -> None:
    found = moves("Gold rose 1%, while Barrick's quarterly profit rose 20%.")
    assert ("gold", "up", 1.0) in found
    assert not any(a == "gold" and p == 20.0 for a, _, p in found)
