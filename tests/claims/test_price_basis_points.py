"""Basis points of a price are hundredths of a percent of it ("spot gold climbed 40 basis
points"): a move of the price, graded as such; a rate's basis points stay points of the
rate, and the size of a policy step is no move of any price."""

from __future__ import annotations

import pytest

from leadwatch.claims import extract_claims


@pytest.mark.parametrize(
    ("text", "asset", "op", "pct"),
    [
        ("Spot silver gained 85 basis points to $31.20 an ounce.", "silver", "up", 0.85),
        ("Bitcoin slipped 120 bps in Asian trade to $64,100.", "btc", "down", 1.2),
        ("The S&P 500 fell 30 basis points on Tuesday.", "spx", "down", 0.3),
    ],
)
def test_basis_points_of_a_price_are_a_percent_move(
    text: str, asset: str, op: str, pct: float
) -> None:
    moves = [c for c in extract_claims(text).claims if c.kind == "percent"]
    assert [(c.asset, c.op) for c in moves] == [(asset, op)]
    assert moves[0].pct == pytest.approx(pct)
    assert "bp" not in moves[0].qualifiers


def test_a_rates_basis_points_stay_points() -> None:
    moves = [
        c
        for c in extract_claims("The 10-year yield rose 7 basis points to 4.21%.").claims
        if c.kind == "percent"
    ]
    assert [(c.asset, c.pct, "bp" in c.qualifiers) for c in moves] == [("yield_10y", 7.0, True)]


@pytest.mark.parametrize(
    "text",
    [
        "A 50-basis-point rate cut would help gold, traders said.",
        "Gold traders priced 75 basis points of cuts by December.",
    ],
)
def test_a_policy_steps_basis_points_are_no_price_move(text: str) -> None:
    assert not [c for c in extract_claims(text).claims if c.kind == "percent"]
