"""The shared word classes and pattern builders of the claim readers."""

from __future__ import annotations

import re

import pytest

from leadwatch.claims.vocabulary import (
    MONTH_RE,
    YEAR_RE,
    count_re,
    count_value,
    ending,
    month_number,
)


@pytest.mark.parametrize(("name", "number"), [("Jan.", 1), ("May", 5), ("Sept.", 9), ("dec", 12)])
def test_month_number_reads_names_and_abbreviations(name: str, number: int) -> None:
    assert month_number(name) == number


def test_month_re_needs_a_full_stop_after_an_abbreviation() -> None:
    assert re.fullmatch(MONTH_RE, "October")
    assert re.match(MONTH_RE + r"\.", "Oct.")
    assert re.fullmatch(MONTH_RE, "Oct") is None


def test_year_re_is_this_century_or_the_last() -> None:
    assert re.fullmatch(YEAR_RE, "1980") and re.fullmatch(YEAR_RE, "2026")
    assert re.fullmatch(YEAR_RE, "2150") is None


def test_counts_in_digits_or_words_and_their_values() -> None:
    pattern = count_re(10, low=2)
    assert re.fullmatch(pattern, "seven") and re.fullmatch(pattern, "42")
    assert re.fullmatch(pattern, "one") is None and re.fullmatch(pattern, "eleven") is None
    assert [count_value(w) for w in ("seven", "13", None, "several")] == [7, 13, 1, 1]
    assert count_value("several", default=0) == 0


def test_ending_finds_whole_words_at_the_end_with_the_gap_allowed() -> None:
    more = ending("more than", "over")
    assert more.search("it rose by more than ")
    assert more.search("it rose by moreover ") is None  # a whole word only
    assert more.search("over $5 later") is None  # must end the text
    hedge = ending("could", gap=r"[^.;]{0,10}")
    assert hedge.search("silver could hit")
    assert hedge.search("silver could well go on to hit") is None  # past the gap
