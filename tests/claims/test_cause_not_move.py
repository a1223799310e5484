"""A verb of cause ("is weakening gold's appeal") and a hedge ("a hedge against a weakening
dollar") state no move of the dollar; its own moves stay claims (hand-written phrasings)."""

from __future__ import annotations

import pytest

from tests.claims.extracted import moves


@pytest.mark.parametrize(
    "text",
    [
        "A rebound in the dollar is weakening gold's appeal.",
        "The greenback's recovery weakened bullion's bid on Thursday.",
        "A firm U.S. dollar is weakening demand for precious metals.",
        "The dollar's slide has strengthened the case for gold.",
        "Gold is seen as a hedge against a weakening dollar.",
        "Bitcoin is pitched as insurance against the weakening U.S. dollar.",
        "Investors want protection against a strengthening greenback.",
        # a participle after an article describes a cause, no move of the dollar's
        "The new peak was powered by a weakening U.S. dollar and trade jitters.",
        "Bullion's advance was helped along by the weakening greenback.",
    ],
)
def test_cause_or_hedge_states_no_dollar_move(text: str) -> None:
    assert "dxy" not in {a for a, _, _ in moves(text)}


@pytest.mark.parametrize(
    ("text", "op"),
    [
        ("The dollar weakened 0.5% on Friday.", "down"),
        ("The dollar is weakening, and gold is rising.", "down"),
        ("The dollar weakened against a basket of currencies on Tuesday.", "down"),
        ("The dollar strengthened the most since March.", "up"),
        ("Gold rose as traders weakened the dollar with bets on cuts.", "down"),
        ("Trade headlines are weakening the greenback again.", "down"),
    ],
)
def test_the_dollars_own_moves_stay(text: str, op: str) -> None:
    assert ("dxy", op) in {(a, o) for a, o, _ in moves(text)}
