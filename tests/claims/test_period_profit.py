"""A period's profit said of the asset in focus ("sending this week's profit to 3.2%") is
that asset's move over the period, not a figure of company profits."""

from __future__ import annotations

import pytest

from leadwatch.claims import extract_claims


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
def test_a_periods_profit_is_the_assets_move(
    text: str, expected: tuple[str, str, float, str]
) -> None:
    assert expected in _sized(text)


def test_company_profits_stay_an_indicator() -> None:
    assert [a for a, *_ in _sized("Company profits rose 5% this year.")] == ["profits"]
