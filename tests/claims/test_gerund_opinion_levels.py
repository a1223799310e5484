"""A move to a price as the subject of an opinion or a hypothesis ("bitcoin sliding back
toward $X is not a collapse", "gold falling to $X would not end the run") states no level;
the same move said as a fact stays a level (hand-written phrasings)."""

from __future__ import annotations

import pytest

from tests.claims.extracted import levels


@pytest.mark.parametrize(
    "text",
    [
        "Bitcoin sliding back toward $58,000 is not the end of crypto.",
        "Gold falling to $3,000 would not end the bull run.",
        "Silver sliding back to $25 wouldn't change the long-term picture.",
        "Ether dropping below $2,000 doesn\u2019t mean the cycle is over.",
        "Bitcoin hitting $150,000 would be a milestone.",
        "Bitcoin reaching $150k isn't a given.",
        "Gold climbing above $4,000 could signal a blow-off top.",
    ],
)
def test_a_move_as_the_subject_of_an_opinion_is_no_level(text: str) -> None:
    assert not levels(text)


@pytest.mark.parametrize(
    "text",
    [
        "Bitcoin is drifting back toward $58,000.",
        "After falling to $3,000, gold rebounded.",
        "Gold trading near $3,000 is up 2% on the week.",
        "Bitcoin is hitting $100,000 today.",
        "Silver rose to $32, its best level in a decade.",
    ],
)
def test_a_move_told_as_a_fact_keeps_its_level(text: str) -> None:
    assert levels(text)
