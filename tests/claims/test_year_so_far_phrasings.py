"""Year-to-date moves in their many phrasings ("in 2025 so far", "for 2025 to date", "over
the course of the year", "so far this year", "YTD", "this year alone", "since the start of
the year") are read over the year to date (``ytd``); a past year named alone stays that
calendar year."""

from __future__ import annotations

import pytest

from leadwatch.claims.extract import extract_claims


@pytest.mark.parametrize(
    "text",
    [
        "Silver is up 70% in 2025 so far.",
        "Silver has a 70% gain for 2025 to date.",
        "Silver has gained 70% over the course of the year.",
        "In the course of this year, silver has climbed 70%.",
        "Silver has rallied 70% so far this year.",
        "Silver's YTD advance has reached 70%.",
        "Silver has added 70% this year alone.",
        "Silver has gained 70% since the start of the year.",
    ],
)
def test_a_year_so_far_is_year_to_date(text: str) -> None:
    moves = [c for c in extract_claims(text).claims if c.kind == "percent"]
    assert moves and moves[0].window == "ytd", moves


@pytest.mark.parametrize(
    ("text", "window"),
    [("Silver rose 30% in 2024.", "cal:2024"), ("Silver jumped 4% for the week.", "wtd")],
)
def test_other_periods_keep_their_reading(text: str, window: str) -> None:
    moves = [c for c in extract_claims(text).claims if c.kind == "percent"]
    assert moves and moves[0].window == window, moves
