"""The latest year a text looks back to bounds its date from below (hand-written phrasings
of crypto news, wires and bank notes)."""

from __future__ import annotations

import pandas as pd
import pytest

from leadwatch.claims.yearfloors import year_floor_votes

_DAYS = pd.to_datetime(["2021-03-10", "2023-02-14", "2023-10-05", "2025-07-01"])


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("Solana jumped after the 2023 halving of its rival.", "2023-02-14"),  # an event's year
        ("Ether posted its largest weekly gain since August 2023.", "2023-10-05"),  # a month
        ("The network upgrade of March 2019 and the 2023 crash are long gone.", "2023-02-14"),
    ],
)
def test_the_latest_year_looked_back_to_rules_out_older_days(text: str, first: str) -> None:
    votes, why = year_floor_votes(text, _DAYS)
    at = list(_DAYS).index(pd.Timestamp(first))
    assert (votes[:at] < 0).all()
    assert (votes[at:] == 0).all()
    assert why


@pytest.mark.parametrize(
    "text",
    [
        "Analysts expect the token to double in 2025.",  # a forecast sentence
        "The bank sees rates at 3% by 2025.",  # a deadline
        "Copper traded at 2023 per tonne on the exchange.",  # a figure, not a year
        "Miners are bracing for the upcoming 2025 halving.",  # an event ahead
        "On August 2, 2024, the metal slipped 1%.",  # a printed date: weighed elsewhere
    ],
)
def test_a_year_that_may_lie_ahead_bounds_nothing(text: str) -> None:
    votes, why = year_floor_votes(text, _DAYS)
    assert not votes.any()
    assert not why
