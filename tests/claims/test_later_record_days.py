"""A day named after a record ("shy of its record close reached on May 4") belongs to that
record, not to the level before it; a record only just missed ("narrowly missed a fresh
record close") is no record."""

from __future__ import annotations

import pytest

from leadwatch.claims import extract_claims


def _level_when(text: str) -> object:
    return next(c.when for c in extract_claims(text).claims if c.kind == "level")


@pytest.mark.parametrize(
    "text",
    [
        "The S&P 500 ended Thursday at 5,410.20, just shy of its 5,430.10 record close "
        "reached on May 4.",
        "Silver settled Thursday at $31.40, below the peak it set on May 4.",
    ],
)
def test_the_record_day_is_not_the_level_day(text: str) -> None:
    assert _level_when(text) == ("weekday", 3)


def test_a_level_day_stays() -> None:
    assert _level_when("Gold ended at $2,310 on May 4, a record close.") == ("date", (5, 4))


@pytest.mark.parametrize(
    ("text", "records"),
    [
        ("The S&P 500 narrowly missed a fresh record close on Thursday.", 0),
        ("Silver just missed a new all-time high on Thursday.", 0),
        ("Funds that missed the rally sold, while the Nasdaq hit a record high on Thursday.", 1),
    ],
)
def test_a_missed_record_is_none(text: str, records: int) -> None:
    found = extract_claims(text).claims
    assert len([c for c in found if c.kind == "record"]) == records


def test_a_figure_told_after_a_dated_record_is_not_of_its_day() -> None:
    text = (
        "The S&P 500 sits 3% below its record close of 5,980.40 set on March 3 and is back "
        "above 5,800 for the first time in a month."
    )
    found = extract_claims(text).claims
    bound = [c for c in found if c.kind == "level" and c.level == 5800]
    assert [c.when for c in bound] == [None]  # the article's day, not March 3
