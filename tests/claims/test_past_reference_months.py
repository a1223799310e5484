"""A month named as the time of a past record dates the record, not the article."""

from __future__ import annotations

import pandas as pd
import pytest

from leadwatch.claims import extract_claims
from leadwatch.claims.textdates import text_evidence

PAST = [
    "Bullion now sits within 1% of the top of $2,800 it witnessed in late October 2024.",
    "Bitcoin remains 20% below the all-time high it set in October 2024.",
    "Silver is still short of the peak reached in early October 2024.",
    "The dollar index trades near a low touched in mid-October 2024.",
    "Gold trades below its record, hit back in October 2024.",
    "Ether has not revisited the highs seen in October 2024, analysts said.",
]


@pytest.mark.parametrize("sentence", PAST)
def test_a_past_record_month_does_not_date_the_article(sentence: str) -> None:
    days = pd.date_range("2024-10-01", "2025-03-31")
    votes, _ = text_evidence(extract_claims(sentence), days)
    at = pd.Series(votes, index=days)
    assert at["2024-10-24"] <= at["2025-01-24"]  # any later day is as likely


def test_a_month_of_the_move_itself_still_votes() -> None:
    days = pd.date_range("2024-10-01", "2025-03-31")
    votes, _ = text_evidence(extract_claims("Gold rose 5% in October 2024."), days)
    at = pd.Series(votes, index=days)
    assert at["2024-10-24"] > at["2025-01-24"]
