"""Rows chained on one line: a newsletter's price table flattened into pipe cells, rows
parted by an empty cell, each row its asset's level and its moves over the windows the
words after each change name (hand-written phrasings of the class)."""

from __future__ import annotations

import pytest

from leadwatch.claims import extract_claims

Row = tuple[str, str | None, str | None, float | None, str | None]


def _claims(text: str) -> list[Row]:
    return [
        (c.kind, c.asset, c.op, c.level if c.kind == "level" else c.pct, c.window)
        for c in extract_claims(text).claims
        if c.kind in ("level", "percent", "comparison")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Desk prices | Gold | $2,650.10 +0.35% -1.20% this week | "
            "| Silver | $30.55 -0.60% +2.10% this week |",
            [
                ("level", "gold", "at", 2650.1, None),
                ("percent", "gold", "up", 0.35, None),
                ("percent", "gold", "down", 1.2, "week"),
                ("level", "silver", "at", 30.55, None),
                ("percent", "silver", "down", 0.6, None),
                ("percent", "silver", "up", 2.1, "week"),
            ],
        ),
        (  # a window told in a code, in brackets
            "| Bitcoin | $61,400 -2.4% (7d) | | Ether | $2,480 +1.1% (YTD) |",
            [
                ("level", "btc", "at", 61400.0, None),
                ("percent", "btc", "down", 2.4, "week"),
                ("level", "eth", "at", 2480.0, None),
                ("percent", "eth", "up", 1.1, "ytd"),
            ],
        ),
        (  # rows of other assets state their own figures, never the metal's
            "Metals board | Gold | $2,010.00 +0.20% | | Copper | $4.12 -1.30% | "
            "| Platinum | $905.00 -0.80% |",
            [
                ("level", "gold", "at", 2010.0, None),
                ("percent", "gold", "up", 0.2, None),
                ("level", "copper", "at", 4.12, None),
                ("percent", "copper", "down", 1.3, None),
                ("level", "platinum", "at", 905.0, None),
                ("percent", "platinum", "down", 0.8, None),
            ],
        ),
    ],
)
def test_each_chained_row_is_its_assets_level_and_moves(text: str, expected: list[Row]) -> None:
    assert _claims(text) == expected


def test_a_ranking_list_neither_compares_nor_repeats_the_table() -> None:
    text = (
        "Desk prices | Gold | $2,650.10 -0.35% | | Silver | $30.55 -1.60% |\n"
        "|\n"
        "Leaders | Newmont Corp | +1.20% | | GC=F Gold | -0.35% |\n"
        "| Laggards | SI=F Silver | -1.60% | | HG=F Copper | -0.90% |\n"
    )
    found = _claims(text)
    assert ("comparison", "gold", "lags", None, None) not in found  # a heading is no verb
    assert [c for c in found if c[1] in ("gold", "silver") and c[0] == "percent"] == [
        ("percent", "gold", "down", 0.35, None),
        ("percent", "silver", "down", 1.6, None),
    ]
    assert ("percent", "copper", "down", 0.9, None) in found


def test_a_company_row_states_nothing_of_the_metal() -> None:
    text = "Miners | Goldcorp Holdings | +0.90% | | Silverline Mining Co | -0.40% |"
    assert [c for c in _claims(text) if c[1] in ("gold", "silver")] == []


@pytest.mark.parametrize(
    "text",
    [
        # one row alone is a bare table row, read as before
        "| Gold | $2,650.10 |",
        # prose between pipes is no row: read as prose
        "Issue 4 | | Gold slipped 0.4% today as the dollar firmed.",
    ],
)
def test_lines_that_are_no_chain_read_as_before(text: str) -> None:
    found = _claims(text)
    assert all(c[1] == "gold" for c in found)
    assert found  # the figure is still read
