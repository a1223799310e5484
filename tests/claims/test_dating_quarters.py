"""A quarter the text reports on bounds the article's date: written in it or just after."""

from __future__ import annotations

import pandas as pd
import pytest

from leadwatch.claims import extract_claims
from leadwatch.claims.quarterhints import quarter_votes
from leadwatch.claims.textdates import text_evidence

DAYS = pd.to_datetime(["2025-02-10", "2025-04-01", "2025-05-20", "2025-08-01", "2026-01-15"])

#: How outlets report on a quarter (wire, crypto news, bank note, regional paper, data feed)
#: and the days among DAYS it allows.
REPORTED = [
    ("Palladium logged its weakest first quarter in a decade.", [1, 1, 0, 0, 1]),
    ("In the first quarter, bitcoin fell 12%, the exchange said.", [1, 1, 0, 0, 1]),
    ("Silver, whose Q1 gains reached 19%, eased on Monday.", [1, 1, 0, 0, 1]),
    ("The S&P 500 ended the second quarter up 10%.", [0, 1, 1, 0, 0]),
    ("Ether is up 30% so far in the third quarter.", [0, 0, 0, 1, 0]),
    ("Third-quarter losses deepened for the dollar index.", [0, 0, 0, 1, 0]),
    ("Bitcoin fell 12% in Q1 2025, the data feed shows.", [1, 1, 0, 0, 0]),
]
AHEAD = [
    "A rate cut is expected in the first quarter.",
    "Gold could reach $3,500 by the end of Q2.",
    "The bank will publish its outlook next quarter, in Q3.",
]


@pytest.mark.parametrize(("text", "allowed"), REPORTED)
def test_a_quarter_reported_on_bounds_the_date(text: str, allowed: list[int]) -> None:
    votes, why = quarter_votes(text, DAYS)
    assert (votes > 0).astype(int).tolist() == allowed, why
    words, _ = text_evidence(extract_claims(text), DAYS)
    assert (words[votes > 0] > words[votes == 0].max(initial=0.0) - 1e-9).all()


@pytest.mark.parametrize("text", AHEAD)
def test_a_quarter_ahead_says_nothing_of_the_day(text: str) -> None:
    votes, _ = quarter_votes(text, DAYS)
    assert not votes.any()


#: A quarter named bare and again with its year: that year's quarter, one vote of 0.5.
SAME_QUARTER = [
    ("Q3 outflows hit $2 billion; the Q3 2025 slump was the worst since 2022.", 2025, 3),
    ("After a weak first quarter, miners said the first quarter of 2025 was rough.", 2025, 1),
]


@pytest.mark.parametrize(("text", "year", "q"), SAME_QUARTER)
def test_a_bare_quarter_also_named_with_its_year_votes_once(text: str, year: int, q: int) -> None:
    days = pd.to_datetime([f"{year}-{3 * q - 1:02d}-10", f"{year + 1}-{3 * q - 1:02d}-10"])
    votes, why = quarter_votes(text, days)
    assert votes.tolist() == [0.5, 0.0], why


def test_two_different_quarters_still_vote_each() -> None:
    votes, _ = quarter_votes("Q2 gains followed a Q1 2025 slide.", pd.to_datetime(["2025-04-10"]))
    assert votes.tolist() == [1.0]
