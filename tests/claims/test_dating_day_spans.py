"""A span of days named without its year dates a recap at its end; the start of a year a
span is measured from is no period of the article (hand-written phrasings)."""

from __future__ import annotations

import pandas as pd
import pytest

from leadwatch.claims import extract_claims
from leadwatch.claims.monthdays import month_days
from leadwatch.claims.pastmonths import since_year_start
from leadwatch.claims.textdates import text_evidence
from leadwatch.claims.weekhints import week_span_votes

_DAYS = pd.date_range("2025-03-01", "2025-03-31")


@pytest.mark.parametrize(
    "text",
    [
        "Copper was flat over the week of March 10 through 14.",
        "From March 10 to 14, platinum gave up 3%.",
        "Silver's March 10-14 week ended with a small gain.",
    ],
)
def test_a_span_of_days_is_recapped_as_it_ends(text: str) -> None:
    at = pd.Series(week_span_votes(text, _DAYS)[0], index=_DAYS)
    assert at["2025-03-14"] > 0 and at["2025-03-17"] > 0
    assert at["2025-03-10"] == 0 and at["2025-03-18"] == 0
    assert month_days(text) == []  # not a vote for the span's first day


@pytest.mark.parametrize(
    "text",
    [
        "Gold rose from $2,900 on March 3 to 2,950 on March 7.",  # a level, not a day
        "From March 3 to 25, the dollar slid.",  # more than a week
        "Traders look to the March 10-14, 2025 auctions.",  # a printed span with its year
    ],
)
def test_no_span_recap(text: str) -> None:
    assert not week_span_votes(text, _DAYS)[0].any()


@pytest.mark.parametrize(
    ("text", "since"),
    [
        ("Stocks had their worst day since the start of 2023.", True),
        ("It is the biggest gain since the beginning of 2022.", True),
        ("Gold rallied hard at the start of 2023.", False),
    ],
)
def test_the_start_of_a_year_a_span_is_measured_from(text: str, since: bool) -> None:
    year = int(text[-5:-1])
    assert since_year_start(text, year) is since
    days = pd.date_range(f"{year}-01-01", f"{year}-03-31")
    _, why = text_evidence(extract_claims(text), days)
    assert any(w.startswith(f"the beginning of {year}") for w in why) is not since
