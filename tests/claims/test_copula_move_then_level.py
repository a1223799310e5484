"""A copula's move followed by the level it reached ("was 0.8% lower at 5,918 points"):
the move's figure no longer hides the level after it (hand-written phrasings)."""

from __future__ import annotations

import pytest

from leadwatch.claims import extract_claims


def _levels(text: str) -> list[tuple[str | None, float | None]]:
    return [(c.asset, c.level) for c in extract_claims(text).claims if c.kind == "level"]


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("By the close the Nasdaq was 1.1% higher at about 19,420 points.", ("nasdaq", 19420.0)),
        ("The Dow was 0.4 % lower at roughly 41,250 points on Friday.", ("dow", 41250.0)),
        ("The dollar index is 0.3% weaker at 101.8 this morning.", ("dxy", 101.8)),
    ],
)
def test_level_after_copula_move(text: str, level: tuple[str, float]) -> None:
    assert level in _levels(text)


def test_copula_move_alone_is_no_level() -> None:
    # negative: a move with no level after it states none
    assert _levels("The Nasdaq was 1.4% lower late on Thursday.") == []
