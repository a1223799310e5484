"""A day's high or low printed as a field under an asset's heading, hedged or not, is a
price the asset reached that day; a 52-week high is no such field (hand-written cards)."""

from __future__ import annotations

import pytest

from leadwatch.claims import extract_claims


def _levels(text: str) -> set[tuple[str | None, float | None]]:
    return {(c.asset, c.level) for c in extract_claims(text).claims if c.kind == "level"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ether (ETH)\n\nDaily high: Approximately $2,566\n\nDaily low: Approximately $2,431\n",
            {("eth", 2566.0), ("eth", 2431.0)},
        ),
        (
            "Gold\nDay's high: $2,431.20\nDay's low: $2,398.70\n",
            {("gold", 2431.2), ("gold", 2398.7)},
        ),
        (
            "Bitcoin (BTC)\n24h high: ~$64,900\n24h low: about $62,100\n",
            {("btc", 64900.0), ("btc", 62100.0)},
        ),
        ("Silver\nIntraday high: $31.45\n", {("silver", 31.45)}),
    ],
)
def test_a_day_high_or_low_field_is_a_level(text: str, expected: set[tuple[str, float]]) -> None:
    assert expected <= _levels(text)


def test_a_52_week_high_field_is_no_level() -> None:
    assert not _levels("Silver\n52-week high: $35.20\n")


def test_a_field_told_in_words_does_not_end_the_block() -> None:
    text = (
        "Ether (ETH)\n\nPrice: Now trading near $2,480 after a 3.1% rise.\n\n"
        "Daily high: Approximately $2,566\n"
    )
    assert ("eth", 2566.0) in _levels(text)
