"""Figures about another subject than the asset word beside them: companies and funds
that an asset word describes, prices in other currencies, gauges of sentiment. Hand-written
phrasings of each class, as wires, crypto sites and local news write them (issue 15,
round 19)."""

from __future__ import annotations

import pytest

from leadwatch.claims import extract_claims
from tests.claims.extracted import moves

_GRADED = ("level", "record", "move", "percent", "figure")


def _assets(text: str) -> set[str | None]:
    return {c.asset for c in extract_claims(text).claims if c.kind in _GRADED}


@pytest.mark.parametrize(
    ("text", "asset", "owner"),
    [
        ("Michael Saylor's bitcoin proxy Strategy lost 17% on Tuesday.", "btc", "strategy"),
        ("Bitcoin treasury firm Metaplanet fell 12% in Tokyo trading.", "btc", "metaplanet"),
        ("Bitcoin miner Riot Platforms slid 9% on Monday.", "btc", "riot platforms"),
        ("Gold miner Newmont rose 4% on Friday.", "gold", "newmont"),
        ("Ether holder BitMine Immersion gained 6% on Wednesday.", "eth", "bitmine immersion"),
        ("Spot bitcoin ETFs fell 5% last week.", "btc", "bitcoin etfs"),
        ("Shares of Strategy, the largest corporate bitcoin holder, fell 8%.", "btc", None),
        ("Gold rose 2% on Monday and gold stocks fell 1%.", None, "gold stocks"),
    ],
)
def test_a_figure_of_a_company_or_fund_an_asset_word_describes_is_not_the_assets(
    text: str, asset: str | None, owner: str | None
) -> None:
    found = [a for a, _, _ in moves(text)] + [
        c.asset for c in extract_claims(text).claims if c.kind == "figure"
    ]
    if asset is not None:
        assert asset not in found
    if owner is not None:
        assert owner in found


@pytest.mark.parametrize(
    ("text", "move"),
    [
        ("Gold rose 2% on Monday, while gold-miner funds lagged.", ("gold", "up", 2.0)),
        ("Bitcoin ETFs drew inflows, and bitcoin rose 2% on Monday.", ("btc", "up", 2.0)),
        ("Bitcoin climbed 3% as miners and exchanges rallied.", ("btc", "up", 3.0)),
    ],
)
def test_the_asset_beside_its_companies_keeps_its_own_figure(
    text: str, move: tuple[str, str, float]
) -> None:
    assert move in moves(text)


@pytest.mark.parametrize(
    ("text", "series"),
    [
        ("Bitcoin is valued at US$80,600 (AU$129,100) per coin.", "btc_aud"),
        ("Ether changed hands at US$1,540 (AU$ 2,470) on Monday.", "eth_aud"),
        ("Bitcoin is at US$80,600 (NZ$140,000) this morning.", "btc_nzd"),
    ],
)
def test_a_level_in_another_currency_names_that_currencys_series(text: str, series: str) -> None:
    levels = [(c.asset, c.level) for c in extract_claims(text).claims if c.kind == "level"]
    assert any(a == series for a, _ in levels)
    assert all(lvl is None or lvl < 100_000 or a == series for a, lvl in levels)
    assert [a for a, _ in levels].count(series.split("_")[0]) == 1  # the US-dollar figure


@pytest.mark.parametrize(
    "text",
    [
        "Gold rose 1% on Friday. In India, domestic prices hit a record of 80,000 ($930) "
        "rupees per 10 grams.",
        "Gold climbed on Monday. Local prices touched a record of \u20b981,200 per 10 grams.",
        "Silver rose on Monday. In Mumbai, prices jumped 2% to 95,000 ($1,100) rupees per kg.",
    ],
)
def test_a_local_price_with_its_dollar_conversion_in_brackets_is_the_local_series(
    text: str,
) -> None:
    later = [c for c in extract_claims(text).claims if c.sentence == 1 and c.kind in _GRADED]
    assert later and all(c.asset in ("gold_inr", "silver_inr") for c in later)


@pytest.mark.parametrize(
    "text",
    [
        "Ether fell 6% on Monday. The crypto Fear and Greed Index dropped to 14, deep in "
        "extreme fear and the lowest reading since late 2025.",
        "Bitcoin slid 4%. The Fear & Greed Index sank to 10, its lowest since 2022.",
    ],
)
def test_a_gauge_of_sentiment_does_not_take_the_carried_subject(text: str) -> None:
    later = [c for c in extract_claims(text).claims if c.sentence == 1 and c.kind in _GRADED]
    assert all(c.asset not in ("btc", "eth") for c in later)


def test_a_gauge_beside_a_named_asset_leaves_the_assets_figure() -> None:
    text = "Bitcoin fell 4% on Monday as the Fear and Greed Index dropped to 14."
    assert ("btc", "down", 4.0) in moves(text)


@pytest.mark.parametrize(
    ("text", "asset"),
    [
        (
            "The dollar index, a gauge of the greenback exchange rate versus six peers, "
            "climbed to 98.9.",
            "dxy",
        ),
        ("The Fed held the Fed funds rate in the 4.25% to 4.50% range.", "fed_funds"),
        ("The VIX sits at 18.4, while the \u20ac weakened against the dollar.", "vix"),
    ],
)
def test_a_noun_compound_or_a_stray_sign_leaves_the_asset_its_figure(text: str, asset: str) -> None:
    assert asset in _assets(text)
