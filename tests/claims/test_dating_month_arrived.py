"""A month said to have come ("with the month of May upon us", "July is here", "now that
March has arrived") is the month of writing; a month told as over or dated votes nothing."""

from __future__ import annotations

import pandas as pd
import pytest

from leadwatch.claims.monthnow import month_now_votes

_DAYS = pd.date_range("2024-04-29", "2024-05-03")  # Monday 29 April .. Friday 3 May


@pytest.mark.parametrize(
    "text",
    [
        "With the often choppy month of May upon us, copper traders stay careful.",
        "May is here, and silver has started it on a soft note.",
        "Now that May has arrived, crude is drifting lower.",
    ],
)
def test_a_month_that_has_come_is_the_month_of_writing(text: str) -> None:
    votes, why = month_now_votes(text, _DAYS)
    assert votes.tolist() == [0.0, 0.0, 1.0, 1.0, 1.0]
    assert why


@pytest.mark.parametrize(
    "text",
    [
        "May was a strong month for copper last year.",
        "Silver rose 3% in May 2021, when the rally began.",
    ],
)
def test_a_month_over_or_dated_votes_nothing(text: str) -> None:
    votes, _ = month_now_votes(text, _DAYS)
    assert not votes.any()
