"""A yield's move told by its two levels ("slid from 4.35% to 4.18%", "rose to 4.4 percent
from 4.25 percent") is a move from the last day it stood at the first level; a rate stands
at a level within two basis points (2% of a price would be 9 bp of a 4% yield)."""

from __future__ import annotations

import pandas as pd
import pytest

from leadwatch.claims import extract_claims
from leadwatch.claims.destination import arrival_day
from leadwatch.claims.market import Market


@pytest.mark.parametrize(
    ("sentence", "first"),
    [
        ("The 2-year yield slid from 4.35% to 4.18% over the month.", "from:4.35"),
        ("The 10-year yield rose to 4.4 percent from 4.25 percent at the end of May.", "from:4.25"),
    ],
)
def test_a_yield_told_by_its_two_levels_is_a_move(sentence: str, first: str) -> None:
    moves = [c for c in extract_claims(sentence).claims if c.kind == "move"]
    assert [(c.asset[:5], c.window) for c in moves if c.asset] == [("yield", first)]


def test_percent_figures_of_a_price_are_no_two_level_move() -> None:
    claims = extract_claims("Gold rose from 2% to 5% of central bank reserves.").claims
    assert not [c for c in claims if c.kind == "move"]


def test_a_rate_is_near_its_level_within_two_basis_points() -> None:
    days = pd.bdate_range("2026-03-02", periods=5)
    m = Market({"yield_10y": pd.Series([4.31, 4.30, 4.26, 4.24, 4.22], index=days)})
    assert arrival_day(m, "yield_10y", 4.30, days[0], days[-1]) == days[1]  # 8 bp below now
    assert arrival_day(m, "yield_10y", 4.23, days[0], days[-1]) is None  # today's level
    assert arrival_day(m, "yield_10y", 4.50, days[0], days[-1]) is None  # never there
