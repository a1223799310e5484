"""Dating round 16: in a text naming one weekday, that weekday told with a market verb in
the simple present ("trades heavy on Monday", "edges higher Thursday") is the
day of writing, as "is trading Monday" is; a weekday in the past tense, ahead, as a
possessive, or one of several days a recap tells in the historical present is not."""

from __future__ import annotations

import pandas as pd
import pytest

from leadwatch.claims.todayweekday import present_weekday_votes

_WEEK = pd.date_range("2026-06-22", periods=7)  # Monday .. Sunday


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Gold trades heavy on Monday, weighed by a firmer greenback.", 0),
        ("Bitcoin holds steady above $60,000 on Tuesday as flows return.", 1),
        ("Silver extends its losses for a third day on Wednesday.", 2),
        ("The dollar index edges higher Thursday ahead of the data.", 3),
        ("EUR/USD struggles to gain traction on Friday.", 4),
        ("Gold steadies near $4,100 on Monday after last week's slide.", 0),
        ("Ether climbs back toward $1,800 early Tuesday in Asian hours.", 1),
    ],
)
def test_a_weekday_told_in_the_simple_present_is_the_day_of_writing(text: str, day: int) -> None:
    votes, why = present_weekday_votes(text, _WEEK)
    assert votes[day] == max(votes) > votes[(day + 1) % 7] > 0, why


@pytest.mark.parametrize(
    "text",
    [
        "Gold rose on Monday to $4,100.",
        "Gold trades lower after Monday's slide.",
        "The Fed meets next Wednesday; gold holds steady.",
        "Silver extends gains, with payrolls due on Friday.",
        "Gold trades near highs, having hit a record last Tuesday.",
        "Gold climbs on Monday, slips on Wednesday and rallies on Friday.",  # a recap
    ],
)
def test_a_weekday_past_ahead_possessive_or_recapped_is_no_day_of_writing(text: str) -> None:
    votes, _ = present_weekday_votes(text, _WEEK)
    assert float(votes.sum()) == 0.0


@pytest.mark.parametrize(
    "text",
    [
        "Silver, whose Q1 gains reached 19%, eased on Monday.",
        "The dollar's falls and rises on Tuesday were small.",
        "Gold's advances and declines on Friday kept traders busy.",
    ],
)
def test_a_noun_that_looks_like_a_verb_is_no_present_tense(text: str) -> None:
    votes, _ = present_weekday_votes(text, _WEEK)
    assert float(votes.sum()) == 0.0
