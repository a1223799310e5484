"""A metal quoted on a local exchange ("a lifetime high on the MCX") is that exchange's
currency's series, clause by clause (hand-written phrasings)."""

from __future__ import annotations

import pytest

from leadwatch.claims import extract_claims
from tests.claims.extracted import moves, records


@pytest.mark.parametrize(
    ("text", "asset"),
    [
        ("Silver futures touched a lifetime peak on MCX during Monday trade.", "silver_inr"),
        ("Gold prices on MCX have risen over 38% so far this year.", "gold_inr"),
        ("Gold climbed 2% this week on the Shanghai Gold Exchange.", "gold_cny"),
        ("Gold hit a record high of $4,020 an ounce in New York on Monday.", "gold"),
        ("Gold hit a record high on Monday, while MCX volumes doubled.", "gold"),
    ],
)
def test_a_local_exchange_prices_its_own_clause(text: str, asset: str) -> None:
    first = extract_claims(text).claims[0]
    assert first.asset == asset


def test_the_usd_clause_beside_a_local_exchange_stays_the_metals() -> None:
    text = "Gold hits a record on MCX | Abroad, gold rose 0.4% to USD 4,010 an ounce."
    assert [a for a, op, _ in records(text) if op == "high"] == ["gold_inr"]
    assert ("gold", "up", 0.4) in moves(text)
