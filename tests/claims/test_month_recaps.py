"""A month recapped as a whole dates the article at its end or in the days after it."""

from __future__ import annotations

import pandas as pd
import pytest

from leadwatch.claims.monthends import month_recap_votes

RECAPS = [
    "March 2024 Bullion Price Recap\nGold had a busy month.",
    "Ether opened March at $3,400 and closed the month at $3,650.",
    "Silver began March at $22.90 and finished it near $24.70, up 8% for the month.",
]


@pytest.mark.parametrize("text", RECAPS)
def test_a_month_recap_is_written_at_its_end_or_after(text: str) -> None:
    days = pd.date_range("2024-03-01", "2024-04-30")
    votes, why = month_recap_votes(text, days)
    at = pd.Series(votes, index=days)
    assert at["2024-03-31"] > 0 and at["2024-04-03"] > 0
    assert at["2024-03-20"] == 0 and at["2024-04-25"] == 0
    assert len(why) == 1


def test_a_recap_heading_with_its_year_votes_in_that_year_only() -> None:
    days = pd.date_range("2023-03-25", "2024-04-05")
    votes, _ = month_recap_votes("March 2024 Market Review", days)
    at = pd.Series(votes, index=days)
    assert at["2024-04-02"] > 0 and at["2023-04-02"] == 0


@pytest.mark.parametrize(
    "text",
    [
        "Investors await the March Policy Review from the central bank.",
        "Gold started March strongly after the holiday.",
        "Bitcoin began the week at $61,000 and ended it near $64,000.",
    ],
)
def test_no_month_recap(text: str) -> None:
    days = pd.date_range("2024-03-01", "2024-04-30")
    votes, why = month_recap_votes(text, days)
    assert not votes.any() and not why
