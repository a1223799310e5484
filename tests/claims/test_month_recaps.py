"""A month recapped as a whole dates the article at its end or in the days after it."""

from __future__ import annotations

import pandas as pd
import pytest

from leadwatch.claims.monthends import month_recap_votes

RECAPS = [
    "March 2024 Bullion Price Recap\nGold had a busy month.",
    "Ether opened March at $3,400 and closed the month at $3,650.",
    "Silver began March at $22.90 and finished it near $24.70, up 8% for the month.",
]


@pytest.mark.parametrize("text", RECAPS)
def test_a_month_recap_is_written_at_its_end_or_after(text: str) -> None:
    days = pd.date_range("2024-03-01", "2024-04-30")
    votes, why = month_recap_votes(text, days)
    at = pd.Series(votes, index=days)
    assert at["2024-03-31"] > 0 and at["2024-04-03"] > 0
    assert at["2024-03-20"] == 0 and at["2024-04-25"] == 0
    assert len(why) == 1


def test_a_recap_heading_with_its_year_votes_in_that_year_only() -> None:
    days = pd.date_range("2023-03-25", "2024-04-05")
    votes, _ = month_recap_votes("March 2024 Market Review", days)
    at = pd.Series(votes, index=days)
    assert at["2024-04-02"] > 0 and at["2023-04-02"] == 0


@pytest.mark.parametrize(
    "text",
    [
        "Investors await the March Policy Review from the central bank.",
        "Gold started March strongly after the holiday.",
        "Bitcoin began the week at $61,000 and ended it near $64,000.",
    ],
)
def test_no_month_recap(text: str) -> None:
    days = pd.date_range("2024-03-01", "2024-04-30")
    votes, why = month_recap_votes(text, days)
    assert not votes.any() and not why


@pytest.mark.parametrize(
    "text",
    [
        "Opening March near $2,050, gold closed at $2,230 after a steady climb.",
        "Starting March at $61,000, bitcoin ended near $71,000.",
        "Ether started March at $3,400 and finished around $3,600.",
    ],
)
def test_a_month_opened_and_ended_in_one_sentence_is_a_recap(text: str) -> None:
    days = pd.date_range("2024-03-01", "2024-04-30")
    at = pd.Series(month_recap_votes(text, days)[0], index=days)
    assert at["2024-03-31"] > 0 and at["2024-04-05"] > 0 and at["2024-03-15"] == 0


@pytest.mark.parametrize(
    "text",
    [
        "March turned out to be a rough month for copper miners.\nCopper slid 4%.",
        "March 2024 was a quiet month for silver, which barely moved.",
        "For platinum, March proved a lively month, with a 6% jump.",
    ],
)
def test_an_opening_that_judges_a_past_month_reviews_it(text: str) -> None:
    days = pd.date_range("2023-03-01", "2024-04-30")
    votes, why = month_recap_votes(text, days)
    at = pd.Series(votes, index=days)
    # from the month's last weekday (Friday, March 29, 2024) to 10 days after its end
    assert at["2024-03-29"] > 0 and at["2024-04-10"] > 0
    assert at["2024-03-28"] == 0 and at["2024-04-12"] == 0 and len(why) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Historically, March has been a weak month for bitcoin, and traders are wary.",
        "Gold rose 1% on Tuesday. " * 15 + "Back then, March was a quiet month for gold.",
        "Silver opened at $24 and closed at $25 on Monday.",
    ],
)
def test_a_month_still_running_or_judged_deep_in_the_text_is_no_recap(text: str) -> None:
    days = pd.date_range("2024-03-01", "2024-04-30")
    assert not month_recap_votes(text, days)[0].any()


@pytest.mark.parametrize(
    "text",
    [
        "March 2024 will be remembered as one of the calmest months for bullion.",
        "For palladium, March goes down as a dismal month, with a 9% loss.",
        "March went down as one of the busiest months on record for ether.",
    ],
)
def test_an_opening_that_sums_up_a_month_for_the_record_reviews_it(text: str) -> None:
    days = pd.date_range("2023-03-01", "2024-04-30")
    at = pd.Series(month_recap_votes(text, days)[0], index=days)
    assert at["2024-03-29"] > 0 and at["2024-04-08"] > 0 and at["2024-03-28"] == 0


@pytest.mark.parametrize(
    "text",
    [
        "Traders say March will be a volatile month for silver.",
        "Analysts expect March to go down as a quiet month.",
    ],
)
def test_a_month_only_forecast_is_no_recap(text: str) -> None:
    days = pd.date_range("2024-03-01", "2024-04-30")
    assert not month_recap_votes(text, days)[0].any()
