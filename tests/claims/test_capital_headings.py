"""A figureless line in capitals is a page's heading, whatever its punctuation: it states
no claim of its own (the body's sentences tell them); a line with a figure, or prose, still
does."""

from __future__ import annotations

import pytest

from leadwatch.claims import extract_claims


def _claims(text: str) -> list[tuple[str, str | None]]:
    return [(c.kind, c.asset) for c in extract_claims(text).claims]


@pytest.mark.parametrize(
    "text",
    [
        "PLATINUM AND SILVER KEEP SETTING NEW RECORDS. IS THE RUN OVER?",
        "BITCOIN SLUMPS AS TRADERS FLEE RISK",
        "SILVER HITS A RECORD HIGH.",
    ],
)
def test_capital_headings_state_nothing(text: str) -> None:
    assert _claims(text) == []


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("Silver hit a record high on Thursday.", ("record", "silver")),
        ("SILVER TOPS $60 FOR THE FIRST TIME.", ("record", "silver")),
    ],
)
def test_prose_and_figured_capitals_stay(text: str, claim: tuple[str, str]) -> None:
    assert claim in _claims(text)
