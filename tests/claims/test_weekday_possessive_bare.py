"""A weekday written as a possessive without its apostrophe ("Thursdays close of 6,735")
names that day for the figure after it; a plural weekday ("on Thursdays") names none."""

from __future__ import annotations

import pytest

from leadwatch.claims.text import find_when, find_when_at


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Copper slipped below Tuesdays close of 4.51.", ("weekday", 1)),
        ("Then came Monday, and silver topped Fridays intraday high of $38.", ("weekday", 4)),
        ("Crude held above Wednesdays session low near $61.", ("weekday", 2)),
    ],
)
def test_a_bare_possessive_weekday_names_its_day(
    sentence: str, expected: tuple[str, object]
) -> None:
    assert (
        find_when_at(
            sentence, sentence.index(next(w for w in ("4.51", "$38", "$61") if w in sentence))
        )
        == expected
    )


def test_a_plural_weekday_names_no_day() -> None:
    assert find_when("Traders often sell gold on Fridays to square books.") is None
    assert find_when("Thursdays were quiet for copper in 2023.") is None
