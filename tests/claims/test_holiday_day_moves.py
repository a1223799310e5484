"""A move on a named day with no London fix (a UK holiday) is graded on the futures, which
traded that day, not on two earlier fixes."""

from __future__ import annotations

import pandas as pd
import pytest

from leadwatch.claims import extract_claims
from leadwatch.claims.check import check_claims
from leadwatch.claims.market import Market

FUT_DAYS = pd.bdate_range("2025-03-03", "2025-04-22")
HOLIDAY = pd.Timestamp("2025-04-21")  # Easter Monday: no fix; Good Friday: no session at all
FUT_DAYS = FUT_DAYS.drop(pd.Timestamp("2025-04-18"))


def _market() -> Market:
    fut = pd.Series(100.0, index=FUT_DAYS)
    fut.loc[HOLIDAY] = 103.0  # +3% on the holiday
    fut.loc[pd.Timestamp("2025-04-22")] = 103.2
    fix = fut.drop(HOLIDAY).copy()
    fix.loc[pd.Timestamp("2025-04-17")] = 100.5  # the fixes before: a small drop after it
    fix.loc[pd.Timestamp("2025-04-16")] = 101.0
    return Market({"gold": fix, "gold_fut": fut})


@pytest.mark.parametrize(
    "text",
    [
        "Spot gold settled 3% higher yesterday.",
        "Gold climbed 3% on Monday.",
        "Gold prices rose about 3% yesterday as the dollar slid.",
    ],
)
def test_a_named_holiday_move_is_graded_on_the_futures(text: str) -> None:
    ex = extract_claims(text)
    checked = [
        c
        for c in check_claims(ex, pd.Timestamp("2025-04-22"), _market())
        if c.claim.kind == "percent"
    ]
    assert [c.status for c in checked] == ["confirmed"]
    assert "2025-04-21" in checked[0].evidence
