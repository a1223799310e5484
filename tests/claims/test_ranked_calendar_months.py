"""A ranked move of a named calendar month ("its strongest October since 2015") ranks that
month of each year (op ``best:M10``), and a ranked move's span may open on "last <month>"
or on a day-first date ("since 12 May")."""

from __future__ import annotations

import pandas as pd
import pytest

from leadwatch.claims.rankedcheck import _since_day, period_returns
from tests.claims.extracted import records


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The S&P 500 rose 1.5%, marking its strongest October since 2015.",
            [("spx", "best:M10", "since:2015")],
        ),
        ("Gold had its weakest March since 2018.", [("gold", "worst:M3", "since:2018")]),
        ("Gold had its best week since 2020.", [("gold", "best:W", "since:2020")]),
    ],
)
def test_a_named_month_is_ranked_against_the_same_month(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert records(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Bitcoin slid for a second week, its steepest weekly drop since last March.",
            [("btc", "worst:W", "since:last March")],
        ),
        (
            "The S&P 500 posted its worst daily loss since 12 May.",
            [("spx", "worst:D", "since:12 May")],
        ),
    ],
)
def test_last_month_and_day_first_spans(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert records(text) == expected


def test_month_code_keeps_that_month_only() -> None:
    days = pd.date_range("2022-08-31", periods=30, freq="ME")
    closes = pd.Series(range(1, 31), index=days, dtype=float)
    moves = period_returns(closes, "M9")
    assert set(pd.DatetimeIndex(moves.index).month) == {9}
    assert len(moves) == 3


def test_a_yearless_day_first_span_is_the_last_one_before_the_article() -> None:
    day = pd.Timestamp("2025-03-01")
    assert _since_day("since:12 May", day) == (pd.Timestamp("2024-05-12"),) * 2
    assert _since_day("since:12 May 2023", day) == (pd.Timestamp("2023-05-12"),) * 2
    assert _since_day("since:2023", day) is None
