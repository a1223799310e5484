"""A span record told with its value and its day ("its three-year high of 104.5 on March 3")
is graded at that day: the window's extreme is the value stated (within 2%) and was set on
that day or the day before, not merely somewhere in the window."""

from __future__ import annotations

import pandas as pd
import pytest

from leadwatch.claims import extract_claims
from leadwatch.claims.check import check_claims
from leadwatch.claims.market import Market

_DAYS = pd.bdate_range("2024-01-01", "2025-01-24")


def _index() -> Market:
    """An index drifting near 100 that peaks at 112 on 2025-01-13."""
    close = pd.Series(100.0, index=_DAYS)
    close.loc["2025-01-13"] = 112.0
    close.loc["2025-01-14":] = 108.5
    return Market({"dxy": close})


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("The dollar index fell 1.2% from its two-year high of 112 on January 13.", "confirmed"),
        ("The dollar index slid from its one-year high of 112 set on January 14.", "confirmed"),
        ("The dollar index fell 1.2% from its two-year high of 112 on January 20.", "contradicted"),
        ("The dollar index fell 1.2% from its two-year high of 112.", "confirmed"),
    ],
)
def test_a_span_extreme_with_its_day(text: str, status: str) -> None:
    ex = extract_claims(text)
    checked = check_claims(ex, pd.Timestamp("2025-01-24"), _index())
    records = [c.status for c in checked if c.claim.kind == "record"]
    assert records == [status]
