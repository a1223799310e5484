"""Spans of ranked moves told as a month of a year, a decade or a vague count."""

import pandas as pd

from leadwatch.claims.assets import find_assets
from leadwatch.claims.extremes import move_records
from leadwatch.claims.market import Market
from leadwatch.claims.model import Claim
from leadwatch.claims.rankedcheck import check_move_record


def _windows(s: str) -> list[tuple[str, str | None, str | None]]:
    return [(c.asset, c.op, c.window) for c in move_records(s, find_assets(s), None, 0)]


def test_month_of_a_year() -> None:
    s = "The S&P 500 logged its sharpest daily drop since June of 2019."
    assert _windows(s) == [("spx", "worst:D", "since:June 2019")]
    s = "Gold booked its biggest one-day gain since August of the previous year."
    assert _windows(s) == [("gold", "best:D", "since:August last year")]
    s = "Gold booked its biggest one-day gain since August 2019."  # unchanged
    assert _windows(s) == [("gold", "best:D", "since:August 2019")]


def test_decades_and_vague_counts() -> None:
    s = "Silver had its worst single-day slide since the late 1970s."
    assert _windows(s) == [("silver", "worst:D", "since:the late 1970s")]
    s = "The dollar index rose 0.9%, its largest jump in a few months."
    assert _windows(s) == [("dxy", "best:D", "last:2:month")]
    s = "Bitcoin posted its biggest daily gain in five months."  # unchanged
    assert _windows(s) == [("btc", "best:D", "last:5:month")]


def _series(worst_day: str) -> Market:
    days = pd.bdate_range("1978-01-02", "1990-01-31")
    moves = pd.Series(0.001, index=days)
    moves[pd.Timestamp(worst_day)] = -0.08
    moves.iloc[-1] = -0.05
    return Market({"gold": 100 * (1 + moves).cumprod()})


def test_decade_graded() -> None:
    claim = Claim(0, "record", "gold", "w", "worst:D", window="since:the early 1980s")
    day = pd.Timestamp("1990-01-31")
    status, _, _ = check_move_record(claim, day, _series("1981-05-05"))
    assert status == "confirmed"
    status, _, _ = check_move_record(claim, day, _series("1986-05-05"))  # a worse one later
    assert status == "contradicted"


def test_weeks() -> None:
    s = "The dollar index slid 0.8%, its steepest drop in several weeks."
    assert _windows(s) == [("dxy", "worst:D", "last:3:week")]
    s = "Gold rose 2%, its biggest daily gain in six weeks."
    assert _windows(s) == [("gold", "best:D", "last:6:week")]
    s = "Gold rose 2% in six weeks."  # no rank
    assert _windows(s) == []
    claim = Claim(0, "record", "gold", "w", "worst:D", window="last:3:week")
    day = pd.Timestamp("1990-01-31")
    status, _, _ = check_move_record(claim, day, _series("1990-01-22"))  # 8% a week back
    assert status == "contradicted"
    status, _, _ = check_move_record(claim, day, _series("1990-01-03"))  # four weeks back
    assert status == "confirmed"
