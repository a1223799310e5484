""" "Week to date" and "WTD" are the calendar week so far, like "this week"."""

from __future__ import annotations

import pytest

from leadwatch.claims import extract_claims


@pytest.mark.parametrize(
    "text",
    [
        "Silver is up 10% week-to-date.",
        "Silver futures are up 5.4% week to date.",
        "Silver (WTD) +5.4%.",
        "Silver is up 10% this week.",
    ],
)
def test_week_to_date_is_the_weeks_window(text: str) -> None:
    [move] = [c for c in extract_claims(text).claims if c.kind == "percent"]
    assert move.window == "wtd"
