"""A day named for an event the market still expects is no evidence of the day of writing."""

from __future__ import annotations

import pandas as pd
import pytest

from leadwatch.claims import extract_claims
from leadwatch.claims.eventdates import expected_event
from leadwatch.claims.printed import printed_dates
from leadwatch.claims.textdates import text_evidence

AHEAD = [
    ("Markets are pricing in a 90% chance of a 25-basis-point cut on {d}.", True),
    ("Traders see a 70% probability that the Fed lowers rates on {d}.", True),
    ("Investors are betting the central bank will cut again on {d}.", True),
    ("Analysts expect the ECB to hold rates on {d}, a survey showed.", True),
    ("Odds of a rate hike on {d} climbed to 60%, per CME FedWatch.", True),
    ("The Fed is widely expected to trim rates at its meeting on {d}.", True),
    ("Economists forecast that the CPI report on {d} will show cooling prices.", True),
    ("The Fed cut rates on {d}, and gold rose 1%.", False),
    ("Gold closed at $3,500 on {d}, a record.", False),
    ("Silver could climb further after it hit $40 on {d}.", False),
]


@pytest.mark.parametrize(("sentence", "expected"), AHEAD)
def test_an_expected_event_day_lies_ahead(sentence: str, expected: bool) -> None:
    text = sentence.format(d="September 17")
    assert expected_event(text, text.find("September 17")) is expected


@pytest.mark.parametrize(("sentence", "expected"), AHEAD[:7])
def test_an_expected_event_day_gets_no_vote(sentence: str, expected: bool) -> None:
    days = pd.date_range("2025-09-01", "2025-09-30")
    text = "Gold rose to $3,500 an ounce. " + sentence.format(d="September 17")
    votes, _ = text_evidence(extract_claims(text), days)
    at = pd.Series(votes, index=days)
    assert at["2025-09-17"] <= at["2025-09-05"]  # the event's day is no likelier


def test_a_full_date_of_an_expected_event_is_ahead() -> None:
    text = "Gold rose. Traders are pricing in an 80% chance of a cut on September 17, 2025."
    assert [d.role for d in printed_dates(text)] == ["ahead"]
