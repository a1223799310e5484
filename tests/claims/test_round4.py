"""Round-four extraction rules, each tested on several hand-written phrasings of its
class: a move noun after its figure, distances from a past peak, clause-scoped dates."""

from __future__ import annotations

import pytest

from leadwatch.claims import extract_claims


def _moves(text: str) -> list[tuple[str | None, str | None, float | None]]:
    return [(c.asset, c.op, c.pct) for c in extract_claims(text).claims if c.pct is not None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Spot gold dropped 1.4% to $2,310.20 by midday, after a 3% jump on Tuesday.",
            [("gold", "down", 1.4), ("gold", "up", 3.0)],
        ),
        (
            "Silver slid 2.1% to $31.05, after nearly a 5% surge in the previous session.",
            [("silver", "down", 2.1), ("silver", "up", 5.0)],
        ),
        (
            "Bitcoin climbed 4% on Thursday following a 6% one-day slump on Wednesday.",
            [("btc", "up", 4.0), ("btc", "down", 6.0)],
        ),
        (
            "Gold rose 0.8% in early trade, extending its 2.5% weekly gain.",
            [("gold", "up", 0.8), ("gold", "up", 2.5)],
        ),
        (
            "Ether fell 3% after the 9% rally it posted last week.",
            [("eth", "down", 3.0), ("eth", "up", 9.0)],
        ),
    ],
)
def test_a_move_noun_after_its_figure_gives_that_figure_its_direction(
    text: str, expected: list[tuple[str, str, float]]
) -> None:
    assert _moves(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Gold fell 2% in trading on Friday as gains in the dollar weighed.",
        "Silver dropped 3% to end a run of gains.",
    ],
)
def test_a_noun_that_does_not_follow_the_figure_leaves_the_verb_its_say(text: str) -> None:
    assert [op for _, op, _ in _moves(text)] == ["down"]
