"""Dating round 22: a year or a month the text says is starting now, in the present
tense ("copper starts 2026 higher", "the dollar begins March on the back foot", "stocks
kick off the new year"), dates the article in that period's first days, and a quarter
being entered ("heading into the fourth quarter") the days around its start; told in the
past, set ahead, or followed by a day of the month, it does not."""

from __future__ import annotations

import pandas as pd
import pytest

from leadwatch.claims.periodstarts import period_start_votes
from leadwatch.claims.quarterhints import quarter_votes

_DAYS = pd.date_range("2025-12-20", "2026-03-31")


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("Copper starts 2026 higher as mines stall.", "2026-01-01", "2026-01-07"),
        ("The dollar begins March on the back foot.", "2026-03-01", "2026-03-07"),
        ("Stocks kick off the new year with a rally; bonds slip.", "2026-01-01", "2026-01-07"),
    ],
)
def test_a_period_starting_now_votes_for_its_first_days(text: str, first: str, last: str) -> None:
    votes, why = period_start_votes(text, _DAYS)
    hit = _DAYS[votes > 0]
    assert (str(hit[0].date()), str(hit[-1].date())) == (first, last) and why


@pytest.mark.parametrize(
    "text",
    [
        "Copper started 2026 at $5.10 and has since gained 9%.",  # told in the past
        "Copper could start 2026 higher, analysts say.",  # set ahead
        "The auction begins March 4 in London.",  # a day of the month
    ],
)
def test_no_period_start_vote_otherwise(text: str) -> None:
    votes, _ = period_start_votes(text, _DAYS)
    assert not votes.any()


@pytest.mark.parametrize(
    "text",
    [
        "Platinum is entering the fourth quarter near a two-year high.",
        "Rate cuts lifted copper heading into the year's fourth quarter.",
    ],
)
def test_a_quarter_being_entered_votes_around_its_start(text: str) -> None:
    days = pd.date_range("2025-09-01", "2025-12-31")
    votes, why = quarter_votes(text, days)
    hit = days[votes > 0]
    assert (str(hit[0].date()), str(hit[-1].date())) == ("2025-09-21", "2025-10-08"), why


def test_a_quarter_reported_on_still_votes_over_it() -> None:
    days = pd.date_range("2025-09-01", "2025-12-31")
    votes, _ = quarter_votes("Platinum is on course for its best fourth quarter in years.", days)
    assert str(days[votes > 0][0].date()) == "2025-10-01" and votes[-1] > 0
