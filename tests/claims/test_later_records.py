"""Records anchored to an event or a vague part of a month, ranked moves named by their
noun, and two records of one asset in one sentence: hand-written phrasings of each class,
as wires, crypto sites and market notes write them (issue 15, round 19)."""

from __future__ import annotations

import pytest

from leadwatch.claims import extract_claims
from tests.claims.extracted import records


def _records(text: str) -> list[tuple[str | None, str | None, str | None, object]]:
    return [
        (c.asset, c.op, c.window, c.when) for c in extract_claims(text).claims if c.kind == "record"
    ]


@pytest.mark.parametrize(
    ("text", "asset", "window"),
    [
        (
            "Bitcoin is at the lowest it has been since voters chose a new president in "
            "November 2024.",
            "btc",
            "since:November 2024",
        ),
        (
            "Ether trades at the weakest its been since the halving in April 2024.",
            "eth",
            "since:April 2024",
        ),
        (
            "Gold is trading at its highest since the war began in February.",
            "gold",
            "since:February",
        ),
        (
            "The dollar index fell to its weakest since the central bank cut rates in "
            "September 2024.",
            "dxy",
            "since:September 2024",
        ),
    ],
)
def test_a_record_since_an_event_is_since_the_month_the_event_is_dated_in(
    text: str, asset: str, window: str
) -> None:
    assert any(a == asset and w == window for a, _, w, _ in _records(text))


@pytest.mark.parametrize(
    "text",
    [
        "Gold is trading at its highest it's been since the pandemic.",
        "Silver is at the highest its been since the financial crisis.",
    ],
)
def test_a_record_since_an_undated_event_is_still_read(text: str) -> None:
    assert [op for _, op, w, _ in _records(text) if w and w.startswith("since:")] == ["high"]


@pytest.mark.parametrize(
    ("text", "asset", "month"),
    [
        (
            "Bitcoin dropped to a six-week low as the token slips further from a record set "
            "in mid-July.",
            "btc",
            7,
        ),
        ("Ether trades 30% below the all-time high hit in early March 2024.", "eth", 3),
        ("Gold eased further away from its peak reached in late January.", "gold", 1),
        ("The S&P 500 is 4% off the record high set in mid-February.", "spx", 2),
    ],
)
def test_a_record_set_in_part_of_a_month_is_a_past_record_of_that_month(
    text: str, asset: str, month: int
) -> None:
    past = [(a, when) for a, _, w, when in _records(text) if w == "past"]
    assert past and past[0][0] == asset and past[0][1][0] == "month"
    assert past[0][1][1][1] == month


@pytest.mark.parametrize(
    ("text", "asset", "op"),
    [
        (
            "Silver fell 9% on Friday, its steepest single-day collapse since 1980.",
            "silver",
            "worst:D",
        ),
        ("Bitcoin posted its biggest one-day crash since 2022.", "btc", "worst:D"),
        ("Ether suffered its sharpest weekly slump since 2021.", "eth", "worst:W"),
        ("Gold recorded its worst daily rout since 2013.", "gold", "worst:D"),
    ],
)
def test_a_ranked_move_named_by_any_fall_noun_is_a_move_record(
    text: str, asset: str, op: str
) -> None:
    assert any(a == asset and o == op for a, o, _, _ in _records(text))


@pytest.mark.parametrize(
    ("text", "asset", "count"),
    [
        (
            "The S&P 500 closed at a record closing high of 6,500, though it stayed below "
            "its all-time intraday high of 6,540.",
            "spx",
            2,
        ),
        (
            "The Nasdaq, while short of its all-time intraday high, closed yesterday at a "
            "record closing high.",
            "nasdaq",
            2,
        ),
        ("Gold hit a record high on Monday and another record high on Tuesday.", "gold", 2),
        (
            "Bitcoin slid to its lowest in five weeks and further from the record high set "
            "in mid-August.",
            "btc",
            2,
        ),
    ],
)
def test_every_record_of_one_asset_in_a_sentence_is_read(text: str, asset: str, count: int) -> None:
    assert [a for a, _, _ in records(text)].count(asset) == count


def test_a_second_record_of_another_asset_is_not_doubled() -> None:
    found = records("Gold hit a record high, while silver rose to a 12-year high.")
    assert sorted(a for a, _, _ in found) == ["gold", "silver"]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Gold hit a record intra-day high of $3,500.", "record intra-day high"),
        ("The S&P 500 set record intraday and closing highs on Friday.", "and closing highs"),
    ],
)
def test_intra_day_and_paired_record_highs_are_read_whole(text: str, words: str) -> None:
    assert any(words in c.words for c in extract_claims(text).claims if c.kind == "record")
