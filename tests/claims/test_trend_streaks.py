"""A streak told as a trend kept up ("extended its downward trend for a third
consecutive day") is a streak of that many sessions."""

from __future__ import annotations

import pytest

from leadwatch.claims import extract_claims


def _streaks(text: str) -> list[tuple[str | None, str | None, str | None]]:
    return [
        (c.asset, c.op, c.window)
        for c in extract_claims(text).claims
        if (c.window or "").startswith("streak:")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Gold extends its downward trend for a third consecutive day, near $2,000.",
            ("gold", "down", "streak:D:3"),
        ),
        (
            "The dollar index kept its bullish momentum for a fourth straight session.",
            ("dxy", "up", "streak:D:4"),
        ),
        (
            "Silver extended its upward move for the second day in a row.",
            ("silver", "up", "streak:D:2"),
        ),
    ],
)
def test_a_trend_kept_up_for_n_sessions_is_a_streak(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert _streaks(text) == [expected]


def test_a_trend_with_no_count_is_no_streak() -> None:
    assert _streaks("Gold kept its downward trend intact, analysts said.") == []
