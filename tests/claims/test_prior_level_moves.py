"""A move to a level whose size is the way from a level the sentence before names runs from
that earlier level ("had climbed past $3,300 ... a 6% slide to $3,100"), not over the last
session; a size the two levels do not account for keeps the move's own reading."""

from __future__ import annotations

import pytest

from leadwatch.claims import extract_claims


def _moves(text: str) -> list[tuple[str | None, str | None]]:
    return [(c.asset, c.window) for c in extract_claims(text).claims if c.pct is not None]


@pytest.mark.parametrize(
    ("text", "window"),
    [
        (
            "Earlier in the month, gold had climbed past $3,300 an ounce. "
            "Then the dollar firmed, sending gold to $3,100 in a 6% slide.",
            "from:3300",
        ),
        (
            "Ether had sunk to $1,500 during the spring sell-off. "
            "Buyers returned, and ether rebounded about 20% to $1,800.",
            "from:1500",
        ),
    ],
)
def test_the_move_runs_from_the_level_before(text: str, window: str) -> None:
    moves = _moves(text)
    assert moves and moves[-1][1] == window, moves


def test_a_size_the_levels_do_not_explain_keeps_its_reading() -> None:
    text = (
        "Earlier in the month, gold had climbed past $3,300 an ounce. "
        "Then the dollar firmed, sending gold to $3,100 in a 2% slide."
    )
    moves = _moves(text)
    assert moves and moves[-1][1] != "from:3300", moves


def test_a_small_move_near_a_round_level_stays_the_sessions() -> None:
    text = "Silver pushed past the $40 mark earlier on. Spot silver was up 0.5% at $40.21."
    moves = _moves(text)
    assert moves and all(w is None or not w.startswith("from:") for _, w in moves), moves
