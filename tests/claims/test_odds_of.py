"""A comparison told as a chance ("the odds of ether beating bitcoin") is a forecast."""

from __future__ import annotations

import pytest

from leadwatch.claims.extract import extract_claims


def _compared(text: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(c.asset, c.op, c.other) for c in extract_claims(text).claims if c.kind == "comparison"]


@pytest.mark.parametrize(
    "text",
    [
        "Forum users think bitcoin's chances of outperforming gold this year are slim.",
        "Bets on silver outpacing gold have grown this week.",
        "A poll puts the probability of ether beating bitcoin in 2025 at one in four.",
        "The likelihood that gold outperforms the S&P 500 looks high to most traders.",
    ],
)
def test_a_comparison_told_as_a_chance_is_no_claim(text: str) -> None:
    assert _compared(text) == []


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Bitcoin has been outperforming gold this year.", ("btc", "outperforms", "gold")),
        ("The odds shifted as silver outpaced gold this month.", ("silver", "outperforms", "gold")),
        ("Ether lagged bitcoin over the week.", ("eth", "lags", "btc")),
    ],
)
def test_a_stated_comparison_stays(text: str, pair: tuple[str, str, str]) -> None:
    assert pair in _compared(text)
