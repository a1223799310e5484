"""A round level crossed as a milestone ("clearing the $4,000 milestone", "past the
much-anticipated $50,000 mark") is a first: the sentence also claims a record high. A milestone
taken back, lost or only in view is none."""

from __future__ import annotations

import pytest

from leadwatch.claims import extract_claims


def _records(text: str) -> list[tuple[str | None, str | None]]:
    return [(c.asset, c.op) for c in extract_claims(text).claims if c.kind == "record"]


@pytest.mark.parametrize(
    ("text", "asset"),
    [
        ("Gold rose 2% on Monday, clearing the $4,000 milestone and extending gains.", "gold"),
        ("Bitcoin vaulted past the much-anticipated $100,000 mark.", "btc"),
        ("Ether topped the $5K milestone on Thursday.", "eth"),
        ("Silver reached the $50 milestone on Friday.", "silver"),
    ],
)
def test_a_milestone_crossed_is_a_record(text: str, asset: str) -> None:
    assert _records(text) == [(asset, "high")]


@pytest.mark.parametrize(
    "text",
    [
        "Bitcoin reclaimed the $100,000 milestone.",
        "Bitcoin fell below the $100,000 milestone.",
        "Gold is eyeing the $4,000 milestone.",
        "Gold climbed back above the $4,000 milestone.",
        "Gold surged past the $4,000 mark.",
    ],
)
def test_a_milestone_taken_back_lost_or_in_view_is_none(text: str) -> None:
    assert _records(text) == []
