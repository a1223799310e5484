"""A figure set in brackets after its preposition ("rose by (0.4%) to (2310.25) dollars")
is read as the figure; a bracket after another figure ("down $12 (0.5%)") is unchanged."""

from __future__ import annotations

import pytest

from leadwatch.claims import extract_claims
from leadwatch.claims.numbers import plain_figures


def _levels(text: str) -> list[tuple[str | None, float | None]]:
    return [(c.asset, c.level) for c in extract_claims(text).claims if c.kind == "level"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Silver slid on Tuesday by (0.5%) to (31.20) dollars per ounce.", [("silver", 31.2)]),
        ("Spot gold rose by (1.1%) to (2,318.40) dollars an ounce.", [("gold", 2318.4)]),
        ("Gold stood at (2290.75) dollars per ounce on Wednesday.", [("gold", 2290.75)]),
    ],
)
def test_a_bracketed_price_is_a_level(text: str, expected: list[tuple[str, float]]) -> None:
    assert _levels(text) == expected


def test_a_bracketed_move_is_read() -> None:
    found = extract_claims("Silver slid on Tuesday by (0.5%) to (31.20) dollars per ounce.")
    assert [(c.asset, c.pct) for c in found.claims if c.kind == "percent"] == [("silver", 0.5)]


@pytest.mark.parametrize(
    "text",
    [
        "Gold was down $12 (0.5%) on the day.",
        "The metal (2290) was quoted in a table.",
    ],
)
def test_a_bracket_after_a_figure_stays(text: str) -> None:
    assert plain_figures(text) == text
