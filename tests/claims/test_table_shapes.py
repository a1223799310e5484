"""Table shapes: tab and multi-space cells, boards split by bars, the label column last and
a units row under the header."""

from __future__ import annotations

import pytest

from leadwatch.claims.tables import table_claims
from leadwatch.claims.text import split_sentences


def _said(text: str) -> set[tuple[str, str, float | None, str | None]]:
    found = table_claims(list(split_sentences(text)))
    return {(c.asset, c.op, c.level or c.pct, c.window) for v in found.values() for c in v}


_ETH = {("eth", "at", 3105.0, None), ("eth", "down", 0.5, None), ("eth", "up", 2.2, "week")}


@pytest.mark.parametrize(
    "text",
    [
        "Coin\tPrice\t24h %\t7d %\nEther\t$3,105\t-0.5%\t+2.2%",
        "Asset        Price      24h %    7d %\nEthereum     $3,105     -0.5%    +2.2%",
        "Price / 24h % / 7d %\nEther $3,105 / -0.5% / +2.2%",
        "Price \u00b7 24h Change \u00b7 7d Change\nETH 3,105 \u00b7 -0.5% \u00b7 +2.2%",
        "| Price | 24h % | 7d % | Asset |\n|---|---|---|---|\n| $3,105 | -0.5% | +2.2% | Ether |",
        "Price  1D  1W  Coin\n3,105.00  -0.5%  +2.2%  Ethereum",
        "Last\tDaily Change\tWeekly Change\tName\n3105\t-0.5%\t2.2%\tETH",
    ],
)
def test_a_board_in_any_shape_gives_its_price_and_changes(text: str) -> None:
    assert _said(text) >= _ETH


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "| Asset | Close | 1W | YTD |\n| | USD | % | % |\n| Gold | 2,410.50 | 1.2 | 14.1 |",
            {
                ("gold", "at", 2410.5, None),
                ("gold", "up", 1.2, "week"),
                ("gold", "up", 14.1, "ytd"),
            },
        ),
        (
            "Metal\tSpot\tWeek\tYTD\n\t(USD)\t(%)\t(%)\nSilver\t31.05\t-2.0\t7.5",
            {("silver", "at", 31.05, None), ("silver", "down", 2.0, "week")},
        ),
        (
            "| Market | Level | 1D | 1M |\n| Units | % | bp | bp |\n"
            "| US 10-year yield | 4.31 | -3 | 12 |",
            {("yield_10y", "at", 4.31, None), ("yield_10y", "up", 12.0, "month")},
        ),
    ],
)
def test_a_units_row_gives_bare_changes_their_unit(
    text: str, said: set[tuple[str, str, float | None, str | None]]
) -> None:
    assert said <= _said(text)


def test_without_a_units_row_a_bare_change_states_nothing() -> None:
    said = _said("| Asset | Close | 1W | YTD |\n| Gold | 2,410.50 | 1.2 | 14.1 |")
    assert said == {("gold", "at", 2410.5, None)}


@pytest.mark.parametrize(
    "text",
    [
        "Price / 24h % / 7d %\nEther climbed to $3,105, up 2.2% / week",  # prose after a header
        "Price  1D  1W  Coin\nthe price fell 0.5% and 2.2% last week",
    ],
)
def test_prose_under_a_board_header_is_no_row(text: str) -> None:
    assert not any(a == "eth" and v == 3105.0 for a, _, v, _ in _said(text))
