""" "This past week/month/year" states the window to date as "the past week" does; "y-t-d"
is "year to date"."""

from __future__ import annotations

import pytest

from leadwatch.claims.windows import find_windows


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Copper prices sagged this past week on demand worries.", "week"),
        ("The dollar index firmed this past month as yields climbed.", "month"),
        ("Ether has doubled this past year, analysts said.", "year"),
        ("Silver is 28% higher y-t-d after a strong quarter.", "ytd"),
    ],
)
def test_this_past_names_the_window(text: str, code: str) -> None:
    assert [w for _, w in find_windows(text)] == [code]


def test_this_past_with_another_noun_is_no_window() -> None:
    assert find_windows("Over this past cycle, miners sold fewer coins.") == []


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Ether still trades 7% lower compared to a week ago.", "week"),
        ("Copper is up 4% compared with a month ago.", "month"),
    ],
)
def test_compared_to_a_span_ago_names_the_window(text: str, code: str) -> None:
    assert [w for _, w in find_windows(text)] == [code]


def test_compared_to_something_else_is_no_window() -> None:
    assert find_windows("Ether still trades 7% lower compared to its rivals.") == []
