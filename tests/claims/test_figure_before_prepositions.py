"""An asset named after a figure owns it when the words between tell a move of it ("the
29% increase in gold", "a 2% gain for silver"), not when they form a preposition ("fell 1%
ahead of the dollar's rebound", "in the wake of", "in front of"): the figure stays the
subject's."""

from __future__ import annotations

import pytest

from leadwatch.claims import extract_claims


def _moves(text: str) -> list[tuple[str | None, float | None]]:
    return [(c.asset, c.pct) for c in extract_claims(text).claims if c.kind == "percent"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gold fell 1% ahead of the dollar rebound.", [("gold", 1.0)]),
        ("The dollar index fell 0.9% ahead of bitcoin's rally.", [("dxy", 0.9)]),
        ("Silver slid 2% in the wake of the dollar's jump.", [("silver", 2.0)]),
        ("The 29% increase in gold was notable.", [("gold", 29.0)]),
        ("It was a 2% gain for silver on the day.", [("silver", 2.0)]),
    ],
)
def test_the_asset_after_a_figure(text: str, expected: list[tuple[str, float]]) -> None:
    assert _moves(text) == expected
