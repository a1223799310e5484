"""A day of the month named as a past record's day ("its record came on January 29") is
looked back to: the article is dated after it, not on it."""

from __future__ import annotations

import pandas as pd
import pytest

from leadwatch.claims import extract_claims
from leadwatch.claims.textdates import text_evidence

RECORD_DAYS = [
    "Silver's all-time high came on January 29, at nearly $130.",
    "Bitcoin is 30% below the record it set on January 29.",
    "Gold has slipped from the peak reached on January 29.",
    "The metal's top, hit on January 29, still stands.",
    "Ether last traded at its high on January 29, analysts noted.",
]


@pytest.mark.parametrize("sentence", RECORD_DAYS)
def test_a_yearless_record_day_is_looked_back_to(sentence: str) -> None:
    days = pd.date_range("2026-01-20", "2026-03-31")
    votes, _ = text_evidence(extract_claims(sentence), days)
    at = pd.Series(votes, index=days)
    assert at["2026-01-29"] <= at["2026-02-20"]


def test_a_plain_day_still_votes_for_itself() -> None:
    days = pd.date_range("2026-01-20", "2026-03-31")
    votes, _ = text_evidence(extract_claims("Gold fell 2% on January 29."), days)
    at = pd.Series(votes, index=days)
    assert at["2026-01-29"] > at["2026-02-20"]
