"""A pullback within the session ("down from its session highs", "pared early gains") is
not the day's move: no figureless move claim comes of it (phrasings written for this test)."""

from __future__ import annotations

import pytest

from leadwatch.claims import extract_claims

PULLBACKS = [
    ("Around midday gold was down from its session highs after the data.", "gold"),
    ("Silver was off the day's best levels by late morning in New York.", "silver"),
    ("Bitcoin retreated from an intraday peak as traders booked profits.", "btc"),
    ("The dollar eased from its early highs after the jobs report.", "dxy"),
    ("Gold gave up its early gains as yields climbed.", "gold"),
    ("Bitcoin gave back some of its morning gains before the US open.", "btc"),
    ("Silver has slipped from the highs of the session in thin trade.", "silver"),
]


@pytest.mark.parametrize(("sentence", "asset"), PULLBACKS)
def test_a_session_pullback_is_no_move_of_the_day(sentence: str, asset: str) -> None:
    moves = [
        c
        for c in extract_claims(sentence).claims
        if c.kind == "move" and c.asset == asset and c.pct is None
    ]
    assert moves == []


@pytest.mark.parametrize(
    ("sentence", "asset", "op"),
    [
        ("Gold fell on Tuesday as the dollar firmed.", "gold", "down"),
        ("Bitcoin retreated on Monday after a strong weekend.", "btc", "down"),
        ("Silver was down on the day, extending its weekly slide.", "silver", "down"),
    ],
)
def test_a_move_of_the_day_stays(sentence: str, asset: str, op: str) -> None:
    moves = [c for c in extract_claims(sentence).claims if c.kind == "move" and c.asset == asset]
    assert [c.op for c in moves] == [op]


def test_a_sized_move_from_the_session_high_keeps_its_figure() -> None:
    claims = extract_claims("Gold was down 1.2% from its session high at $3,010.").claims
    assert any(c.asset == "gold" and c.pct == 1.2 for c in claims)
