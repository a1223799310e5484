"""Offices and election wins a text names bound the years it may be from (:mod:`.eradates`)."""

from __future__ import annotations

import pandas as pd
import pytest

from leadwatch.claims import extract_claims
from leadwatch.claims.eradates import era_votes
from leadwatch.claims.textdates import text_evidence

DAYS = pd.to_datetime(["2016-11-10", "2019-06-03", "2022-12-20", "2023-06-05", "2024-11-07"])

#: Wordings of each kind of evidence (wire, blog, broker note) and the days it allows.
ERAS = [
    ("Oil firmed as traders weighed President-elect Donald Trump's plans.", [1, 0, 0, 0, 1]),
    ("The peso slid after Trump, the president-elect, spoke on trade.", [1, 0, 0, 0, 1]),
    ("Treasuries rallied after President Biden signed the bill.", [0, 0, 1, 1, 1]),
    ("Copper fell after President Trump threatened new duties.", [0, 1, 0, 0, 0]),
    ("Copper dropped 4% as Trump won the presidency, the broker wrote.", [1, 0, 0, 0, 1]),
    ("Platinum slid on Trump's decisive victory, dealers said.", [1, 0, 0, 0, 1]),
]
#: An office in another time or a win only looked back to: no vote.
NOT_NOW = [
    "Former President Trump spoke at the rally.",
    "Zinc is up 9% since Trump's election win.",
    "The then-President Biden era policies were reversed.",
]


@pytest.mark.parametrize(("text", "allowed"), ERAS)
def test_an_office_or_a_win_bounds_the_years(text: str, allowed: list[int]) -> None:
    votes, why = era_votes(text, DAYS)
    assert (votes > 0).astype(int).tolist() == allowed, why
    words, _ = text_evidence(extract_claims(text), DAYS)
    assert (words[votes > 0] > words[votes == 0].max(initial=0.0) - 1e-9).all()


@pytest.mark.parametrize("text", NOT_NOW)
def test_an_office_in_another_time_does_not_vote(text: str) -> None:
    votes, why = era_votes(text, DAYS)
    assert not votes.any(), why


def test_a_win_is_news_in_the_days_after_the_vote() -> None:
    days = pd.to_datetime(["2024-11-05", "2024-11-06", "2024-11-20", "2024-12-30"])
    votes, _ = era_votes("Nickel sank as Trump wins the election.", days)
    assert votes.tolist() == [0.0, 1.0, 0.5, 0.0]


#: A president-elect named or not: that winner's transition, or any transition.
TRANSITIONS = [
    ("Yields rose as President-elect Joe Biden named his team.", [1, 0, 0]),
    ("Miners rallied on hopes the incoming administration eases rules.", [1, 1, 1]),
    ("Copper eased before the president-elect's speech.", [1, 1, 1]),
]


@pytest.mark.parametrize(("text", "allowed"), TRANSITIONS)
def test_a_transition_bounds_the_days(text: str, allowed: list[int]) -> None:
    days = pd.to_datetime(["2020-12-01", "2016-12-01", "2024-12-02"])
    votes, why = era_votes(text, days)
    assert (votes > 0).astype(int).tolist() == allowed, why
    assert not era_votes(text, pd.to_datetime(["2022-12-01"]))[0].any()
