"""A day of the month named with its weekday tells the year."""

from __future__ import annotations

import pandas as pd
import pytest

from leadwatch.claims import extract_claims
from leadwatch.claims.textdates import text_evidence

PAIRS = [
    "Gold rose on Friday, January 24, as the dollar slipped.",
    "Silver gained during Friday's trading session (January 24th).",
    "On Friday (Jan. 24), bitcoin slid 3%.",
    "Stocks closed lower Friday, Jan. 24, in thin trade.",
    "Markets were calm on Friday January 24 before the Fed.",
]


@pytest.mark.parametrize("sentence", PAIRS)
def test_a_weekday_and_day_pick_the_year(sentence: str) -> None:
    days = pd.date_range("2024-01-01", "2025-12-31")
    votes, _ = text_evidence(extract_claims(sentence), days)
    at = pd.Series(votes, index=days)
    assert at["2025-01-24"] > at["2024-01-24"]  # a Friday in 2025, a Wednesday in 2024


def test_a_day_without_its_weekday_fits_every_year() -> None:
    days = pd.date_range("2024-01-01", "2025-12-31")
    votes, _ = text_evidence(extract_claims("Gold rose on January 24."), days)
    at = pd.Series(votes, index=days)
    assert at["2025-01-24"] == at["2024-01-24"]
