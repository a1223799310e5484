"""A year's extreme told in a sentence about a past day ("On 3 March, bitcoin sank to a 2026
low near $78,000") is the extreme of the year up to that day: a lower low set after it does
not contradict it; with no day named, the year runs to the article's day."""

from __future__ import annotations

import pandas as pd
import pytest

from leadwatch.claims import extract_claims
from leadwatch.claims.check import check_claims
from leadwatch.claims.market import Market


def _btc() -> Market:
    """Bitcoin at 95,000 in January, 78,500 on 3 March, 70,000 from 15 March."""
    close = pd.Series(95_000.0, index=pd.date_range("2025-12-01", "2026-03-20"))
    close.loc["2026-02-01":"2026-03-02"] = 88_000.0
    close.loc["2026-03-03":"2026-03-14"] = 78_500.0
    close.loc["2026-03-15":] = 70_000.0
    return Market({"btc": close})


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("On 3 March, bitcoin sank to a 2026 low near $78,000.", "confirmed"),
        (
            "A broker's March 3 update had bitcoin at a 2026 low near 78,000 USD that week.",
            "confirmed",
        ),
        ("On 3 March, bitcoin sank to a 2026 low near $60,000.", "contradicted"),
        # no day named: the low of 2026 so far is 70,000
        ("Bitcoin sank to a 2026 low near $78,000.", "contradicted"),
    ],
)
def test_a_year_extreme_of_a_named_day(text: str, status: str) -> None:
    checked = check_claims(extract_claims(text), pd.Timestamp("2026-03-20"), _btc())
    lows = [c for c in checked if (c.claim.window or "").startswith("ext:low")]
    assert [c.status for c in lows] == [status], [c.evidence for c in checked]
