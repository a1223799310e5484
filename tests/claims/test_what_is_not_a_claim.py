"""Sentences that state no fact about the market on a day: a habit told in the present, a
kind of move with its frequency, people doing something "for the first time", an index's
futures before the open and an index's sectors. Each class has a real claim beside it
that must stay (round 37)."""

from __future__ import annotations

import pytest

from leadwatch.claims import extract_claims


def _graded(text: str) -> list[tuple[str, str | None, float | None]]:
    """(kind, asset, pct) of the claims that would be graded on prices."""
    kinds = ("level", "record", "move", "percent", "comparison")
    return [(c.kind, c.asset, c.pct) for c in extract_claims(text).claims if c.kind in kinds]


@pytest.mark.parametrize(
    "text",
    [
        "One strategist said, \u201cFear always pushes bitcoin higher.\u201d",
        "Safe-haven demand generally drives gold higher, she said.",
        "Inflation scares normally drive silver higher.",
    ],
)
def test_a_habit_is_no_move(text: str) -> None:
    assert _graded(text) == []


def test_a_move_beside_a_habit_stays() -> None:
    got = _graded("A softer dollar usually lifts silver, and silver rose 2% on Thursday.")
    assert ("percent", "silver", 2.0) in got


@pytest.mark.parametrize(
    "text",
    [
        "A 12% correction in bitcoin is rare; it happens about once every four years.",
        "A 20% slump for the Nasdaq and the S&P 500 occurs on average once a decade.",
        "A 9% drop for gold is unusual, but it happens.",
    ],
)
def test_a_kind_of_move_with_its_frequency_is_no_move(text: str) -> None:
    assert [g for g in _graded(text) if g[0] == "percent"] == []


def test_a_move_then_its_frequency_stays() -> None:
    got = _graded("Bitcoin fell 12% this week, a slump that happens once every four years.")
    assert ("percent", "btc", 12.0) in got


@pytest.mark.parametrize(
    "text",
    [
        "Many savers are buying silver bars for the first time.",
        "Some households now own bitcoin for the first time ever.",
    ],
)
def test_people_doing_something_first_is_no_record(text: str) -> None:
    assert [g for g in _graded(text) if g[0] == "record"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Silver climbed past $60 an ounce for the first time ever.",
        "Bitcoin crossed the 150K mark for the first time in history.",
    ],
)
def test_a_first_crossing_stays_a_record(text: str) -> None:
    assert [g for g in _graded(text) if g[0] == "record"]


@pytest.mark.parametrize(
    "text",
    [
        "Early morning on Friday, S&P 500 futures were down another 2.4%.",
        "Dow futures slid 1.3% in premarket trade, with banks each losing about 4%.",
        "Ahead of the opening bell, Nasdaq 100 futures were up 0.9%.",
    ],
)
def test_index_futures_before_the_open_are_no_index_move(text: str) -> None:
    assert [g for g in _graded(text) if g[0] == "percent"] == []


def test_index_futures_without_a_time_and_the_cash_index_stay() -> None:
    assert ("percent", "spx", 1.2) in _graded("S&P futures +1.2%")
    got = _graded("The S&P 500 closed 0.7% higher on Monday; futures were flat before the bell.")
    assert ("percent", "spx", 0.7) in got


@pytest.mark.parametrize(
    "text",
    [
        "The S&P sector ETFs fell across the board, while energy fared worst with a 2.9% loss.",
        "Only three of the S&P 500 sectors closed higher, while utilities led with a 1.6% gain.",
        "The S&P 500 sectors were mixed, with tech the laggard after a 2.2% decline.",
    ],
)
def test_an_index_sectors_moves_are_no_index_move(text: str) -> None:
    assert [g for g in _graded(text) if g[1] == "spx" and g[0] == "percent"] == []


def test_the_index_named_after_its_sectors_stays() -> None:
    got = _graded("Seven of the 11 S&P 500 sectors rose, and the index gained 0.6% on Wednesday.")
    assert ("percent", "spx", 0.6) in got
    assert ("percent", "spx", 1.1) in _graded("The S&P 500 fell 1.1% on Friday, all sectors lower.")


@pytest.mark.parametrize(
    "text",
    [
        "Gold firmed. He said that profit-taking near $4,300 may cause short dips.",
        "Silver rose. Selling around $52 may cap the advance, a dealer said.",
    ],
)
def test_a_price_before_the_modal_may_is_no_level_of_may(text: str) -> None:
    got = [c for c in extract_claims(text).claims if c.sentence == 1 and c.kind == "level"]
    assert got == []


def test_a_price_in_the_month_of_may_stays_anchored() -> None:
    got = [c for c in extract_claims("Silver touched $35 in mid-May.").claims if c.kind == "level"]
    assert [(c.level, c.window) for c in got] == [(35.0, "ext::mon:5:0:mid")]


@pytest.mark.parametrize(
    "text",
    [
        'A strategist wrote, "When spot silver trades over $60, it will make headlines."',
        "Once ether is above $5,000, traders say it would draw new buyers.",
    ],
)
def test_a_price_in_a_condition_with_a_future_is_no_level(text: str) -> None:
    assert [g for g in _graded(text) if g[0] == "level"] == []


def test_a_past_when_clause_and_a_price_now_stay_levels() -> None:
    assert [g[0] for g in _graded("When gold topped $3,000 in March, it made news.")] == ["level"]
    got = _graded("Gold is above $4,000 and analysts say it will climb further.")
    assert [g[0] for g in got] == ["level"]
