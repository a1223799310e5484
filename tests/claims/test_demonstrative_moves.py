"""A sentence that names no asset and states a move as a noun after "This marks", "That
is", "This signals": the move of the asset the sentence before named (hand-written
phrasings)."""

from __future__ import annotations

import pytest

from leadwatch.claims import extract_claims


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Gold closed at $3,420. This marks a 31% rise so far this year.",
            ("gold", "up", 31.0),
        ),
        ("Silver slid to $29. That is a steep 12% drop this month.", ("silver", "down", 12.0)),
        (
            "Ether ended at $1,900. This represents a 40% loss so far this year.",
            ("eth", "down", 40.0),
        ),
    ],
)
def test_a_demonstrative_move_is_the_last_assets(text: str, found: tuple[str, str, float]) -> None:
    moves = [(c.asset, c.op, c.pct) for c in extract_claims(text).claims if c.kind == "percent"]
    assert moves == [found]


@pytest.mark.parametrize(
    "text",
    [
        "Gold closed at $3,420. This is a 25% tariff on imported bars.",  # no move noun
        "Bitcoin ended at $97,000. This marks a 20% share of all trading.",
    ],
)
def test_a_demonstrative_figure_that_is_no_move_stays_unowned(text: str) -> None:
    assert not [c for c in extract_claims(text).claims if c.kind == "percent"]
