"""A return stated as a percentage is the asset's move over its period; "returned to" a
price is no return (hand-written phrasings: fund notes, issuers, index providers)."""

from __future__ import annotations

import pytest

from leadwatch.claims import extract_claims


@pytest.mark.parametrize(
    ("text", "asset", "op", "pct"),
    [
        ("Bitcoin returned 7.25% in March.", "btc", "up", 7.25),
        ("The S&P 500 returned 1.4% (total return) in July.", "spx", "up", 1.4),
        ("Gold has returned about 31% so far this year.", "gold", "up", 31.0),
        ("Silver delivered a 9% return in the second quarter.", "silver", "up", 9.0),
        ("Over the past 12 months, ether has returned nearly 60%.", "eth", "up", 60.0),
        ("SPX returned -2.3% last week, its worst since April.", "spx", "down", 2.3),
        ("Gold produced a total return of 4.2 percent in May.", "gold", "up", 4.2),
        ("Silver delivers a solid year-to-date return of 21% (in USD).", "silver", "up", 21.0),
    ],
)
def test_a_stated_return_is_a_move(text: str, asset: str, op: str, pct: float) -> None:
    moves = {(c.asset, c.op, c.pct) for c in extract_claims(text).claims if c.kind == "percent"}
    assert (asset, op, pct) in moves


@pytest.mark.parametrize(
    "text",
    ["Gold returned to $3,100 on Friday.", "Bitcoin returned to its range after the spike."],
)
def test_returned_to_a_price_is_no_return(text: str) -> None:
    assert not [c for c in extract_claims(text).claims if c.kind == "percent"]


def test_a_return_put_first_is_not_lent_to_the_carried_subject() -> None:
    text = "Bitcoin rose 2%. After a return of 1.1% in May, corporate bonds slipped in June."
    claims = extract_claims(text).claims
    assert "btc" not in {c.asset for c in claims if c.sentence == 1 and c.kind == "percent"}
