"""A record told of "both" after two assets named in separate clauses ("A rose while B
gained, both setting records") is each one's."""

from __future__ import annotations

from tests.claims.extracted import records


def test_both_after_two_clauses_gives_each_the_record() -> None:
    s = "The Dow jumped 1.5% to top 40,000, while the Nasdaq gained 2.1%, both setting new records."
    assert sorted(a for a, _, _ in records(s)) == ["dow", "nasdaq"]
    s = "Silver rose 2% while gold added 1%, both closing at record highs."
    assert sorted(a for a, _, _ in records(s)) == ["gold", "silver"]


def test_without_both_the_record_stays_the_last_subjects() -> None:
    s = "Silver rose 2% while gold added 1% and hit a record high."
    assert records(s) == [("gold", "high", None)]
