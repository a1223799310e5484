"""A record told inside a story sentence (one that reads as a general claim) is still a
record where its own clause states a fact; a general clause's record is none."""

from __future__ import annotations

import pytest

from leadwatch.claims import extract_claims


def _records(text: str) -> list[str | None]:
    return [c.asset for c in extract_claims(text).claims if c.kind == "record"]


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
def test_story_records(text: str, expected: list[str]) -> None:
    assert _records(text) == expected
