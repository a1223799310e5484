"""Time words of a claim keep the year written after an abbreviated month."""

from __future__ import annotations

import pytest

from leadwatch.claims.text import find_when


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
