"""A change quoted in brackets beside a move or a level is no price (hand-written phrasings
of weekly columns, wires, dealer notes and data-feed pages)."""

from __future__ import annotations

import pytest

from leadwatch.claims import extract_claims


@pytest.mark.parametrize(
    ("sentence", "levels"),
    [
        ("Gold futures jumped in a strong 2.41% rally ($81.30) to $3,455.20.", [3455.2]),
        ("Silver logged a 1.94% jump ($0.71) to $37.305 an ounce.", [37.305]),
        ("Gold booked a 2.75% weekly gain ($97.40), lifting prices to $3,640.10.", [3640.1]),
        ("Silver suffered a 4.1% sharp decline ($1.90) to $44.50 on Friday.", [44.5]),
        ("The dollar index rose to 98.9 (+0.35) on Friday.", [98.9]),
        ("Gold closed at $3,380.50 (+$12.40), silver at $38.20 (-0.15).", [3380.5, 38.2]),
    ],
)
def test_a_change_in_brackets_is_no_price(sentence: str, levels: list[float]) -> None:
    found = [c.level for c in extract_claims(sentence).claims if c.kind == "level"]
    assert found == levels


def test_a_price_in_brackets_is_still_a_price() -> None:
    ex = extract_claims("Gold's best level of the week came on Tuesday ($3,433.20).")
    assert [c.level for c in ex.claims if c.kind == "level"] == [3433.2]
