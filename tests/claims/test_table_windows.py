"""Table columns of a window's extremes ("7D High") and the changes beside them."""

from __future__ import annotations

import pytest

from leadwatch.claims import extract_claims
from leadwatch.claims.tables import column_meanings


def _facts(text: str) -> list[tuple[str, str | None, str | None, float | None, str | None]]:
    return [
        (c.kind, c.asset, c.op, c.level if c.kind in ("level", "record") else c.pct, c.window)
        for c in extract_claims(text).claims
    ]


def test_single_spaced_board_with_week_range_and_signed_volatility() -> None:
    text = (
        "Crypto board for the week.\n\n"
        "Asset Logo Name Current Price 7D High 7D Low Volatility\n"
        "BTC Bitcoin $64,120.5 $66,800.00 $62,410.25 +2.35%\n"
    )
    assert _facts(text) == [
        ("level", "btc", "at", 64120.5, None),
        ("record", "btc", "high", 66800.0, "last:7:day"),
        ("record", "btc", "low", 62410.25, "last:7:day"),
        ("percent", "btc", "up", 2.35, "week"),
    ]


def test_piped_board_gives_its_change_column_the_range_window() -> None:
    text = (
        "Monthly summary of metals.\n\n"
        "| Metal | Price | 30D High | 30D Low | Change |\n"
        "|---|---|---|---|---|\n"
        "| Silver | 28.40 | 30.15 | 27.02 | -4.1% |\n"
    )
    assert _facts(text) == [
        ("level", "silver", "at", 28.4, None),
        ("record", "silver", "high", 30.15, "last:30:day"),
        ("record", "silver", "low", 27.02, "last:30:day"),
        ("percent", "silver", "down", 4.1, "month"),
    ]


@pytest.mark.parametrize(
    ("header", "meanings"),
    [
        # a day's range is intraday: read, no claim; the change stays the day's
        ("Coin Price 24h High 24h Low 24h Change", ["label", "level", "skip", "skip", "move:day"]),
        # no range column: a change names the day, and an unsigned dispersion nothing
        ("Asset | Price | Change | Volatility", ["label", "level", "move:day", "skip"]),
    ],
)
def test_columns_without_a_long_window_keep_the_day(header: str, meanings: list[str]) -> None:
    assert column_meanings(header) == meanings


def test_unsigned_volatility_states_no_move() -> None:
    text = (
        "Board.\n\n"
        "| Coin | Price | 7D High | 7D Low | Volatility |\n"
        "|---|---|---|---|---|\n"
        "| Ether | 3,105.00 | 3,240.10 | 2,980.55 | 3.4% |\n"
    )
    assert [f for f in _facts(text) if f[0] == "percent"] == []
