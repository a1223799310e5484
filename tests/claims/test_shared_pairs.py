"""Two subjects joined by "and" share the one move figure of their verb."""

from __future__ import annotations

import pytest

from leadwatch.claims import extract_claims


def _moves(text: str) -> set[tuple[str | None, float | None]]:
    return {(c.asset, c.pct) for c in extract_claims(text).claims if c.kind == "percent"}


@pytest.mark.parametrize(
    ("text", "assets", "pct"),
    [
        ("The S&P 500 and the Nasdaq rose 1% on Friday.", {"spx", "nasdaq"}, 1.0),
        ("Gold and silver slipped 2% on Tuesday as the dollar firmed.", {"gold", "silver"}, 2.0),
        ("Ether and solana have dropped more than 10% this week.", {"eth", "solana"}, 10.0),
        ("The Dow and the S&P 500 closed 0.5% lower.", {"dow", "spx"}, 0.5),
        ("Both the wider S&P 500 index and Nasdaq Composite were roughly 0.8% up late.",
         {"spx", "nasdaq"}, 0.8),
        ("Bitcoin & ether gained about 6 percent over the week.", {"btc", "eth"}, 6.0),
    ],
)  # fmt: skip
def test_a_pair_shares_its_move(text: str, assets: set[str], pct: float) -> None:
    assert _moves(text) == {(a, pct) for a in assets}


@pytest.mark.parametrize(
    ("text", "moves"),
    [
        ("Pressuring gold, the dollar added 0.2% against rivals.", {("dxy", 0.2)}),
        ("Wall Street's S&P 500 Volatility Index leapt 16% to 19 points.", {("vix", 16.0)}),
        ("Gold and silver crashed up to 3.5% on Monday.", {("silver", 3.5)}),
        ("Gold and silver gained 12% and 20% this year.", {("gold", 12.0), ("silver", 20.0)}),
    ],
)
def test_no_pair_no_share(text: str, moves: set[tuple[str, float]]) -> None:
    assert _moves(text) == moves
