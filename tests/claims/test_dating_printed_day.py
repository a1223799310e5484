"""Dating round 7: a full date the claims are pinned to is the day itself; a recent
extreme of a window is no evidence of the article's day."""

from __future__ import annotations

import pandas as pd
import pytest

from leadwatch.claims import extract_claims
from leadwatch.claims.datehints import reference_only
from leadwatch.claims.textdates import text_evidence


@pytest.mark.parametrize(
    "text",
    [
        "Gold edged higher 0.1% to $2,310 on May 14, 2024, its third gain in a row.",
        "What moved on May 14, 2024: silver rose to $28.40 and gold held firm.",
        "As of May 14, 2024, bitcoin changes hands near $61,000.",
        "Copper closed at $4.90 a pound on May 14, 2024 after a quiet session.",
    ],
)
def test_latest_printed_date_outweighs_the_day_after(text: str) -> None:
    days = pd.date_range("2024-05-13", periods=4)  # 13th .. 16th
    votes, _ = text_evidence(extract_claims(text), days)
    assert votes[1] > votes[2] > votes[3]  # the 14th first, then the 15th, then nothing


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("Silver sits between a recent low of $74.12 and a high of $78.25.", "low of $74.12"),
        ("Gold trades 2% above its recent low of $3,300 an ounce.", "low of $3,300"),
        ("Bitcoin is still shy of last week's high of $98,000.", "high of $98,000"),
        ("Copper slipped below the previous session's low of $4.50.", "low of $4.50"),
        ("Oil is well off last month's peak of $92 a barrel.", "peak of $92"),
    ],
)
def test_a_recent_extreme_is_a_reference(sentence: str, words: str) -> None:
    assert reference_only(sentence, words)


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("Silver hit a session high of $78.25 on Tuesday.", "high of $78.25"),
        ("Gold touched a three-week high of $2,400.", "high of $2,400"),
        ("Bitcoin fell to a low of $60,000 today.", "low of $60,000"),
    ],
)
def test_the_days_extreme_is_not_a_reference(sentence: str, words: str) -> None:
    assert not reference_only(sentence, words)


@pytest.mark.parametrize(
    "text",
    [
        "Bitcoin's slide has erased the cryptocurrency's gains for 2025.",
        "Ether now loses its 2025 gains after a weak month.",
        "Gold extended its 2025 rally as the dollar slipped.",
        "Silver gave back most of its 2025 gains in a week.",
        "The selloff wiped out the index's advance for 2025.",
    ],
)
def test_a_years_tally_still_changing_is_the_current_year(text: str) -> None:
    days = pd.DatetimeIndex(["2024-11-18", "2025-11-18", "2026-11-18"])
    votes, why = text_evidence(extract_claims(text), days)
    assert votes[1] > votes[0] and votes[1] > votes[2], why


def test_a_past_years_gains_named_without_a_verb_are_no_current_year() -> None:
    days = pd.DatetimeIndex(["2025-11-18", "2026-11-18"])
    votes, _ = text_evidence(extract_claims("Gold's gains in 2025 were its best since 1979."), days)
    assert votes[0] == votes[1]


@pytest.mark.parametrize(
    "text",
    [
        "Ether slid further below the record above $4,900 set in early October.",
        "Gold is 8% below the peak it hit in October.",
        "Silver has fallen since the high it reached in mid-October.",
        "The index sits below the all-time high it notched in late October.",
    ],
)
def test_an_event_of_a_named_month_dates_the_article_after_it(text: str) -> None:
    days = pd.DatetimeIndex(["2025-09-20", "2025-11-18", "2026-03-01"])
    votes, why = text_evidence(extract_claims(text), days)
    assert votes[1] > votes[0] and votes[1] > votes[2], why


def test_a_month_with_its_year_is_not_read_as_yearless() -> None:
    days = pd.DatetimeIndex(["2025-09-20", "2025-11-18"])
    text = "Gold is 8% below the peak it hit in October 2020."
    votes, _ = text_evidence(extract_claims(text), days)
    assert votes[0] == votes[1]


@pytest.mark.parametrize(
    "text",
    [
        "Ether finished February near $2,000 after a rough month.",
        "Gold closed out February with a 3% gain.",
        "Silver ended February 5% lower, its worst month in a year.",
        "The S&P 500 wrapped up February on a quiet note.",
    ],
)
def test_a_month_said_to_be_over_dates_a_recap_after_it(text: str) -> None:
    days = pd.DatetimeIndex(["2026-02-10", "2026-02-27", "2026-03-02", "2026-03-25"])
    votes, why = text_evidence(extract_claims(text), days)
    assert votes[2] > max(votes[0], votes[1], votes[3]), why


def test_a_day_of_the_month_is_not_a_month_over() -> None:
    days = pd.DatetimeIndex(["2026-02-06", "2026-03-02"])
    votes, _ = text_evidence(extract_claims("Gold ended February 5 at $5,000."), days)
    assert not votes[1] > votes[0]


@pytest.mark.parametrize(
    "text",
    [
        "Ether ended 2025 in the red.",
        "Gold finished 2025 up more than 60%.",
        "The index closed out 2025 near its high.",
    ],
)
def test_a_year_said_to_be_over_dates_the_article_later(text: str) -> None:
    days = pd.DatetimeIndex(["2025-06-02", "2026-03-02"])
    votes, why = text_evidence(extract_claims(text), days)
    assert votes[1] > votes[0], why
