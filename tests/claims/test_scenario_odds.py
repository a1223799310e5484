"""Percentages that weigh scenarios ("60% for a strong rebound or 40% for a deeper
selloff") are odds, not moves of the asset the article is about; a move "for a third
straight rally" stays a move."""

from __future__ import annotations

import pytest

from leadwatch.claims import extract_claims


@pytest.mark.parametrize(
    "text",
    [
        "Bitcoin closed the year near $95,000. It's 60% for a strong rebound or 40% for a "
        "deeper selloff in the months ahead.",
        "Ether ended the quarter at $3,100. I see 70% for a rally and 30% for a crash.",
    ],
)
def test_scenario_odds_are_no_moves(text: str) -> None:
    claims = extract_claims(text).claims
    assert [c for c in claims if c.sentence == 1 and c.kind in ("percent", "move")] == []


@pytest.mark.parametrize(
    ("text", "asset"),
    [
        ("Ether climbed 7% for a third straight rally this week.", "eth"),
        ("Gold gained 3% for a weekly rally on Friday.", "gold"),
    ],
)
def test_move_for_a_rally_stays(text: str, asset: str) -> None:
    claims = extract_claims(text).claims
    assert (asset, "up") in {(c.asset, c.op) for c in claims if c.pct is not None}
