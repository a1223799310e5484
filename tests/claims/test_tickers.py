"""Quote codes of data feeds and exchanges as subjects, and quotes in markdown bold: each
rule tested on hand-written phrasings of its class, the ways different feeds print them
(issue 15, round 11)."""

from __future__ import annotations

import pytest

from tests.claims.extracted import levels, moves


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("GC=F 4,197.8 (-3.21%)", ("gold", 4197.8)),  # Yahoo futures
        ("Front-month /SI settled at $64.10 on the day.", ("silver", 64.1)),  # broker root
        ("COMEX:GC1! trades at 4,210.40 this morning.", ("gold", 4210.4)),  # TradingView
        ("The GCZ25 contract rose 1% to $4,100 on Friday.", ("gold", 4100.0)),  # dated contract
        ("The ^TNX closed at 4.53 on Tuesday.", ("yield_10y", 4.53)),  # Yahoo index code
        ("^GSPC lost 1.6% to 7,267 on Tuesday.", ("spx", 7267.0)),
        ("BTCUSDT slipped 2% to 61,200 on Binance.", ("btc", 61200.0)),  # exchange pair
        ("ETHUSDC changed hands at 1,620 late on Friday.", ("eth", 1620.0)),
        ("DX=F rose 0.3% to 99.40 on Monday.", ("dxy", 99.4)),
    ],
)
def test_a_feed_code_names_its_asset(text: str, expected: tuple[str, float]) -> None:
    assert expected in levels(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("HG=F rose 2.1% on Monday.", ("copper", "up", 2.1)),
        ("SI=F 63.675 (-7.64%)", ("silver", "down", 7.64)),
        ("^VIX 19.87 (+23.72%)", ("vix", "up", 23.72)),
    ],
)
def test_a_feed_code_names_the_asset_that_moved(
    text: str, expected: tuple[str, str, float]
) -> None:
    assert expected in moves(text)


@pytest.mark.parametrize(
    "text",
    [
        "VX=F 21.50 (+3.1%) as traders paid up for protection.",  # VIX futures, not the spot
        "ZN=F 110.25 (+0.2%) on the day.",  # a note future's price, not the yield
        "The SILJ fund rose 5% to 14.20 on Monday.",  # a miners' fund, no futures code
        "Our gc=f notes hold at 4,100.",  # lower case: no code
    ],
)
def test_a_code_of_something_else_names_no_asset(text: str) -> None:
    found = {a for a, _ in levels(text)} | {a for a, _, _ in moves(text)}
    assert not found & {"gold", "silver", "vix", "yield_10y"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gold (GC=F) **$4,512.30** (+0.8%)", ("gold", 4512.3)),
        ("BTC-USD (**61,211.31**, **+0.56%**) led the majors.", ("btc", 61211.31)),
        ("GC=F **4,197.8 (-3.21%)**", ("gold", 4197.8)),
        ("**^TNX 4.528 (+0.04)**", ("yield_10y", 4.528)),
        ("**Silver** 64.46 (-1.2%) on the day.", ("silver", 64.46)),
    ],
)
def test_a_quote_in_markdown_bold_is_read_as_plain(text: str, expected: tuple[str, float]) -> None:
    assert expected in levels(text)


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        ("VIX2 | 19.87 | +3.0%", ("vix", 19.87)),  # a footnote digit glued to the name
        ("Bitcoin\u00b9 | 61,211 | +2.0%", ("btc", 61211.0)),  # a superscript
        ("Gold* | 4,170.95 | -1.5%", ("gold", 4170.95)),
        ("Silver\u2020 | 64.46 | -1.0%", ("silver", 64.46)),
        ("Ether 3 | 1,620 | +1.0%", ("eth", 1620.0)),
    ],
)
def test_a_table_row_name_with_a_footnote_mark_names_its_asset(
    row: str, expected: tuple[str, float]
) -> None:
    assert expected in levels(f"Asset | Last | 1W\n{row}\n")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("- `GC=F`: 4,380.6 (**+0.42%**)", ("gold", 4380.6)),  # a markdown list of codes
        ("- `ETH-USD`: 1,874.25 (**-1.93%**)", ("eth", 1874.25)),
        ("`^VIX` closed the week at 18.06.", ("vix", 18.06)),
    ],
)
def test_a_code_in_markdown_backticks_is_read_as_plain(
    text: str, expected: tuple[str, float]
) -> None:
    assert expected in levels(text)


def test_a_code_in_backticks_without_a_figure_gives_no_level() -> None:
    assert levels("Bond buyers returned as `TNX` slid into the afternoon.") == []
