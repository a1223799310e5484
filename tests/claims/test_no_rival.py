"""A rate or the dollar carried from the sentence before is no rival in a comparison."""

from __future__ import annotations

import pytest

from leadwatch.claims.extract import extract_claims


def _compared(text: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(c.asset, c.op, c.other) for c in extract_claims(text).claims if c.kind == "comparison"]


@pytest.mark.parametrize(
    "before",
    [
        "Traders now see a 60% chance that the Federal Reserve cuts in March.",
        "The dollar index slipped 0.3% on Thursday.",
        "Real yields eased for a third day.",
    ],
)
def test_a_carried_rate_or_dollar_is_no_rival(before: str) -> None:
    said = _compared(f"{before} Even so, U.S. equities lagged foreign markets this year.")
    assert all(other not in ("fed_funds", "dxy", "real_yield_10y") for _, _, other in said)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Silver jumped on Monday. Bitcoin lagged it this week.", ("btc", "lags", "silver")),
        ("Gold fell. Ether lagged.", ("eth", "lags", "gold")),
        ("Ether has outpaced gold this year.", ("eth", "outperforms", "gold")),
    ],
)
def test_an_asset_carried_or_named_stays_the_rival(text: str, pair: tuple[str, str, str]) -> None:
    assert pair in _compared(text)
