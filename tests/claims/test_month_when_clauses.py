"""A level or record told in a clause a named month opens with "when" is of that month,
not of the article's day (hand-written phrasings)."""

from __future__ import annotations

import pytest

from leadwatch.claims import extract_claims


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("Ether has lost ground since August, when it hit a record high of $4,900.", (0, 8)),
        (
            "Platinum slid since late March 2025, when it set an all-time high of $1,700.",
            (2025, 3),
        ),
        ("Silver sank after mid-July when it set an all-time high.", (0, 7)),
    ],
)
def test_a_record_in_a_month_when_clause_is_that_months(text: str, when: tuple[int, int]) -> None:
    ex = extract_claims(text)
    records = [c for c in ex.claims if c.kind == "record"]
    assert [(c.when, c.window) for c in records] == [(("month", when), "past")]


def test_a_record_after_the_when_clause_stays_the_days() -> None:
    text = "Ether has lost ground since August, when it peaked, but it hit a record high."
    records = [c for c in extract_claims(text).claims if c.kind == "record"]
    assert [(c.when, c.window) for c in records] == [(None, None)]
