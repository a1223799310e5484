"""A month asked about or looked back at as a whole ("what did gold do in September?",
"looking back at May") is a recap, written at or after the month's end."""

from __future__ import annotations

import pandas as pd
import pytest

from leadwatch.claims.monthends import month_recap_votes

_DAYS = pd.date_range("2023-04-20", "2023-06-20")

#: Own phrasings: questions in headline capitals or body case, a look back, a recap noun.
RECAPS = [
    "WHAT DID BITCOIN AND ETHER DO IN MAY?",
    "How did the dollar index fare during May?",
    "How did silver perform over May 2023, then?",
    "Looking back at May, gold added 1.2% while silver slipped.",
    "A review of May: the 10-year yield climbed to 3.64%.",
    "Recapping May, the S&P 500 ended near 4,180.",
    "We look back on the month of May for precious metals.",
]


@pytest.mark.parametrize("text", RECAPS)
def test_a_month_looked_back_at_is_a_recap(text: str) -> None:
    votes, why = month_recap_votes(text, _DAYS)
    voted = _DAYS[votes > 0]
    assert str(voted[0].date()) == "2023-05-31", why
    assert str(voted[-1].date()) == "2023-06-10"


NOT_RECAPS = [
    "What will gold do in May?",  # ahead
    "Gold rose in May on rate-cut bets.",  # a month named, not recapped
    "How did traders react in May 12 trading?",  # a day of the month
    "Analysts are reviewing the May 3 payrolls print.",  # a day of the month
]


@pytest.mark.parametrize("text", NOT_RECAPS)
def test_other_mentions_of_a_month_are_not_recaps(text: str) -> None:
    votes, _ = month_recap_votes(text, _DAYS)
    assert not votes.any()
