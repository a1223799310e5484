"""A window belongs to its own clause and figure: a period that is a figure's subject, an
unbroken or bounded span, a clause that owns its time word, a period carried to the next
sentence that goes on with it."""

from __future__ import annotations

from typing import Any

import pytest

from leadwatch.claims.extract import extract_claims


def _moves(text: str) -> list[tuple[str | None, float | None, Any, str | None]]:
    return [
        (c.asset, c.pct, c.when, c.window)
        for c in extract_claims(text).claims
        if c.kind in ("percent", "move") and c.pct is not None
    ]


@pytest.mark.parametrize(
    ("text", "window"),
    [
        ("Ether fell hard. So far, March is trading at -9.2% for the token.", "inmonth:March"),
        ("Bitcoin cooled, and June is now down 6% for the coin.", "inmonth:June"),
        ("Silver had a stellar run: 2024 finished up 31% for the metal.", "cal:2024"),
        ("Gold is strong again; 2026 is up 14% for the metal.", "cal:2026"),
        ("Bitcoin sagged; April 2025 closed down 11% for the coin.", "inmonth:April:2025"),
    ],
)
def test_a_period_that_is_the_subject_of_a_figure_is_its_window(text: str, window: str) -> None:
    assert [m[3] for m in _moves(text)] == [window]


@pytest.mark.parametrize(
    "text",
    [
        "Gold rose 3% in March after a weak February.",  # "in March": read as before
        "Since 2024, silver has climbed 40%.",
        "Bitcoin fell 5% as traders eyed May 12 data.",
    ],
)
def test_a_period_that_is_not_the_subject_is_left_alone(text: str) -> None:
    assert not any((m[3] or "").startswith(("inmonth:", "cal:")) for m in _moves(text))


@pytest.mark.parametrize(
    ("text", "window"),
    [
        ("Copper has risen 9% over the last three consecutive weeks.", "days:21"),
        ("Ether gained 12% for the past four straight weeks.", "days:28"),
        ("The S&P 500 slid 4% over the past five consecutive trading days.", "sessions:5"),
        ("Ether jumped 18% in less than a month.", "month"),
        ("Silver climbed 9% in under two weeks.", "days:14"),
        ("Bitcoin has added 6% in less than a week's time.", "week"),
    ],
)
def test_unbroken_and_bounded_spans_are_windows(text: str, window: str) -> None:
    assert [m[3] for m in _moves(text)] == [window]


def test_an_exact_span_wins_over_a_bounded_one() -> None:
    text = (
        "Platinum is up for the last three consecutive weeks, a rise of 19.5% in less than a month."
    )
    assert [m[3] for m in _moves(text)] == ["days:21"]


@pytest.mark.parametrize(
    "text",
    [
        # a bounded span away from the figure times something else
        "Silver sank 6% on Monday after margins were raised twice in less than a week.",
        # a superlative before it: a record's span
        "Gold fell 4%, its biggest drop in less than a month.",
    ],
)
def test_a_bounded_span_of_something_else_is_not_the_figure_window(text: str) -> None:
    assert all(m[3] not in ("week", "month") for m in _moves(text))


@pytest.mark.parametrize(
    "text",
    [
        "Bitcoin fell 4%, with ether having its first negative month in two years.",
        "Silver slid 3%, with copper posting its worst run in five years.",
    ],
)
def test_a_window_inside_a_with_clause_stays_there(text: str) -> None:
    assert [m[3] for m in _moves(text)] == [None]


def test_a_with_clause_keeps_its_own_window() -> None:
    text = "Gold was flat, with silver rising 4% over the past five years."
    assert ("silver", 4.0, None, "years:5") in _moves(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Nasdaq is within 2% of the record it set in January after sliding 15% this spring.",
        "Platinum gained 1.5% to $1,020, close to the peak reached in March.",
        "Copper is 3% below the high hit in May.",
    ],
)
def test_the_month_of_a_dated_record_is_not_a_move_month(text: str) -> None:
    assert all(m[2] is None for m in _moves(text))


def test_a_month_named_outside_the_record_still_dates_the_move() -> None:
    text = "Palladium fell 3% in April, after a record reached in April."
    assert [m[2] for m in _moves(text)] == [("month", (0, 4))]


@pytest.mark.parametrize(
    ("text", "asset", "when"),
    [
        ("Platinum rose 7% in May. Palladium rose 4% and topped $1,000.", "palladium",
         ("month", (0, 5))),
        ("Copper fell 6% in June (and 2% for the year). Zinc fell 3% as demand cooled.", "zinc",
         ("month", (0, 6))),
        ("Few saw it, but platinum rose 8% in July. Palladium rose 2% to $1,300.", "palladium",
         ("month", (0, 7))),
    ],
)  # fmt: skip
def test_the_next_sentence_goes_on_with_the_period(text: str, asset: str, when: Any) -> None:
    assert any(m[0] == asset and m[2] == when for m in _moves(text))


@pytest.mark.parametrize(
    "text",
    [
        "Platinum rose 7% in May. Palladium has risen 4% since.",  # another tense
        "Platinum rose 7% in May. Palladium rose 4% on Friday.",  # a time of its own
        "Platinum rose 7% in May. Platinum rose 2% more.",  # the same asset
        "Platinum rose 7% in May.\n\nPalladium rose 4%.",  # another paragraph
        "Platinum rose 7% today. Palladium rose 4%.",  # not a calendar period
    ],
)
def test_the_next_sentence_keeps_its_reading_when_unsafe(text: str) -> None:
    second = [m for m in _moves(text) if m[1] in (4.0, 2.0)]
    assert second and all(m[2] is None or m[2][0] != "month" for m in second)
