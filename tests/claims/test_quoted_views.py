"""A comparison with no figure inside a view quoted from a speaker is an opinion, not a
claim about the data (hand-written phrasings)."""

from __future__ import annotations

import pytest

from leadwatch.claims import extract_claims


@pytest.mark.parametrize(
    "text",
    [
        "\u201cEther is finally closing the gap after trailing bitcoin all spring,\u201d"
        " one strategist observed.",
        '"Silver has outperformed gold this quarter," the broker wrote in a note.',
        "\u201cSilver keeps beating gold,\u201d Jane Roe, metals strategist at a bank, noted.",
    ],
)
def test_a_comparison_in_a_quoted_view_is_an_opinion(text: str) -> None:
    assert [c for c in extract_claims(text).claims if c.kind == "comparison"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Ether is finally closing the gap after trailing bitcoin all spring.",  # no quote
        "Silver has outperformed gold this quarter, the broker wrote in a note.",  # reported
    ],
)
def test_a_comparison_outside_quotes_stays(text: str) -> None:
    assert [c.kind for c in extract_claims(text).claims if c.kind == "comparison"] == ["comparison"]
