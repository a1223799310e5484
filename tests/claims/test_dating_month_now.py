"""A month spoken of as the one in progress dates the article inside it (hand-written
phrasings of crypto news, wires and metals notes)."""

from __future__ import annotations

import pandas as pd
import pytest

from leadwatch.claims import extract_claims
from leadwatch.claims.monthnow import month_now_votes
from leadwatch.claims.textdates import text_evidence

_DAYS = pd.to_datetime(["2025-03-14", "2025-03-31", "2025-04-01", "2025-04-02", "2025-07-10"])


@pytest.mark.parametrize(
    "text",
    [
        "Solana has shed 18% so far in March, traders said.",
        "Silver is on track for its best March since 2011.",
        "Ether opened March near $2,250 but has since given back $300.",
        "Copper is having its weakest March in a decade.",
        "The euro has gained 2% in March to date.",
    ],
)
def test_a_month_in_progress_votes_for_its_days(text: str) -> None:
    votes, why = month_now_votes(text, _DAYS)
    assert votes.tolist() == [1.0, 1.0, 1.0, 0.0, 0.0]  # March, and the morning after it
    assert "March is the month in progress" in why[0]


@pytest.mark.parametrize(
    "text",
    [
        "Ether had its worst March in years.",  # over: a recap
        "Silver opened March at $28 and closed it at $31.",  # no "has since"
        "Gold is heading for its best week since March.",  # a week, not the month
        "So far in March 2024 the index fell 3%.",  # a month with its year
        "Trading so far in March 4 and 5 was thin.",  # days, not the month
    ],
)
def test_a_month_over_or_dated_casts_no_vote(text: str) -> None:
    votes, why = month_now_votes(text, _DAYS)
    assert not votes.any() and not why


def test_the_month_in_progress_reaches_the_texts_evidence() -> None:
    votes, why = text_evidence(extract_claims("Gold is up 5% so far in July."), _DAYS)
    assert votes[-1] >= 1.0 and any("July is the month in progress" in w for w in why)
