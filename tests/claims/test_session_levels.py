"""Levels quoted in passing during a session (hand-written phrasings): a record's value
with its abbreviation in brackets, a level "to watch" named by a two-word qualifier, a
named day's settlement, and the first price of a move over a span whose first day is
named."""

from __future__ import annotations

import pytest

from leadwatch.claims import extract_claims


def _levels(text: str) -> list[tuple[str | None, str | None, float | None, object]]:
    return [
        (c.asset, c.op, c.level, c.when) for c in extract_claims(text).claims if c.kind == "level"
    ]


@pytest.mark.parametrize(
    ("text", "asset", "level"),
    [
        ("Ether jumped to a fresh all-time high (ATH) of $5,240 late on Tuesday.", "eth", 5240.0),
        ("Solana set a new record high (ATH) of $310 on Sunday.", "solana", 310.0),
        ("Silver sank to a record low (ATL) of $9.80 against gold on Monday.", "silver", 9.8),
    ],
)
def test_a_record_value_with_a_bracketed_abbreviation_is_a_level(
    text: str, asset: str, level: float
) -> None:
    assert [(a, lv) for a, _, lv, _ in _levels(text)] == [(asset, level)]


def test_a_bracketed_abbreviation_with_no_figure_adds_no_level() -> None:
    assert _levels("Ether set an all-time high (ATH) on Tuesday as buyers returned.") == []


@pytest.mark.parametrize(
    ("text", "asset", "op", "level"),
    [
        (
            "Silver fell below the closely watched $30 an ounce mark on Tuesday.",
            "silver",
            "below",
            30.0,
        ),
        ("Ether slid under the widely followed $2,000 level on Friday.", "eth", "below", 2000.0),
        ("Gold pushed past the long-awaited $3,500 mark on Wednesday.", "gold", "break", 3500.0),
    ],
)
def test_a_level_to_watch_with_a_two_word_qualifier(
    text: str, asset: str, op: str, level: float
) -> None:
    assert [(a, o, lv) for a, o, lv, _ in _levels(text)] == [(asset, op, level)]


def test_a_watched_figure_that_is_no_price_adds_no_level() -> None:
    assert _levels("Gold traders closely watched the 30-year auction on Tuesday.") == []


@pytest.mark.parametrize(
    ("text", "level", "weekday"),
    [
        (
            "Copper began Tuesday at $4.52, off 1% from Monday's closing terms of $4.57.",
            4.57,
            0,
        ),
        (
            "Silver opened at $31.10 on Monday, 0.8% under Friday's settlement of $31.35.",
            31.35,
            4,
        ),
    ],
)
def test_a_named_days_settlement_is_that_days_level(text: str, level: float, weekday: int) -> None:
    assert (level, ("weekday", weekday)) in [(lv, when) for _, _, lv, when in _levels(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Miners said in terms of $5 billion of deals, gold did well.",
        "Gold rose 1% as the miner agreed to a settlement of $125 with each worker.",
    ],
)
def test_a_settlement_that_is_no_days_quote_is_no_level(text: str) -> None:
    assert _levels(text) == []


@pytest.mark.parametrize(
    ("text", "asset", "first", "when"),
    [
        (
            "Between March 2 and 6, ether dropped from $2,410.5 to $2,250.2 per coin.",
            "eth",
            2410.5,
            (3, 2),
        ),
        ("From 9 to 13 June, gold climbed from $3,310 to $3,420 an ounce.", "gold", 3310.0, (6, 9)),
        (
            "From May 5th through May 9th, bitcoin rose from $94,100 to $103,200.",
            "btc",
            94100.0,
            (5, 5),
        ),
    ],
)
def test_the_first_price_of_a_dated_span_is_a_level_of_its_first_day(
    text: str, asset: str, first: float, when: tuple[int, int]
) -> None:
    assert (asset, "at", first, ("date", when)) in _levels(text)


def test_a_span_with_no_first_day_adds_no_start_level() -> None:
    levels = _levels("Over the weekend, ether slid from $2,410 to $2,250.")
    assert [lv for _, _, lv, _ in levels] == [2250.0]
