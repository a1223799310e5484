"""Tables whose cells a scraper glued together, and boards with columns the reader skips."""

from __future__ import annotations

import pytest

from leadwatch.claims.gluedtables import glued_cells, glued_header
from leadwatch.claims.tables import _COLUMNS, table_claims
from leadwatch.claims.text import split_sentences


def _said(text: str) -> set[tuple[str, str, float | None, str | None]]:
    found = table_claims(list(split_sentences(text)))
    return {(c.asset, c.op, c.level or c.pct, c.window) for v in found.values() for c in v}


@pytest.mark.parametrize(
    ("header", "meanings"),
    [
        (
            "Market/Index2024 ClosePrior WeekAs of 3/14Weekly ChangeYTD Change",
            ["label", "close:Y:2024", "past", "level", "move:week", "move:ytd"],
        ),
        (
            "Index2023 CloseAs of 10/4/24Weekly ChgYTD Return",
            ["label", "close:Y:2023", "level", "move:week", "move:ytd"],
        ),
        ("AssetPriceDaily Change1M Change", ["label", "level", "move:day", "move:month"]),
        ("MarketsPrevious CloseClosing ValueYoY", ["label", "past", "level", "move:year"]),
        ("Asset | Price | 1D", None),  # a piped header is no glued one
        ("Markets rallied as Gold jumped", None),  # prose
    ],
)
def test_glued_header_is_read_phrase_by_phrase(header: str, meanings: list[str] | None) -> None:
    assert glued_header(header, _COLUMNS) == meanings


@pytest.mark.parametrize(
    ("row", "columns", "cells"),
    [
        (
            "Russell 10003,010.443,090.02-2.13%-5.40%",
            ["past", "level", "move:week", "move:ytd"],
            ("Russell 1000", ["3,010.44", "3,090.02", "-2.13%", "-5.40%"]),
        ),
        (
            "2-year Treasury3.95%4.02%7 bps-21 bps",
            ["past", "level", "move:week", "move:ytd"],
            ("2-year Treasury", ["3.95%", "4.02%", "7 bps", "-21 bps"]),
        ),
        (
            "Silver-SI=F$29.10$31.243.12%8.44%",
            ["past", "level", "move:week", "move:ytd"],
            ("Silver-SI=F", ["$29.10", "$31.24", "3.12%", "8.44%"]),
        ),
        (
            "Policy rate4.25%-4.50%4.25%-4.50%0 bps-25 bps",
            ["past", "level", "move:week", "move:ytd"],
            ("Policy rate", ["4.25%-4.50%", "4.25%-4.50%", "0 bps", "-25 bps"]),
        ),
        # "S&P 50012.50": "S&P 500" + 12.50 or "S&P 5001" + 2.50? no cut unless unique
        ("Gauge 50012.5013.101.20%2.00%", ["past", "level", "move:week", "move:ytd"], None),
        # "Nasdaq 100" + 17,210.44 or "Nasdaq 1001" + 7,210.44: both fit
        (
            "Nasdaq 10017,210.4417,590.02-2.13%-5.40%",
            ["past", "level", "move:week", "move:ytd"],
            None,
        ),
        ("Gold rose 1.2% to $2,410 on Friday", ["level", "move:week"], None),
    ],
)
def test_glued_row_is_cut_only_when_one_cut_fits(
    row: str, columns: list[str], cells: tuple[str, list[str]] | None
) -> None:
    assert glued_cells(row, columns) == cells


def test_glued_table_gives_levels_and_windowed_moves() -> None:
    text = (
        "Weekly Scoreboard\n\n"
        "Market/Index2024 ClosePrior WeekAs of 3/14Weekly ChangeYTD Change\n"
        "S&P 5005,881.635,770.205,638.94-2.27%-4.13%\n"
        "10-year Treasuries4.57%4.30%4.31%1 bps-26 bps\n"
        "Gold-GC=F$2,641.00$2,915.60$3,001.102.93%13.63%\n"
        "\nPrices reflect changes, not total return.\n"
    )
    said = _said(text)
    assert {
        ("spx", "at", 5638.94, None),
        ("spx", "down", 2.27, "week"),
        ("spx", "down", 4.13, "ytd"),
        ("yield_10y", "at", 4.31, None),
        ("yield_10y", "down", 26.0, "ytd"),
        ("gold", "at", 3001.1, None),
        ("gold", "up", 13.63, "ytd"),
    } <= said
    assert ("spx", "at", 5881.63, "end:Y:2024") in said  # the close of 2024: that day's level
    assert not any(v == 5770.2 for _, _, v, _ in said)  # the prior week's: a reference column


@pytest.mark.parametrize(
    "text",
    [
        "| Instrument | Last | Prev. | Change | YoY | Low | High | Volume |\n|---|---|---|---|"
        "---|---|---|---|\n| ETH | 2,410 | 2,384 | +1.10% | -12.40% | 2,371 | 2,430 | 9,102,331 |",
        "| Coin | Price | 24h % | 7d % | Mkt Cap | Circulating Supply |\n"
        "| Ethereum | $2,410 | +1.1% | -3.0% | $290.1B | 120,500,000 |",
        "Name\tPrice\tOpen\t24h High\t24h Low\t24h %\nETH\t2,410.00\t2,384.10\t2,430.50"
        "\t2,371.00\t+1.10%",
        "Asset | Last | Chg % | Volume (24h) | Market Cap | Rank\n"
        "Ether | 2,410 | 1.10% | 9.1B | 290B | 2",
    ],
)
def test_board_columns_the_reader_does_not_know_are_skipped(text: str) -> None:
    said = _said(text)
    assert ("eth", "at", 2410.0, None) in said
    assert ("eth", "up", 1.1, None) in said
    assert not any(v in (2384.0, 2384.1, 2430.0, 2430.5) for _, _, v, _ in said)


def test_a_row_of_an_asset_outside_the_store_keeps_its_own_name() -> None:
    text = (
        "Index2024 CloseAs of 3/14Weekly ChangeYTD Change\n"
        "DJIA42,544.2241,488.19-3.07%-2.48%\n"
        "Global Dow4,863.574,990.120.40%2.60%\n"
    )
    said = _said(text)
    assert ("dow", "at", 41488.19, None) in said
    assert not any(v == 4990.12 for _, _, v, _ in said)  # "Global Dow" is no Dow
