"""Price cards, one field to a line under an asset's name (snapshot widgets, crypto
dashboards, feed pages): hand-written phrasings of the class (issue 15, round 11)."""

from __future__ import annotations

import pytest

from leadwatch.claims import extract_claims


def _card(text: str) -> list[tuple[str, str | None, str, float | None, str | None]]:
    return [
        (c.kind, c.asset, c.op, c.level if c.kind == "level" else c.pct, c.window)
        for c in extract_claims(text).claims
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Bitcoin (BTC)\n\n$87,364\n\n\u25bc 7% YTD\n",
            [("level", "btc", "at", 87364.0, None), ("percent", "btc", "down", 7.0, "ytd")],
        ),
        (
            "Bitcoin\n$87,412\n24h: -1.2%\n7d: +3.4%\n",
            [
                ("level", "btc", "at", 87412.0, None),
                ("percent", "btc", "down", 1.2, None),
                ("percent", "btc", "up", 3.4, "week"),
            ],
        ),
        (
            "Dollar Index\n95.74\n\u25bc 0.72% (week)\n",
            [("level", "dxy", "at", 95.74, None), ("percent", "dxy", "down", 0.72, "week")],
        ),
        (
            "Silver\nUS$64.46/oz\n-1.2%\n",
            [("level", "silver", "at", 64.46, None), ("percent", "silver", "down", 1.2, None)],
        ),
        (
            "Ether (ETH)\n$2,938\n\u2191 0.8% (1M)\n",
            [("level", "eth", "at", 2938.0, None), ("percent", "eth", "up", 0.8, "month")],
        ),
    ],
)
def test_a_card_gives_its_asset_level_and_moves(
    text: str, expected: list[tuple[str, str | None, str, float | None, str | None]]
) -> None:
    assert _card(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Gold\nAll-time high\n$4,500\n",  # a line that is no field ends the card
        "Gold\n\nThe metal was quiet on the day.\n\n$4,100\n",  # so does prose
        "Bitcoin\n2025\n",  # a year under the name heads that year's figures
        "Gold\nATH: +72%\n",  # a change that names no window of a price
    ],
)
def test_lines_that_are_no_card_fields_give_no_quote(text: str) -> None:
    assert [c for c in extract_claims(text).claims if c.kind in ("level", "percent")] == []
