"""A one-session move on the first session after a London holiday (no fix from 24 to 28
December) is graded on the futures, which traded the sessions in between, when the text
names the day, the session or the futures: not across the gap of the fixes."""

from __future__ import annotations

import pandas as pd
import pytest

from leadwatch.claims import extract_claims
from leadwatch.claims.check import check_claims
from leadwatch.claims.market import Market

DAY = pd.Timestamp("2025-12-29")  # a Monday; the last fix before it is 24 December


def _market() -> Market:
    fut_days = pd.to_datetime(
        ["2025-12-22", "2025-12-23", "2025-12-24", "2025-12-26", str(DAY.date())]
    )
    fut = pd.Series([100.0, 101.0, 102.0, 110.0, 100.0], index=fut_days)  # -9.1% on the 29th
    fix_days = pd.to_datetime(["2025-12-22", "2025-12-23", "2025-12-24", str(DAY.date())])
    fix = pd.Series([100.0, 101.0, 102.0, 104.0], index=fix_days)  # +2% across the gap
    return Market({"silver": fix, "silver_fut": fut})


@pytest.mark.parametrize(
    "text",
    [
        "Silver futures tumbled. They fell 9% on Monday.",  # a pronoun, the futures before it
        "Silver futures were trading at $100, down about 9% on the day.",  # a data page
        "Silver slid 9% on Monday, its worst session in years.",  # a wire
        "Silver was down 9% in Monday's session.",  # a regional paper
        "COMEX silver lost 9% in the session.",  # a bank note
        "Silver dropped 9% on the day.",  # a crypto-news style recap
    ],
)
def test_a_session_after_a_holiday_is_graded_on_the_futures(text: str) -> None:
    checked = [
        c for c in check_claims(extract_claims(text), DAY, _market()) if c.claim.kind == "percent"
    ]
    assert [c.status for c in checked] == ["confirmed"], [c.evidence for c in checked]
    assert "2025-12-26" in checked[0].evidence


def test_a_session_with_no_gap_is_read_on_the_futures_the_fix_misses() -> None:
    days = pd.bdate_range("2025-11-03", "2025-11-07")
    fix = pd.Series([100.0, 100.0, 100.0, 100.0, 103.0], index=days)
    fut = pd.Series([100.0, 100.0, 100.0, 100.0, 91.0], index=days)
    market = Market({"silver": fix, "silver_fut": fut})
    ex = extract_claims("Silver fell 9% on the day.")  # the fix rose; the futures settled -9%
    checked = check_claims(ex, days[-1], market)
    assert [c.status for c in checked if c.claim.kind == "percent"] == ["confirmed"]
    ex = extract_claims("Silver fell 20% on the day.")  # neither series fits
    checked = check_claims(ex, days[-1], market)
    assert [c.status for c in checked if c.claim.kind == "percent"] == ["contradicted"]
    ex = extract_claims("Silver rose 3% on Friday.")
    checked = check_claims(ex, days[-1], market)
    assert [c.status for c in checked if c.claim.kind == "percent"] == ["confirmed"]
