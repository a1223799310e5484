"""The dollar set against one currency is that exchange rate, never the dollar index
(hand-written phrasings: FX wraps, wires, morning notes)."""

from __future__ import annotations

import pytest

from leadwatch.claims import extract_claims
from leadwatch.claims.assets import find_assets


@pytest.mark.parametrize(
    ("text", "rate"),
    [
        ("The dollar climbed 0.6% to 151.20 yen late in the session.", "usd_jpy"),
        ("The greenback slipped 0.3% against the yen to 143.20.", "usd_jpy"),
        ("The US dollar fell to a fresh three-year low against the euro.", "usd_eur"),
        ("The dollar gained 1.2% versus the Swiss franc, trading at 0.8123.", "usd_chf"),
        ("The greenback lost 0.8% versus the yen across the week.", "usd_jpy"),
        ("The U.S. dollar added 0.4% to 7.31 yuan on Tuesday.", "usd_cny"),
        ("The dollar was little changed vs. sterling at $1.27.", "usd_gbp"),
        ("The greenback climbed 0.9% relative to the Canadian dollar.", "usd_cad"),
    ],
)
def test_the_dollar_against_one_currency_is_that_rate(text: str, rate: str) -> None:
    assets = {c.asset for c in extract_claims(text).claims}
    assert rate in assets
    assert "dxy" not in assets


def test_the_dollar_against_the_yen_keeps_its_direction() -> None:
    # was asserted as a DXY move in test_cause_not_move: it is USD/JPY's
    moves = {(c.asset, c.op) for c in extract_claims("The dollar weakened against the yen.").claims}
    assert moves == {("usd_jpy", "down")}


@pytest.mark.parametrize(
    "text",
    [
        "The dollar fell 0.3% against a basket of major currencies.",
        "The dollar index rose 0.5% against the yen and the euro.",
        "The DXY climbed 0.4% to 104.2.",
        "The dollar weakened 0.5%, while gold rose against the euro.",
    ],
)
def test_the_dollar_index_and_the_basket_stay_the_index(text: str) -> None:
    assert find_assets(text)[0].asset == "dxy"


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("The dollar climbed 0.6% to 151.20 yen late in the session.", "usd_jpy at 151.2"),
        ("The dollar traded at 151.20 yen on Friday.", "usd_jpy at 151.2"),
    ],
)
def test_a_rate_is_shown_without_a_dollar_sign_and_named_as_a_pair(text: str, shown: str) -> None:
    from leadwatch.claims.assets import ASSET_NAMES

    levels = [c for c in extract_claims(text).claims if c.kind == "level"]
    assert [c.describe() for c in levels] == [shown]  # was "usd_jpy at $151": a price
    assert "(USD/" in ASSET_NAMES[levels[0].asset]


@pytest.mark.parametrize(
    ("text", "rate"),
    [
        ("The greenback has slipped below 139 Japanese yen this week.", "usd_jpy"),
        ("The dollar rose above 0.79 Swiss francs on Tuesday.", "usd_chf"),
        ("The dollar held under about 7.1 yuan after the data.", "usd_cny"),
    ],
)
def test_a_dollar_crossing_a_figure_in_a_currency_is_that_rate(text: str, rate: str) -> None:
    assert find_assets(text)[0].asset == rate


def test_a_dollar_index_crossing_a_bare_figure_stays_the_index() -> None:
    assert find_assets("The dollar index fell below 98 on Monday.")[0].asset == "dxy"
