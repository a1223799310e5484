"""Dating round 17: a weekly recap is written at the week's close. The week may carry
words of its own ("the holiday-shortened week", "the volatile trading week", "the biggest
weekly gain"), and a recap that tells its days up to Friday ("Tuesday ... Wednesday ... on
Friday") still tallies the week; a rolling week ("the past week") or a text naming only
days before Friday does not vote for the close."""

from __future__ import annotations

import pandas as pd
import pytest

from leadwatch.claims.extract import extract_claims
from leadwatch.claims.textdates import text_evidence
from leadwatch.claims.weekhints import week_votes

_WEEK = pd.date_range("2026-06-22", periods=7)  # Monday .. Sunday


@pytest.mark.parametrize(
    "text",
    [
        "Stocks finished the holiday-shortened week higher.",
        "Over the volatile trading week, silver climbed 9%.",
        "Bitcoin ended the choppy week near $95,000.",
        "Gold posted its biggest weekly gain since 2020.",
        "Silver logged the steepest weekly loss in a year.",
        "For the shortened week, the dollar index slipped 0.4%.",
    ],
)
def test_a_week_with_words_of_its_own_is_tallied_at_its_close(text: str) -> None:
    votes, why = week_votes(text, _WEEK)
    assert votes[4] > 0 and votes[:4].sum() == 0, why


@pytest.mark.parametrize(
    "text",
    [
        "Gold rose 3% over the past week.",
        "Silver gained over the last week on rolling data.",
        "Bitcoin slipped in the first week of the year.",
    ],
)
def test_a_rolling_week_is_no_tally_of_the_calendar_week(text: str) -> None:
    assert float(week_votes(text, _WEEK)[0].sum()) == 0.0


@pytest.mark.parametrize(
    "text",
    [
        "Gold hit a record on Tuesday, eased on Wednesday and finished the week up 2% on Friday.",
        "Stocks rose on Monday, fell Thursday and closed the shortened week higher on Friday.",
    ],
)
def test_a_recap_telling_its_days_up_to_friday_is_written_at_the_close(text: str) -> None:
    votes, why = text_evidence(extract_claims(text), _WEEK)
    assert votes[4] > max(votes[1], votes[2], votes[3]), why


def test_a_text_naming_days_before_friday_keeps_them() -> None:
    text = "Gold rose on Tuesday, on course for the week's best gain."
    votes, why = text_evidence(extract_claims(text), _WEEK)
    assert votes[1] > votes[4], why
