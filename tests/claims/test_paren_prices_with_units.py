"""A price in parentheses with its unit ("highs ($2,950/oz)", "($31.20 an ounce)") states
the level of the asset named before it, as a bare one does; a move's size stays no level
(hand-written phrasings)."""

from __future__ import annotations

import pytest

from leadwatch.claims import extract_claims


def _levels(text: str) -> list[tuple[str | None, float | None]]:
    return [(c.asset, c.level) for c in extract_claims(text).claims if c.kind == "level"]


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Platinum touched multi-year highs ($1,480/oz) in heavy trade.", ("platinum", 1480.0)),
        ("Silver set a fresh record ($52.40 an ounce) late on Friday.", ("silver", 52.4)),
        ("Gold reached all-time highs ($2,950 per ounce) this week.", ("gold", 2950.0)),
    ],
)
def test_paren_price_with_unit_is_a_level(text: str, level: tuple[str, float]) -> None:
    assert level in _levels(text)


def test_paren_size_of_move_with_unit_is_no_level() -> None:
    # negative: the parenthesis gives the move's size in dollars an ounce
    assert ("silver", 1.0) not in _levels("Silver rose 2% ($1 an ounce) on Tuesday.")
