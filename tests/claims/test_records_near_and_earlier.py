"""Span records a price stands near ("held close by a 13-month high" said with "near"),
records set earlier in the article's month, levels "last seen on" a day, ranked session
moves "since the start of" a year (and pairs: "its best and worst days"), and a story's
sentence that still quotes a decimal level."""

from __future__ import annotations

import pandas as pd
import pytest

from leadwatch.claims import extract_claims
from leadwatch.claims.market import Market
from leadwatch.claims.nearrecords import near_record
from leadwatch.claims.rankedcheck import check_move_record
from tests.claims.extracted import records


def _quals(text: str) -> list[tuple[str | None, str | None, tuple[str, ...]]]:
    return [(c.asset, c.window, c.qualifiers) for c in extract_claims(text).claims
            if c.kind == "record"]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The dollar index held steady near a 14-month high.", ("dxy", "last:14:month")),
        ("Silver hovered around its highest since March.", ("silver", "since:March")),
    ],
)
def test_a_record_said_with_near_is_qualified(text: str, expected: tuple[str, str]) -> None:
    assert _quals(text) == [(*expected, ("near",))]


def test_a_record_reached_is_not_near() -> None:
    assert _quals("Silver hit a 14-month high on the day.")[0][2] == ()


def _market(values: list[float]) -> Market:
    days = pd.bdate_range("2024-01-01", periods=len(values))
    return Market({"dxy": pd.Series(values, index=days, dtype=float)})


def test_near_grading_has_a_tolerance() -> None:
    c = extract_claims("The dollar index held near a 6-month high.").claims[0]
    rising = [90.0 + 0.05 * i for i in range(200)]
    off = _market([*rising, 99.0])  # 1% under the top of the day before: near it
    day = off.close("dxy").index[-1]
    assert near_record(c, day, off, day - pd.Timedelta(days=140), "6-month")[0] == "confirmed"
    far = _market([*rising, 95.0])  # 5% under it: not near
    assert near_record(c, day, far, day - pd.Timedelta(days=140), "6-month")[0] == "contradicted"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gold hit an all-time high earlier this month.", [("gold", "high", "past:mtd")]),
        ("Gold now trades a touch under the record high it set earlier in the month.",
         [("gold", "high", "past:mtd")]),
        ("Gold slipped below last month's record highs.", [("gold", "high", "past:month")]),
    ],
)  # fmt: skip
def test_a_record_set_earlier_this_month(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert records(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ether climbed to levels last seen on March 14th.", "since:March 14"),
        ("Ether jumped, reaching levels last seen on 14 March 2024.", "since:March 14, 2024"),
        ("Ether climbed to levels last seen in March.", "since:March"),  # a month, as before
    ],
)
def test_levels_last_seen_on_a_day(text: str, expected: str) -> None:
    found = [c for c in extract_claims(text).claims if c.kind == "record"]
    assert [(c.asset, c.window, c.when) for c in found] == [("eth", expected, None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The S&P 500 had its worst day since the start of the year.", [("worst:D", "ytd")]),
        (
            "The S&P 500 suffered its biggest one-day drop since the beginning of 2022.",
            [("worst:D", "since:the beginning of 2022")],
        ),
        (
            "That week the S&P 500 logged its best and worst daily returns since the start"
            " of 2021.",
            [("best:D", "since:the start of 2021"), ("worst:D", "since:the start of 2021")],
        ),
        ("The S&P 500 had its worst day since March.", [("worst:D", "since:March")]),
    ],
)
def test_ranked_sessions_since_a_start(text: str, expected: list[tuple[str, str]]) -> None:
    found = [c for c in extract_claims(text).claims if c.kind == "record"]
    assert [(c.op, c.window) for c in found] == expected


def test_a_ranked_session_since_a_start_needs_no_earlier_beyond_it() -> None:
    days = pd.bdate_range("2022-06-01", "2023-03-31")
    values = [100.0 + (i % 5) * 0.1 for i in range(len(days))]
    values[-1] = values[-2] * 0.97  # a 3% fall, the worst of 2023 (and of the data)
    m = Market({"spx": pd.Series(values, index=days, dtype=float)})
    c = extract_claims("The S&P 500 had its worst day since the start of 2023.").claims[0]
    assert check_move_record(c, days[-1], m)[0] == "confirmed"
    c = extract_claims("The S&P 500 had its worst day since the start of the year.").claims[0]
    assert check_move_record(c, days[-1], m)[0] == "confirmed"
    calm = Market({"spx": pd.Series([*values[:-1], values[-2]], index=days, dtype=float)})
    assert check_move_record(c, days[-1], calm)[0] == "contradicted"


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        (
            "The dollar index rose to 99.20, its highest level since July 9, a move that"
            " usually weighs on gold.",
            ["narrative", "level", "record"],
        ),
        ("The dollar index slipped, a move that usually lifts gold.", ["narrative"]),
    ],
)
def test_a_story_with_a_decimal_level_keeps_its_claims(text: str, kinds: list[str]) -> None:
    assert [c.kind for c in extract_claims(text).claims] == kinds
