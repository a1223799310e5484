"""A dollar amount with decimals and a scale ("adding $2.47 billion") is a flow or a market
value, never a price move, whatever verb carries it; a bare decimal amount still is."""

from __future__ import annotations

import pytest

from leadwatch.claims.extract import extract_claims


@pytest.mark.parametrize(
    "text",
    [
        "Ether funds have drawn money since Nov. 3, adding $2.47 billion.",
        "Spot bitcoin products gained $3.9 billion in the past week.",
        "Gold ETFs shed $1.25 million on Tuesday.",
    ],
)
def test_scaled_decimal_amount_is_no_move(text: str) -> None:
    claims = extract_claims(text).claims
    assert not [c for c in claims if c.kind == "move" and "usd" in c.qualifiers], claims


def test_decimal_amount_without_scale_is_still_a_move() -> None:
    claims = extract_claims("Gold is up $38.40 since Monday, adding $11.75 on Friday.").claims
    sizes = sorted(c.pct for c in claims if c.kind == "move" and c.pct is not None)
    assert sizes == [11.75, 38.4]


def test_decimal_amount_before_a_comma_is_read_whole() -> None:
    claims = extract_claims("On Tuesday silver traded up $0.85, at $31.20.").claims
    assert [c.pct for c in claims if c.kind == "move"] == [0.85], claims
