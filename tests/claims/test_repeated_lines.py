"""A line the page prints twice (or a bullet's opening repeated as a line of its own)
gives its claims once: on the longer sentence, or on the later of two identical ones; a
short sentence said of two days stays twice."""

from __future__ import annotations

from leadwatch.claims import extract_claims


def test_repeated_line_once() -> None:
    line = "Silver prices slid by about 3% over the week"
    text = f"Metals were mixed.\n\n{line}\n\n{line}\n"
    moves = [c for c in extract_claims(text).claims if c.asset == "silver" and c.pct == 3.0]
    assert [c.sentence for c in moves] == [2]


def test_bullet_opening_repeated_keeps_the_bullet() -> None:
    text = (
        "Weekly wrap.\n\n  \u2022 Weekly move: Ether prices rose by roughly 6% over the week, "
        "ending at $2,480 on June 6.\n\nEther prices rose by roughly 6% over the week\n"
    )
    moves = [c for c in extract_claims(text).claims if c.asset == "eth" and c.pct == 6.0]
    assert [c.sentence for c in moves] == [1]


def test_short_sentences_of_two_days_stay() -> None:
    text = "On Monday, gold fell 1%. Silver fell 1%.\n\nOn Tuesday, gold rose. Silver fell 1%."
    moves = [c for c in extract_claims(text).claims if c.asset == "silver"]
    assert len(moves) == 2
