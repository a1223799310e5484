"""A figure a month holds so far, told in the present ("remains up nearly 9% for February",
"is now lower by 6% for November"), dates the article inside that month; the same figure
told in the past ("was up 9% in February") does not."""

from __future__ import annotations

import pandas as pd
import pytest

from leadwatch.claims.monthnow import month_now_votes

_DAYS = pd.date_range("2025-10-30", "2025-12-02")


@pytest.mark.parametrize(
    "text",
    [
        "Copper remains up nearly 9% for November, its best run in a year.",
        "The index is now lower by 6.1% for November.",
        "Silver is still down about 4 per cent in November.",
        "Ether stands up 12% so far in November.",
    ],
)
def test_a_month_told_as_standing_dates_the_article_inside_it(text: str) -> None:
    votes, why = month_now_votes(text, _DAYS)
    inside = (_DAYS.month == 11) | _DAYS.isin([pd.Timestamp("2025-12-01")])
    assert votes[inside].min() == 1.0 and votes[~inside].max() == 0.0, why


@pytest.mark.parametrize(
    "text",
    [
        "Copper was up nearly 9% in November.",
        "Ether rose 12% in November.",
        "Silver is down 4% since November 3.",
        "Gold is up 30% in November 2024 terms.",
    ],
)
def test_a_month_told_as_over_or_dated_does_not_vote(text: str) -> None:
    votes, _ = month_now_votes(text, _DAYS)
    assert votes.max() == 0.0
