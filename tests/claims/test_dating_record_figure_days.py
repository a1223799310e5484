"""A record's figure followed by its date ("an all-time high of $X on <date>") names the
record's day, not the day of writing."""

from __future__ import annotations

import pytest

from leadwatch.claims.recorddays import record_day_named


@pytest.mark.parametrize(
    "text",
    [
        "Ether trades far under its all-time high of $4,950 on Aug 24, 2025.",
        "The index is 9% off its record close of 6,144 on Wednesday, February 19, 2025.",
        "Gold has slipped from a peak of $4,380 an ounce on October 20, 2025.",
    ],
)
def test_a_record_figure_dated_names_the_record_day(text: str) -> None:
    at = next(text.index(m) for m in ("Aug", "February", "October") if m in text)
    assert record_day_named(text, at)


@pytest.mark.parametrize(
    "text",
    [
        "Silver changed hands at $48.20 an ounce on October 20, 2025.",
        "Bitcoin closed at $91,400 on Monday, December 1, 2025, near its high.",
    ],
)
def test_a_plain_price_on_a_date_is_not_a_record_day(text: str) -> None:
    at = next(text.index(m) for m in ("October", "December") if m in text)
    assert not record_day_named(text, at)
