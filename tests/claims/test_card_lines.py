"""A card's change line may hold several changes, each with its window, in percent or (a
rate) basis points, joined by a dot, a bar or a comma (hand-written dashboards)."""

from __future__ import annotations

import pytest

from leadwatch.claims import extract_claims


def _found(text: str) -> set[tuple[str | None, str, str | None, float | None, str | None]]:
    return {
        (c.asset, c.kind, c.op, c.pct if c.kind == "percent" else c.level, c.window)
        for c in extract_claims(text).claims
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "UST 10Y\n4.31%\n+8 bp WoW \u00b7 +22 bp YTD\n",
            {
                ("yield_10y", "level", "at", 4.31, None),
                ("yield_10y", "percent", "up", 8.0, "week"),
                ("yield_10y", "percent", "up", 22.0, "ytd"),
            },
        ),
        (
            "VIX\n18.20\n-2.75% daily \u00b7 range 17.9-19.4\n",
            {("vix", "level", "at", 18.2, None), ("vix", "percent", "down", 2.75, None)},
        ),
        (
            "Gold\n$2,415.30\n+0.42% daily \u00b7 WoW -1.10%\n",
            {("gold", "percent", "up", 0.42, None), ("gold", "percent", "down", 1.1, "week")},
        ),
        (
            "Bitcoin (BTC)\n$64,210\n\u25b2 2.1% (24h) | \u25bc 5.4% (7d)\n",
            {("btc", "percent", "up", 2.1, None), ("btc", "percent", "down", 5.4, "week")},
        ),
        (
            "Ether\n$3,050\n-1.8% 1D, +4.2% 1W\n",
            {("eth", "percent", "down", 1.8, None), ("eth", "percent", "up", 4.2, "week")},
        ),
    ],
)
def test_every_change_of_a_card_line_is_read(text: str, expected: set[tuple]) -> None:
    assert expected <= _found(text)


def test_basis_points_of_a_price_are_no_change() -> None:
    found = _found("Gold\n$2,415.30\n+8 bp WoW \u00b7 +1.1% YTD\n")
    assert not any(k == "percent" and w == "week" for _, k, _, _, w in found)


@pytest.mark.parametrize(
    "text",
    [
        "Ether (ETH)\n\nPrice: Currently trading near $2,480 marking a 3.1% increase today.\n",
        "Ether (ETH)\n\nPrice: Recently changing hands at $2,480, a 3.1% increase on the day.\n",
        "Ether (ETH)\n\nPrice: Roughly $2,480 after a 3.1% increase on the day.\n",
    ],
)
def test_an_adverb_opening_a_field_names_no_asset(text: str) -> None:
    assert ("eth", "up") in {(c.asset, c.op) for c in extract_claims(text).claims}
