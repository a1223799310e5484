"""Levels told in market-close stories, headerless table rows, a day's extremes and moves
between two index values: each phrasing a few ways, with a case that must not change."""

from __future__ import annotations

import pandas as pd
import pytest

from leadwatch.claims.extract import extract_claims
from leadwatch.claims.fromto import check_from_level
from leadwatch.claims.market import Market, level_days
from leadwatch.claims.model import Claim


def _levels(text: str) -> list[tuple[str | None, str | None, float | None]]:
    return [(c.asset, c.op, c.level) for c in extract_claims(text).claims if c.kind == "level"]


@pytest.mark.parametrize(
    ("text", "asset", "level"),
    [
        ("The Standard & Poor's 500 index slid 4.10 points to close at 5,612.30.", "spx", 5612.3),
        ("The Standard and Poor\u2019s 500 ended at 5,590.75 on Tuesday.", "spx", 5590.75),
        ("The yield on 10-year government bonds eased to 4.08%.", "yield_10y", 4.08),
        ("The yield on the 10-year government note climbed to 4.37%.", "yield_10y", 4.37),
    ],
)
def test_index_and_yield_spelt_out(text: str, asset: str, level: float) -> None:
    assert (asset, "at", level) in _levels(text)


def test_other_country_bonds_stay_theirs() -> None:
    found = _levels("The yield on German 10-year government bonds rose to 2.61%.")
    assert ("yield_10y", "at", 2.61) not in found


@pytest.mark.parametrize(
    ("row", "asset", "level"),
    [
        ("Gold | 2,655 |", "gold", 2655.0),
        ("Silver | 30.15 |", "silver", 30.15),
        ("10 Yr Treasury | 4.12% |", "yield_10y", 4.12),
        ("S&P 500 | 5,912 |", "spx", 5912.0),
    ],
)
def test_headerless_table_rows(row: str, asset: str, level: float) -> None:
    text = f"Snapshot at the month's end\n\nDow Jones | 41,900 |\n{row}\n"
    assert (asset, "at", level) in _levels(text)


@pytest.mark.parametrize(
    "row", ["S&P 500 | 3.25% |", "Gold | 11.40% |", "Dollar / Pound | 1.29 |", "Gold | 2024 |"]
)
def test_table_rows_that_state_no_level(row: str) -> None:
    text = f"Snapshot at the month's end\n\nDow Jones | 41,900 |\n{row}\n"
    assert [x for x in _levels(text) if x[0] != "dow"] == []


@pytest.mark.parametrize(
    ("text", "asset", "op", "level"),
    [
        (
            "Buyers returned, lifting Ether from its intraday lows of $1,905 toward $2,100.",
            "eth",
            "day:low",
            1905.0,
        ),
        ("Silver hit a high of $33.45 before fading on Thursday.", "silver", "day:high", 33.45),
        ("Gold came off session highs of $2,702 on Friday.", "gold", "day:high", 2702.0),
        ("Silver touched US $33.45 an ounce on Oct 3.", "silver", "at", 33.45),
    ],
)
def test_day_extremes(text: str, asset: str, op: str, level: float) -> None:
    assert (asset, op, level) in _levels(text)


def test_a_plain_level_stays_at() -> None:
    assert ("gold", "at", 2702.0) in _levels("Gold rose 0.4% to $2,702 on Friday.")


def test_day_low_holds_where_the_day_traded_there() -> None:
    days = pd.bdate_range("2026-01-05", periods=3)
    close = pd.Series([100.0, 96.0, 90.2], index=days)
    ranges = pd.DataFrame({"low": [99.0, 90.1], "high": [101.0, 97.0]}, index=days[:2])
    m = Market({"btc": close}, ranges={"btc": ranges})
    # day 2: the low 90.1 is the figure; day 3 (no range): the close 90.2 is just above it
    assert level_days(m, "btc", "day:low", 90.0).tolist() == [False, True, True]
    # a low told before the close that the day later broke: day 2 traded at 91
    assert level_days(m, "btc", "day:low", 91.0).tolist() == [False, True, False]
    # a figure the day never traded at, with the close off by more than 2%
    assert level_days(m, "btc", "day:low", 98.0).tolist() == [False, False, False]


@pytest.mark.parametrize(
    ("text", "op", "first"),
    [
        ("The dollar index fell from 104.20 to 103.84 on Friday.", "down", 104.2),
        ("The dollar index, which climbed from 103.84 to 104.20, weighed on gold.", "up", 103.84),
        ("The VIX dropped to 17.10 from 19.40 on Friday.", "down", 19.4),
    ],
)
def test_index_moves_between_two_values(text: str, op: str, first: float) -> None:
    moves = [c for c in extract_claims(text).claims if c.kind == "move"]
    assert [(c.op, c.window) for c in moves] == [(op, f"from:{first:g}")]


def test_percent_figures_are_no_index_points() -> None:
    moves = [c for c in extract_claims("The dollar index fell from 2% to 1%.").claims]
    assert all(c.window is None or not c.window.startswith("from:") for c in moves)


def test_a_one_session_index_move_is_graded() -> None:
    days = pd.bdate_range("2025-03-05", periods=3)
    m = Market({"dxy": pd.Series([104.6, 104.22, 103.84], index=days)})
    c = Claim(0, "move", "dxy", "fell from 104.20 to 103.84", "down", window="from:104.2")
    status, text, _ = check_from_level(c, days[-1], m)
    assert status == "confirmed", text
