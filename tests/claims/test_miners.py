"""The companies that mine an asset, and their funds, are not the asset: hand-written
phrasings of the class, as wires, fund notes and crypto news write them (issue 15,
round 11)."""

from __future__ import annotations

import pytest

from leadwatch.claims import extract_claims
from tests.claims.extracted import moves


def _graded(text: str) -> set[str | None]:
    kinds = ("level", "record", "move", "percent")
    return {c.asset for c in extract_claims(text).claims if c.kind in kinds}


@pytest.mark.parametrize(
    ("text", "asset"),
    [
        ("Gold-miner funds have exploded, one leveraged fund jumping 740% this year.", "gold"),
        ("Gold-mining shares rallied 12% this month.", "gold"),
        ("Silver-miner ETFs fell 4% on Monday.", "silver"),
        ("Bitcoin-mining stocks slid 8% as hashprice fell.", "btc"),
        ("Gold miners rallied 12% this month.", "gold"),
        ("Silver mining stocks fell 4% on Monday.", "silver"),
    ],
)
def test_a_move_of_the_miners_is_not_the_assets(text: str, asset: str) -> None:
    assert asset not in _graded(text)


def test_the_asset_beside_its_miners_keeps_its_own_move() -> None:
    assert ("gold", "up", 2.0) in moves("Gold rose 2% on Monday, while gold-miner funds lagged.")


@pytest.mark.parametrize(
    ("text", "asset"),
    [
        (
            "Crypto stocks fell, MicroStrategy, the largest corporate holder of Bitcoin, down 10%.",
            "btc",
        ),
        ("Strategy, the biggest corporate owner of bitcoin, slid 7% on Tuesday.", "btc"),
        ("Metaplanet, Asia's largest buyer of bitcoin, dropped 12% on Wednesday.", "btc"),
        ("The largest custodian of gold in London saw its shares fall 4% on Monday.", "gold"),
    ],
)
def test_a_company_described_by_the_asset_it_holds_is_not_the_asset(text: str, asset: str) -> None:
    assert asset not in _graded(text)


def test_the_asset_that_falls_beside_its_holders_keeps_its_move() -> None:
    assert ("btc", "down", 3.0) in moves("Bitcoin fell 3% on Monday, hurting holders of the token.")


def test_the_buyers_of_an_asset_leave_its_own_figure_alone() -> None:
    text = (
        "Over five sessions, yields paid to buyers of 10-year Treasury notes rose"
        " 0.2 percentage points."
    )
    assert "yield_10y" in _graded(text)
