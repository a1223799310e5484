"""Dating round 16: a US market holiday the text names dates it near that holiday, after
it or before it as the words say."""

from __future__ import annotations

import pandas as pd
import pytest

from leadwatch.claims import extract_claims
from leadwatch.claims.datingholidays import holiday_votes
from leadwatch.claims.textdates import text_evidence

_DAYS = pd.date_range("2025-01-01", "2026-12-31")


def _vote(votes: object, day: str) -> float:
    return float(pd.Series(votes, index=_DAYS).loc[pd.Timestamp(day)])


@pytest.mark.parametrize(
    ("text", "inside", "outside"),
    [
        ("Ether started the post-Juneteenth week on a firm footing.", "2026-06-22", "2026-06-15"),
        (
            "Stocks drifted after the Thanksgiving holiday in thin trade.",
            "2025-11-28",
            "2025-11-20",
        ),
        ("Traders squared positions ahead of Christmas.", "2025-12-19", "2025-12-29"),
        ("Gold slipped in the first session following Labor Day.", "2025-09-02", "2025-08-25"),
        ("Volumes stayed light before the Good Friday break.", "2026-04-01", "2026-04-07"),
        (
            "Markets reopened after Memorial Day weekend with bonds lower.",
            "2026-05-26",
            "2026-05-20",
        ),
        ("Bitcoin idled into the Fourth of July holiday.", "2026-07-02", "2026-07-08"),
    ],
)
def test_a_named_holiday_votes_for_its_side_of_the_day(
    text: str, inside: str, outside: str
) -> None:
    votes, why = text_evidence(extract_claims(text), _DAYS)
    assert _vote(votes, inside) > _vote(votes, outside), why
    assert _vote(votes, inside) > _vote(votes, "2026-02-10"), why  # far from any such day


def test_a_text_naming_no_holiday_gets_no_holiday_vote() -> None:
    _, why = text_evidence(extract_claims("Gold rose after the Fed meeting."), _DAYS)
    assert not any("named: written" in r for r in why)


#: A holiday's days told of as past or present: written on or after the holiday.
DURING = [
    "Ether had a choppy ride over the Thanksgiving holiday.",
    "Volumes were thin during Thanksgiving, dealers said.",
]


@pytest.mark.parametrize("text", DURING)
def test_a_holidays_days_told_of_date_the_article_on_or_after_it(text: str) -> None:
    days = pd.to_datetime(["2025-11-20", "2025-11-27", "2025-12-03"])
    votes, why = holiday_votes(text, days)
    assert votes.tolist() == [0.0, 0.5, 0.5], why


def test_a_holiday_ahead_told_with_during_stays_near_it() -> None:
    days = pd.to_datetime(["2025-11-20", "2025-11-27", "2025-12-03"])
    votes, _ = holiday_votes("Volumes will be thin during Thanksgiving.", days)
    assert votes.tolist() == [0.5, 0.5, 0.5]
