"""Stated spans read as the calendar counts them. A move "for the week" is the calendar
week's tally (from the close before the week, like "this week"), not the seven days to the
article date; a trailing week keeps its reading. "N months" back are N calendar months on
average (six months: 182 days), not N times 30 days."""

from __future__ import annotations

import pytest

from leadwatch.claims import extract_claims


def _windows(text: str) -> list[str | None]:
    return [c.window for c in extract_claims(text).claims if c.kind in ("percent", "move")]


@pytest.mark.parametrize(
    "text",
    [
        "Silver was up 3.1 per cent for the week.",
        "The dollar index slipped 0.6% for the week.",
        "Platinum-free bullion added $85 for the week.",
    ],
)
def test_for_the_week_is_the_calendar_week(text: str) -> None:
    assert _windows(text) == ["wtd"]


@pytest.mark.parametrize(
    ("text", "window"),
    [
        ("Silver rose 3.1% over the past week.", "week"),  # a trailing week
        ("Gold gained 2% for the week ending March 6.", "weekof:March 2"),  # a named week
    ],
)
def test_other_weeks_keep_their_reading(text: str, window: str) -> None:
    assert _windows(text) == [window]


@pytest.mark.parametrize(
    ("text", "window"),
    [
        ("Ether lost 21% over the past six months.", "days:182"),  # not 180
        ("Gold rose 5% over the past two months.", "days:61"),
        ("Gold rose 5% over the past three months.", "months"),  # unchanged
        ("Silver rose 5% over the past 10 days.", "days:10"),  # days stay days
    ],
)
def test_months_are_calendar_months_on_average(text: str, window: str) -> None:
    assert _windows(text) == [window]
