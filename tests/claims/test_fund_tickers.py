"""A fund named by its ticker ("GLD closed at 431.20, down 1.1%"): the share's price is the
fund's, never its market's level; its percentage move is its market's. A figure followed by
a bracket naming only an asset ("down 2.2% (GLD) and 6.4% (SLV)") is that asset's."""

from __future__ import annotations

import pandas as pd
import pytest

from leadwatch.claims import extract_claims
from leadwatch.claims.check import check_claims
from leadwatch.claims.market import Market
from tests.claims.extracted import levels, moves


@pytest.mark.parametrize(
    ("text", "price", "move"),
    [
        ("GLD closed at 431.20, down 1.1% on the day.", ("gld", 431.2), ("gold", "down", 1.1)),
        ("SPY ended the session at 612.40, up 0.6%.", ("spy", 612.4), ("spx", "up", 0.6)),
        ("IBIT slipped 2.4% to $48.10 on Tuesday.", ("ibit", 48.1), ("btc", "down", 2.4)),
        ("SLV rose 3% to $29.75 in New York trade.", ("slv", 29.75), ("silver", "up", 3.0)),
    ],
)
def test_a_funds_price_is_its_own_and_its_move_its_markets(
    text: str, price: tuple[str, float], move: tuple[str, str, float]
) -> None:
    assert levels(text) == [price]
    assert moves(text) == [move]


@pytest.mark.parametrize(
    "text",
    [
        "Traders spy a turn as gold rose 1% on Monday.",  # a word, not the ticker
        "Gold rose 1% on Monday, and GLD.X is a made-up code.",
    ],
)
def test_a_word_or_a_longer_code_is_no_fund(text: str) -> None:
    assert moves(text) == [("gold", "up", 1.0)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Metal funds lost ground by the close: 1.7% (GLD) and 4.9% (SLV).",
            [("gold", "down", 1.7), ("silver", "down", 4.9)],
        ),
        (
            "Crypto fell: -3.1% (BTC) and -5.2% (ETH) over the day.",
            [("btc", "down", 3.1), ("eth", "down", 5.2)],
        ),
        (
            "Gold and silver fell 1.5% (silver) and 0.4% (gold) respectively.",
            [("silver", "down", 1.5), ("gold", "down", 0.4)],
        ),
    ],
)
def test_a_bracket_after_a_figure_names_its_owner(
    text: str, expected: list[tuple[str, str, float]]
) -> None:
    assert moves(text) == expected


def _market() -> Market:
    days = pd.bdate_range("2025-03-03", "2025-03-07")
    gold = pd.Series([2900.0, 2910.0, 2880.0, 2885.0, 2890.0], index=days)
    return Market({"gold": gold})


def test_a_fund_price_is_never_graded_on_its_market_and_its_move_is() -> None:
    text = "GLD closed at 266.20 on Wednesday, down 1.0%."
    checked = check_claims(extract_claims(text), pd.Timestamp("2025-03-05"), _market())
    found = {(c.claim.kind, c.claim.asset): c.status for c in checked}
    assert found == {("level", "gld"): "not checkable", ("percent", "gold"): "confirmed"}
    wrong = "GLD closed at 266.20 on Wednesday, up 4.0%."  # gold fell 1.0% that day
    checked = check_claims(extract_claims(wrong), pd.Timestamp("2025-03-05"), _market())
    assert [c.status for c in checked if c.claim.kind == "percent"] == ["contradicted"]
