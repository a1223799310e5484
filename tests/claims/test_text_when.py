"""Time words of a claim keep the year written after an abbreviated month."""

from __future__ import annotations

import pytest

from leadwatch.claims.text import find_when, find_when_at


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Copper peaked in Dec. 2024 and has drifted since.", ("month", (2024, 12))),
        ("Ether last traded there in Sept. 2021.", ("month", (2021, 9))),
        ("Silver was cheaper in March 2025.", ("month", (2025, 3))),
        ("Gold rallied in Nov.", ("month", (0, 11))),
    ],
)
def test_a_month_keeps_its_year(sentence: str, expected: tuple[str, object]) -> None:
    assert find_when(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Yesterday, copper slid 2%.", ("yesterday", 1)),
        ("Today ether is flat.", ("today", 0)),
        ("This morning the dollar firmed.", ("today", 0)),
    ],
)
def test_a_relative_day_opening_a_sentence_is_read(sentence: str, expected: tuple) -> None:
    assert find_when(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "words", "expected"),
    [
        (  # a relative "when" takes the day named right before it
            "Copper rallied into Thursday, when it set a record of $6.",
            "record",
            ("weekday", 3),
        ),
        (
            "The Nasdaq rose for five days through Christmas Eve, when it closed at a record.",
            "record",
            ("date", (12, 24)),
        ),
        (  # a day told relative to another is not taken (the event's prior day)
            "Ether slid from the prior day, when it had ended above $4,000.",
            "above",
            None,
        ),
    ],
)
def test_a_relative_when_clause_takes_the_day_just_named(
    sentence: str, words: str, expected: tuple | None
) -> None:
    assert find_when_at(sentence, sentence.index(words)) == expected
