"""Percentages that are not a named asset's move: a levy's rate ("a 30% tariff threat",
"a 15% import duty") and a group's figure ("the rest of the top 10 gained under 8%"),
while the asset's own moves in the same sentences stay."""

from __future__ import annotations

import pytest

from leadwatch.claims import extract_claims


def _moves(text: str) -> set[tuple[str | None, float | None]]:
    claims = extract_claims(text).claims
    return {(c.asset, c.pct) for c in claims if c.kind in ("percent", "move")}


@pytest.mark.parametrize(
    ("text", "kept", "gone"),
    [
        (
            "The EU faces a 30% tariff threat from Washington, and the S&P 500 fell 1.2%.",
            ("spx", 1.2),
            ("spx", 30.0),
        ),
        (
            "Stocks eased on Friday after a 15% import duty was floated; the Nasdaq fell 0.8%.",
            ("nasdaq", 0.8),
            ("nasdaq", 15.0),
        ),
        ("Bitcoin slid 2% as a fund sold a 20% stakes package.", ("btc", 2.0), ("btc", 20.0)),
    ],
)
def test_levy_rates_are_no_moves(
    text: str, kept: tuple[str, float], gone: tuple[str, float]
) -> None:
    found = _moves(text)
    assert kept in found
    assert gone not in found


def test_a_levy_driven_move_stays() -> None:
    found = _moves("Silver jumped 3% on Monday after a 10% tax-driven selloff last week.")
    assert ("silver", 10.0) in found


@pytest.mark.parametrize(
    "text",
    [
        "Ether climbed 4% to $3,100 this week. The rest of the top 10 posted smaller gains "
        "below 8%, except Solana, which jumped 12%.",
        "Gold rose 2% on Friday. Most other metals gained 8%.",
        "Bitcoin added 3% on Monday, while the remaining majors fell 8%.",
    ],
)
def test_group_figures_are_no_members_moves(text: str) -> None:
    catalog = {"btc", "eth", "gold", "silver", "solana"}
    assert not {a for a, pct in _moves(text) if pct == 8.0} & catalog


def test_a_member_named_beside_its_group_keeps_its_move() -> None:
    found = _moves("Ether, like other coins in the top 10, rose 4% on Tuesday.")
    assert ("eth", 4.0) in found
