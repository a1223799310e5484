"""A surprise against an expectation is told as done; a month of a year looked back to is past."""

from __future__ import annotations

import pandas as pd
import pytest

from leadwatch.claims.eventdates import expected_event
from leadwatch.claims.monthends import month_recap_votes
from leadwatch.claims.yearhints import year_votes


@pytest.mark.parametrize(
    "text",
    [
        "Shares slid after steeper than anticipated levies announced on June 3.",
        "Yields spiked on a hotter-than-expected CPI print on June 3.",
        "The bank trimmed rates, as expected, on June 3.",
    ],
)
def test_a_surprise_against_expectations_is_no_event_ahead(text: str) -> None:
    assert not expected_event(text, text.index("June 3"))


def test_an_expectation_still_open_stays_ahead() -> None:
    text = "Futures price a 70% chance of a rate cut on June 3."
    assert expected_event(text, text.index("June 3"))


@pytest.mark.parametrize(
    "text",
    [
        "The slide was the steepest since October of 2019.",
        "Ether last traded that low back in August of 2018.",
    ],
)
def test_a_month_of_a_past_year_is_not_the_story_s_own_year(text: str) -> None:
    days = pd.date_range("2018-01-01", "2020-12-31", freq="MS")
    votes, why = year_votes(text, days)
    assert not votes.any() and not why


def test_a_month_of_the_story_s_year_still_votes() -> None:
    days = pd.DatetimeIndex(["2023-06-01", "2024-06-01"])
    votes, _ = year_votes("In October of 2024 silver jumped 9%.", days)
    assert votes.tolist() == [0.0, 0.5]


@pytest.mark.parametrize(
    "text", ["June was a rollercoaster of a month for miners.", "June was quite a month for ether."]
)
def test_a_month_judged_as_an_x_of_a_month_is_reviewed(text: str) -> None:
    days = pd.date_range("2024-06-01", "2024-07-20")
    at = pd.Series(month_recap_votes(text, days)[0], index=days)
    assert at["2024-07-02"] > 0 and at["2024-06-20"] == 0
