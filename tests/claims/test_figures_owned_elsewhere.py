"""A figure or a move said near an asset name but owned by another noun phrase is no claim
of the asset's price: a quantity the asset qualifies (lease rates, exchange balances), a
sector sub-index of a stock index, a move of something named after "a 6% slide in", and a
non-price sense of a move verb ("gained traction", "grew in popularity"). The asset's own
moves stay claims (hand-written phrasings)."""

from __future__ import annotations

import pytest

from tests.claims.extracted import moves, records


@pytest.mark.parametrize(
    ("text", "asset"),
    [
        ("Silver lease rates climbed above 25% for three-month loans on Tuesday.", "silver"),
        ("Gold leasing costs jumped 4% this week.", "gold"),
        ("Bitcoin exchange balances fell 8% over the month.", "btc"),
        ("Ether exchange deposits rose 11% on Monday.", "eth"),
        ("Silver inventories in London fell 10% this year.", "silver"),
        ("Gold borrowing rates spiked to 5% for one-month loans.", "gold"),
        (
            "Energy lagged as the S&P 500 Energy Sector Index shed 1.8%; tech gained.",
            "spx",
        ),
        ("Stocks rose, with the S&P 500 Information Technology index up 2.3%.", "spx"),
        ("The S&P 500's energy sector fell 1.9% on Monday.", "spx"),
        ("S&P 500 utilities dropped 0.7% in the session.", "spx"),
        ("Gold fell 1% on Friday, after a 6.2% slide in Chinese property shares.", "gold"),
        ("Bitcoin held steady even after a 9% plunge in mining stocks.", "btc"),
        ("Silver edged higher, following a 4.4% drop in the freight index.", "silver"),
    ],
)
def test_figure_owned_by_another_noun_is_no_price_move(text: str, asset: str) -> None:
    sized = {(a, pct) for a, op, pct in moves(text) if op in ("up", "down") and pct}
    assert all(a != asset or pct < 1.5 for a, pct in sized)
    assert not [a for a, op, pct in moves(text) if a == asset and op and pct and pct > 3]


def test_an_attribute_record_is_not_the_assets() -> None:
    text = "Ether exchange withdrawals fell to about 12.1 million ETH, the lowest since May 2023."
    assert "eth" not in {a for a, _, _ in records(text)}


@pytest.mark.parametrize(
    "text",
    [
        "The yellow metal has gained much attraction from buyers due to haven demand.",
        "Bitcoin surged in popularity in 2021.",
        "Gold has grown in popularity among central banks.",
        "Silver has gained considerable attention from retail traders.",
        "Ether gained a lot of traction with developers this year.",
        "Bitcoin rose in prominence after the ETF approvals.",
    ],
)
def test_non_price_sense_of_a_move_verb(text: str) -> None:
    assert not moves(text)


@pytest.mark.parametrize(
    ("text", "asset", "op"),
    [
        ("Gold posted a 2% gain in early trade.", "gold", "up"),
        ("Silver logged a 5% rise in value over the week.", "silver", "up"),
        ("Bitcoin saw a 10% drop in two days.", "btc", "down"),
        ("Gold is set for a 3% rise in January.", "gold", "up"),
        ("Ether notched a 7% rally in Asian hours.", "eth", "up"),
        (
            "Silver ran from $30 to $45, a hefty 50% increase in less than nine months.",
            "silver",
            "up",
        ),
        ("Gold rose in value by 3% on Monday.", "gold", "up"),
        ("Gold gained ground on Friday.", "gold", "up"),
        ("The S&P 500 Index rose 0.8% on Monday.", "spx", "up"),
        ("Gold fell 1% on Friday, after a 6% slide in silver.", "silver", "down"),
    ],
)
def test_the_assets_own_moves_stay(text: str, asset: str, op: str) -> None:
    assert (asset, op) in {(a, o) for a, o, _ in moves(text)}
