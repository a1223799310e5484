"""Periods told as spans of gains or losses ("a month of gains for gold") are moves."""

from __future__ import annotations

import pytest

from leadwatch.claims import extract_claims


@pytest.mark.parametrize(
    ("sentence", "moves"),
    [
        ("It was yet another week of strong gains for ether.", [("eth", "up", "W")]),
        (
            "Another month of losses for silver and gold",
            [("silver", "down", "M"), ("gold", "down", "M")],
        ),
        ("Bitcoin logged a month of steady declines.", [("btc", "down", "M")]),
        ("The dollar posted a year of advances.", [("dxy", "up", "Y")]),
        ("It has been a week of sharp drops for bitcoin; ether held up.", [("btc", "down", "W")]),
        ("Gold capped another month of gains, including a new record.", [("gold", "up", "M")]),
    ],
)
def test_spans_of_moves_are_read(sentence: str, moves: list[tuple[str, str, str]]) -> None:
    found = [
        (c.asset, c.op, (c.window or "")[7:8])
        for c in extract_claims(sentence).claims
        if c.kind == "move"
    ]
    assert found == moves


@pytest.mark.parametrize(
    "sentence",
    [
        "Bitcoin miners face a year of losses for their rigs.",  # nothing in the store
        "Ether, after a month of gains, fell 2% on Monday.",  # the sized move stands
    ],
)
def test_other_spans_add_no_move(sentence: str) -> None:
    claims = extract_claims(sentence).claims
    assert not [c for c in claims if (c.window or "").startswith("streak:")]
