"""A figure of a "when" clause after a past time ("in late 2024, when copper hit $5") is
that time's, not the day of writing's: it does not date the article; a "when" after the
present or with no time named keeps its figure."""

from __future__ import annotations

import pytest

from leadwatch.claims.datehints import reference_only


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        (
            "The slide wiped out the gains of late 2024, when ether briefly reached $4,100.",
            "reached $4,100",
        ),
        ("Copper is back where it stood in April, when it traded at $4.20 a pound.", "at $4.20"),
        ("Silver now sits far below last summer, when it topped $33 for a week.", "topped $33"),
    ],
)
def test_a_when_clause_after_a_past_time_is_a_reference(sentence: str, words: str) -> None:
    assert reference_only(sentence, words)


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("Silver climbed to $31 when the dollar slipped in late trade.", "to $31"),
        ("Copper jumped today, when buyers returned, to $4.60.", "to $4.60"),
    ],
)
def test_a_when_clause_of_the_present_keeps_its_figure(sentence: str, words: str) -> None:
    assert not reference_only(sentence, words)
