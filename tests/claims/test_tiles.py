"""Dashboard tiles: a name, a level (maybe "K"), then a window code or an indicator column."""

from __future__ import annotations

import pytest

from leadwatch.claims.extract import extract_claims


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("ETH $3.2K 1W -4.5%", {("eth at $3,200", None), ("eth down 4.5%", "week")}),
        ("Gold $2,650 YTD +27.3%", {("gold at $2,650", None), ("gold up 27.3%", "ytd")}),
        ("Silver $31.20 1M +2.4%", {("silver up 2.4%", "month")}),
        ("Gold $3,300 RSI 71", {("gold at $3,300", None)}),
        ("DXY 104.25 MACD -0.12", {("dxy at 104.2", None)}),
        ("Bitcoin $97.2K", {("btc at $97,200", None)}),
        (
            "Ether $2.4K | Gold $2,900 1M -0.8%",
            {("eth at $2,400", None), ("gold down 0.8%", "month")},
        ),
    ],
)
def test_a_tile_gives_its_level_and_windowed_change(text: str, said: set[tuple[str, str]]) -> None:
    assert said <= {(c.describe(), c.window) for c in extract_claims(text).claims}


@pytest.mark.parametrize(
    "text", ["Gold $3,300 today", "Gold $2,650 YTD +27.3%", "Gold $3,300 RSI 71"]
)
def test_a_price_is_never_cut_at_its_thousands_comma(text: str) -> None:
    assert all(c.level is None or c.level > 1000 for c in extract_claims(text).claims)
