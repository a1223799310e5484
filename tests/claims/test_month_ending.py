"""A month the text says is ending now dates the article in its last days."""

from __future__ import annotations

import pandas as pd
import pytest

from leadwatch.claims import extract_claims
from leadwatch.claims.textdates import text_evidence

ENDING = [
    "Silver slid on Friday, ending May with a monthly loss.",
    "Gold is set to close out May with a 5% gain.",
    "Bitcoin was on track to finish May higher after a choppy week.",
    "Stocks rose on the last trading day of May.",
    "As May draws to a close, bullion is down 2% for the month.",
    "The dollar firmed, wrapping up May with its best month this year.",
    "Copper is heading to end May near its lows.",
]


@pytest.mark.parametrize("sentence", ENDING)
def test_a_month_ending_now_dates_its_last_days(sentence: str) -> None:
    days = pd.date_range("2025-04-01", "2025-06-30")
    votes, _ = text_evidence(extract_claims(sentence), days)
    at = pd.Series(votes, index=days)
    assert at["2025-05-30"] > at["2025-04-25"]
    assert at["2025-05-30"] > at["2025-06-20"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Traders may close out positions.",
        "Funds are closing out positions in silver.",
        "It ended May 3 lower.",
    ],
)
def test_no_month_ending_without_one(sentence: str) -> None:
    days = pd.date_range("2025-04-01", "2025-06-30")
    votes, _ = text_evidence(extract_claims(sentence), days)
    at = pd.Series(votes, index=days)
    assert at["2025-05-30"] == at["2025-05-15"]
