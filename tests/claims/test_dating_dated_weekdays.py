"""A weekday printed with its date, ordinal or not, names that date, not a day of the week."""

from __future__ import annotations

import pytest

from leadwatch.claims.namedweekdays import named_weekdays


@pytest.mark.parametrize(
    "text",
    [
        "Silver rallied on Tuesday, Oct. 8th and Wednesday, Oct. 9th.",
        "Gold slid on Monday, March 3rd, then recovered.",
    ],
)
def test_a_weekday_printed_with_an_ordinal_date_names_that_date(text: str) -> None:
    assert named_weekdays(text) == ()


def test_a_bare_weekday_is_still_named() -> None:
    assert named_weekdays("Gold slid on Monday, then recovered on the 3rd.") == (0,)
