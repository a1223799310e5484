"""An opening that frames the view ("Looking at the weekly performance,") lends its window
to the figures after it; an aside that sets its own time apart keeps it."""

from __future__ import annotations

import pytest

from leadwatch.claims import extract_claims


@pytest.mark.parametrize(
    ("text", "window"),
    [
        ("Looking at the weekly performance, bitcoin rose 4.7%, while ether gained 4.3%.", "week"),
        ("Turning to the monthly chart, gold is up 6%.", "month"),
        ("Focusing on the weekly numbers, silver fell 3%.", "week"),
    ],
)
def test_a_framing_opening_gives_its_window(text: str, window: str) -> None:
    moves = [c for c in extract_claims(text).claims if c.kind == "percent"]
    assert moves and all(c.window == window for c in moves)


def test_an_aside_keeps_its_own_time() -> None:
    text = "Gold, which touched $5,600 on Thursday, has fallen 12% to $4,718."
    (move,) = [c for c in extract_claims(text).claims if c.kind == "percent"]
    assert move.when is None
