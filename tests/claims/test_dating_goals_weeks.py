"""Goals and chart levels cast no vote for the date; a weekly column is dated at its week's
close; a weekday printed in a full date is no weekday named (hand-written phrasings)."""

from __future__ import annotations

import pandas as pd
import pytest

from leadwatch.claims import extract_claims
from leadwatch.claims.datehints import named_weekdays
from leadwatch.claims.datingclaims import dating_claims
from leadwatch.claims.textdates import text_evidence
from leadwatch.claims.weekhints import week_votes


@pytest.mark.parametrize(
    "sentence",
    [
        "Gold touched $2,950 on Monday and keeps edging closer to $3,000.",  # dealer note
        "Gold hit $2,950 as it edged closer to the psychological $3,000.",  # wire
        "Bitcoin traded at $104,000 before bulls made a run at $110,000.",  # crypto news
        "Silver touched $48 on Tuesday, inching closer to $50.",  # regional paper
        "Ether hit $4,100 and is creeping closer to $5,000, traders said.",  # data feed
    ],
)
def test_a_goal_is_no_price_of_the_day(sentence: str) -> None:
    ex = extract_claims(sentence)
    levels = [c for c in dating_claims(ex) if c.kind == "level"]
    assert len(levels) == 1 and levels[0].words == next(c.words for c in ex.claims)


@pytest.mark.parametrize(
    "sentence",
    [
        "Bitcoin traded at $104,000 as bulls eye $110,000.",
        "Silver traded at $48 and sets its sights on $50.",
        "Ether rose to $4,100 and heads for $5,000, traders said.",
        "Bitcoin traded at $104,000; strategists flag $107,000 as major resistance.",
    ],
)
def test_goals_and_chart_levels_never_vote(sentence: str) -> None:
    levels = [c for c in dating_claims(extract_claims(sentence)) if c.kind == "level"]
    assert len(levels) == 1  # the day's price only


@pytest.mark.parametrize(
    ("sentence", "level"),
    [
        ("Bitcoin pushed past the $105,000 resistance level on Monday.", 105000.0),
        ("Gold slipped through support near $2,600 last week.", 2600.0),
    ],
)
def test_a_chart_level_crossed_is_still_the_days(sentence: str, level: float) -> None:
    assert [c.level for c in dating_claims(extract_claims(sentence))] == [level]


_WEEK = pd.date_range("2025-09-22", periods=7)  # Monday..Sunday


@pytest.mark.parametrize(
    "text",
    [
        "Gold futures rose 1.9% for the week to $3,789.80.",  # weekly futures column
        "Silver extended this week's 3% rally to $45.",  # dealer
        "Bitcoin is set for its best week since March.",  # crypto wire
        "The euro posted a weekly loss against the dollar.",  # bank note
        "Gold notched a sixth straight weekly gain.",  # wire
        "The S&P 500 finished the week 1.2% higher.",  # regional paper
        "Copper prices fell in the week ended Friday, the exchange said.",  # data feed
    ],
)
def test_a_week_tallied_votes_for_its_close(text: str) -> None:
    votes, why = week_votes(text, _WEEK)
    assert votes.tolist() == [0, 0, 0, 0, 0.5, 0.5, 0.5] and why


@pytest.mark.parametrize(
    "text",
    [
        "Gold could rise for the week ahead if the Fed cuts.",
        "Traders will watch next week's payrolls data.",
        "Gold rose 1% on Tuesday.",
        "Weekly gains so far stand at 0.8% after the dip.",  # a tally to date
        "Positioning data show four straight weeks of higher speculative longs.",
    ],
)
def test_no_week_tallied_no_vote(text: str) -> None:
    assert not week_votes(text, _WEEK)[0].any()


@pytest.mark.parametrize(
    "text",
    [
        "Since Tuesday, June 10, 2025, both metals have gained.",
        "The rally began on Tuesday, 10 June, and has not paused.",
        "Gold peaked on Tuesday, Jun. 10 and drifted since.",
    ],
)
def test_a_weekday_inside_a_date_is_no_weekday_named(text: str) -> None:
    assert named_weekdays(text) == ()


def test_a_weekday_alone_is_still_named() -> None:
    assert named_weekdays("Gold fell on Monday, traders said in August.") == (0,)


def test_a_weekday_named_outranks_the_weeks_close() -> None:
    text = "Gold fell on Wednesday but is up 2% for the week, traders said."
    votes, _ = text_evidence(extract_claims(text), _WEEK)
    assert votes[2] > votes[4]  # Wednesday (and Thursday), not Friday
