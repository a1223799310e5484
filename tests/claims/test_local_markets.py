"""A price of a local market is not the world price: a coin priced at a premium on a
Korean or Japanese exchange ("on Upbit", "on bitFlyer"), a home market's metal ("domestic
gold prices", "in the local market"). Its claims name a local series the store does not
hold; the world price in the same article stays checkable."""

from __future__ import annotations

import pytest

from leadwatch.claims import extract_claims


@pytest.mark.parametrize(
    ("text", "asset"),
    [
        (
            "In Japan, bitFlyer shows a premium, with bitcoin priced at $71,300 as it holds.",
            "btc_jpy",
        ),
        ("Over in Korea, Bithumb lists ether at a premium at $2,650.", "eth_krw"),
        ("Domestic silver prices slid sharply, tracking the world market.", "silver_local"),
        ("Gold rose 1.5% in the local market on Tuesday.", "gold_local"),
        ("Gold prices in Pakistan climbed 3% over the week.", "gold_local"),
        ("Vietnam's gold prices slipped 2% on Friday.", "gold_local"),
        ("Nigerian silver prices jumped 4% in a month.", "silver_local"),
        ("In Kuwait, gold touched a fresh all-time high on Monday.", "gold_local"),
        ("Silver prices rose 2% to a record high in Morocco.", "silver_local"),
    ],
)
def test_local_market_prices(text: str, asset: str) -> None:
    assets = {c.asset for c in extract_claims(text).claims}
    assert assets == {asset}


@pytest.mark.parametrize(
    ("text", "asset"),
    [
        ("Bitcoin traded at $70,100 on Coinbase on Monday.", "btc"),
        ("Gold set a record at home and in international markets.", "gold"),
        ("Spot gold settled at $4,100, a 0.8% rise that mirrored the domestic rally.", "gold"),
        ("Gold rose 1% as tensions in Iran flared.", "gold"),  # a place of news, no market
    ],
)
def test_world_prices_stay(text: str, asset: str) -> None:
    assets = {c.asset for c in extract_claims(text).claims}
    assert assets == {asset}


def test_the_world_price_beside_a_home_market_stays_the_worlds() -> None:
    text = (
        "Gold prices in Jordan rose about 5% this week, led by a 3% gain in the global ounce, "
        "traders said."
    )
    moves = {c.pct: c.asset for c in extract_claims(text).claims if c.kind == "percent"}
    assert moves == {5.0: "gold_local", 3.0: "gold"}
