"""A streak of sessions, months, quarters or years dates the article (:mod:`.datingstreaks`)."""

from __future__ import annotations

import pandas as pd
import pytest

from leadwatch.claims import extract_claims
from leadwatch.claims.datingclaims import dating_claims
from leadwatch.claims.datingstreaks import dating_streak, period_claim_days
from leadwatch.claims.market import Market

ENDS = pd.date_range("2023-01-31", periods=12, freq="ME")
#: Up from February to July 2023, down in August, up from September.
CLOSES = [100.0, 101, 102, 103, 104, 105, 106, 100, 101, 102, 103, 104]
MARKET = Market({"spx": pd.Series(CLOSES, index=ENDS)})

STREAKS = [
    "The S&P 500 has risen for five consecutive months.",
    "The S&P 500 gained for a fifth straight month.",
    "The S&P 500 is up five months in a row.",
]


@pytest.mark.parametrize("text", STREAKS)
def test_a_streak_of_months_dates_the_article(text: str) -> None:
    streaks = [c for c in dating_claims(extract_claims(text)) if dating_streak(c)]
    assert len(streaks) == 1, extract_claims(text).claims
    days = pd.to_datetime(["2023-05-10", "2023-07-05", "2023-08-05", "2023-09-10", "2023-12-05"])
    held = period_claim_days(streaks[0], MARKET, days)
    assert held.tolist() == [False, True, True, False, False]


def test_a_streak_of_sessions_dates_but_a_week_streak_or_one_under_way_is_left_to_the_grader() -> (
    None
):
    sessions = "The S&P 500 rose for a third session in a row."
    assert [c.window for c in dating_claims(extract_claims(sessions)) if dating_streak(c)] == [
        "streak:D:3"
    ]
    for text in (
        "The S&P 500 rose for a third week in a row.",
        "The S&P 500 is on track for a fourth straight session of gains.",
        "Gold rose on Monday.",
    ):
        assert not any(dating_streak(c) for c in dating_claims(extract_claims(text))), text
