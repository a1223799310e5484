"""A record told inside a story sentence (one that reads as a general claim) is still a
record where its own clause states a fact; a general clause's record is none."""

from __future__ import annotations

import pytest

from tests.claims.extracted import record_assets


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # wire
            "Cheaper money trims the opportunity cost of owning havens such as gold, "
            "which went on to set a fresh all-time high.",
            ["gold"],
        ),
        (  # bank note
            "Debasement fears drove investors to bitcoin, which hit a record high.",
            ["btc"],
        ),
        ("Historically, gold tends to hit record highs when real yields fall.", []),
        ("Gold often hits record highs when the dollar weakens.", []),  # regional paper
        ("Silver typically sets new records in past cycles after gold.", []),  # crypto news
    ],
)
def test_storyrecord_assets(text: str, expected: list[str]) -> None:
    assert record_assets(text) == expected
