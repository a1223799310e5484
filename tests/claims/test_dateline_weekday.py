"""A yearless dateline whose lead names the session's weekday tells the year."""

from __future__ import annotations

import pandas as pd
import pytest

from leadwatch.claims import extract_claims
from leadwatch.claims.datelineweekday import dateline_weekday_votes
from leadwatch.claims.textdates import text_evidence

DAYS = pd.date_range("2023-12-20", "2026-01-10")

# Dec 30 is a Tuesday in 2025, a Monday in 2024, a Saturday in 2023.
PAIRED = [
    "(Dec 30): Regional equities eased on Tuesday as copper firmed.",
    "Dec. 30 - Bond yields ticked up Tuesday while the yen held steady.",
    "December 30 (Newswire) - Miners led the index higher on Tuesday.",
    "Markets wrap\n(Dec 30): Tuesday brought thin holiday volumes to most bourses.",
]


@pytest.mark.parametrize("text", PAIRED)
def test_a_dateline_and_its_weekday_pick_the_year(text: str) -> None:
    votes, why = dateline_weekday_votes(text, DAYS)
    at = pd.Series(votes, index=DAYS)
    assert at["2025-12-30"] > 0 and at["2024-12-30"] == 0 and at["2024-12-31"] == 0
    assert why


@pytest.mark.parametrize("text", PAIRED[:3])
def test_the_text_evidence_prefers_that_year(text: str) -> None:
    votes, _ = text_evidence(extract_claims(text), DAYS)
    at = pd.Series(votes, index=DAYS)
    assert at["2025-12-30"] > at["2024-12-30"]


UNCHANGED = [
    "(Dec 30): Regional equities eased after a slide on Monday and a bounce on Tuesday.",
    "(Dec 30): Regional equities eased, extending losses since Monday.",
    "(Dec 30): Regional equities eased after last Tuesday's rally faded.",
    "(Dec 30): Regional equities eased in thin holiday trade.",
    "Regional equities eased on Tuesday, Dec 30 traders said.",
    "Dec 30, 2025 - Regional equities eased on Tuesday.",
    "Stocks slipped on Tuesday.",
]


@pytest.mark.parametrize("text", UNCHANGED)
def test_no_single_weekday_for_a_yearless_dateline_adds_nothing(text: str) -> None:
    votes, why = dateline_weekday_votes(text, DAYS)
    assert not votes.any() and not why
