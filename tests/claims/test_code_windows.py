"""Table and ticker window codes ("1M -21.6%", "+9.8% (3M)", "YTD: +45%") are the window of
the change next to them; a code that is a name or an amount ("3M", "$3M") is none."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from leadwatch.claims import extract_claims
from leadwatch.claims.check import check_claims
from leadwatch.claims.codewindows import code_windows
from leadwatch.claims.market import Market

#: (line, window of its move): own ticker, dashboard and fund-sheet layouts.
CODED = [
    ("BTC $60.4K 1M -21.6%", "month"),
    ("Bitcoin 1M: -21.6%", "month"),
    ("Bitcoin -21.6% (1M)", "month"),
    ("DXY 1W -0.8%", "week"),
    ("Gold 1M change: +8.2%", "month"),
    ("Silver YTD: +45%", "ytd"),
    ("Ether 1Y return -30.2%", "year"),
]


@pytest.mark.parametrize(("line", "window"), CODED)
def test_a_code_is_the_window_of_its_move(line: str, window: str) -> None:
    ex = extract_claims(line)
    moves = [c for c in ex.claims if c.pct is not None]
    assert moves, ex.claims
    assert moves[0].window == window, moves


@pytest.mark.parametrize(
    "text", ["3M shares rose 2% on Monday.", "The fund drew $3M, up 4%.", "Gold rose 1M%"]
)
def test_names_and_amounts_are_no_codes(text: str) -> None:
    assert code_windows(text) == []


def test_each_figure_takes_its_own_code() -> None:
    assert [w for _, w in code_windows("Gold: +2.1% (1W), +9.8% (3M), +30% (2Y)")] == [
        "week",
        "months",
        "years:2",
    ]


def test_a_one_month_code_is_graded_over_a_month() -> None:
    # bitcoin at 100 until 24 May, then sliding to 78.4 by 24 June (-21.6% over a month)
    days = pd.date_range("2026-04-01", "2026-06-24")
    path = np.where(days <= "2026-05-24", 100.0, np.linspace(100.0, 78.4, len(days))[-1])
    btc = pd.Series(path, index=days)
    btc[days > "2026-05-24"] = np.linspace(99.0, 78.4, int((days > "2026-05-24").sum()))
    checked = check_claims(
        extract_claims("BTC $78.4 1M -21.6%"), pd.Timestamp("2026-06-24"), Market({"btc": btc})
    )
    moves = [r for r in checked if r.claim.pct is not None]
    assert moves and moves[0].status == "confirmed", moves


@pytest.mark.parametrize(
    "text",
    [
        "Gold is up 40% compared with this time last year.",
        "Gold is up 40% from this time last year.",
        "Gold is up 40% versus the same time last year.",
        "Compared to the same point a year earlier, silver has gained 30%.",
        "Bitcoin is 25% higher than at this stage last year.",
    ],
)
def test_a_point_a_year_back_is_a_year_window(text: str) -> None:
    moves = [c for c in extract_claims(text).claims if c.pct is not None]
    assert moves and moves[0].window == "year", moves
