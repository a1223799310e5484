"""Moves to date ("up 6% so far this month", "month-to-date", "year-to-date") are strong
dating evidence: measured from the close before the period, and not outvoted by levels."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from leadwatch.claims import extract_claims
from leadwatch.claims.dating import infer_date
from leadwatch.claims.datingclaims import dating_claims
from leadwatch.claims.market import Market, window_change

#: How outlets state a move over the month so far (wire, crypto news, bank note, data feed).
MONTH_TO_DATE = [
    "Gold is up 6% so far this month.",
    "Gold has gained 6% month-to-date, its traders said.",
    "Spot gold, up 6% MTD, led the metals complex.",
    "Gold has climbed 6% since the start of the month.",
    "Gold prices are 6% higher this month, the bank wrote in a note.",
]


def test_a_move_to_date_is_measured_from_the_last_close_of_the_period_before() -> None:
    days = pd.bdate_range("2026-01-26", "2026-02-06")
    gold = pd.Series(np.arange(len(days), dtype=float) + 100.0, index=days)
    m = Market({"gold": gold})
    mtd = window_change(m, "gold", "mtd")
    jan_end = gold[pd.Timestamp("2026-01-30")]
    assert mtd[pd.Timestamp("2026-02-04")] == pytest.approx(gold["2026-02-04"] / jan_end - 1)
    assert np.isnan(mtd[pd.Timestamp("2026-01-28")])  # no close of December here
    ytd = window_change(m, "gold", "ytd")
    assert np.isnan(ytd[pd.Timestamp("2026-02-04")])  # no close of 2025 in this series


@pytest.mark.parametrize("text", MONTH_TO_DATE)
def test_a_move_over_the_month_so_far_dates_the_article(text: str) -> None:
    # gold sits at $2,120 through January into early February (flat on the month), at
    # $2,000 through late February, and at $2,120 again from 10 March (up 6% on the month):
    # the level alone fits January first; the move over the month so far picks March
    days = pd.bdate_range("2026-01-05", "2026-03-31")
    path = np.where((days >= "2026-02-09") & (days < "2026-03-10"), 2000.0, 2120.0)
    m = Market({"gold": pd.Series(path, index=days)})
    ex = extract_claims(text + " It traded at $2,120 an ounce.")
    assert any(c.window == "mtd" for c in dating_claims(ex)), ex.claims
    dated = infer_date(ex, m)
    assert dated.date == pd.Timestamp("2026-03-10"), dated.reasoning
