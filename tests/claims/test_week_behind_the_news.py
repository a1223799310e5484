"""A week tallied in a clause that puts it behind the news ("after posting a second
straight weekly loss", "following its best week since March") does not date the text to a
week's close; a week tallied as the news still does."""

from __future__ import annotations

import pandas as pd
import pytest

from leadwatch.claims.weekhints import week_votes

_DAYS = pd.date_range("2025-09-22", periods=7)  # Monday..Sunday


@pytest.mark.parametrize(
    "text",
    [
        "Gold edged up on Monday after posting a second straight weekly loss.",
        "Silver slipped following its best week since March.",
        "After logging a third consecutive weekly gain, bitcoin paused on Tuesday.",
    ],
)
def test_a_week_behind_the_news_does_not_vote(text: str) -> None:
    votes, why = week_votes(text, _DAYS)
    assert votes.max() == 0.0, why


@pytest.mark.parametrize(
    "text",
    [
        "Gold is headed for a second straight weekly loss.",
        "Silver posted its best week since March, rising 6%.",
    ],
)
def test_a_week_tallied_as_the_news_votes_for_its_close(text: str) -> None:
    votes, _ = week_votes(text, _DAYS)
    assert votes.tolist() == [0.0, 0.0, 0.0, 0.0, 0.5, 0.5, 0.5]
