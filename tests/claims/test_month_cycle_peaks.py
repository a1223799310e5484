"""A month's extreme named with a qualifier ("its August 2025 cycle peak near $4,900", "the
March bull-market top around $88,000") is a level of that month, graded against the
month's extreme, not the article's day."""

from __future__ import annotations

import pandas as pd
import pytest

from leadwatch.claims import extract_claims
from leadwatch.claims.check import check_claims
from leadwatch.claims.market import Market


def _eth() -> Market:
    """Ether near 3,800, peaking at 4,950 on 24 August 2025, at 2,000 in February 2026."""
    close = pd.Series(3_800.0, index=pd.date_range("2025-06-01", "2026-02-16"))
    close.loc["2025-08-24"] = 4_950.0
    close.loc["2026-02-01":] = 2_000.0
    return Market({"eth": close})


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Ether now trades about 60% under its August 2025 cycle peak near $4,900.", "confirmed"),
        ("Ether is far from the August bull-market high of roughly $4,950.", "confirmed"),
        (
            "Ether now trades about 60% under its August 2025 cycle peak near $6,000.",
            "contradicted",
        ),
    ],
)
def test_a_qualified_month_extreme_is_a_level_of_that_month(text: str, status: str) -> None:
    checked = check_claims(extract_claims(text), pd.Timestamp("2026-02-16"), _eth())
    peaks = [c for c in checked if (c.claim.window or "").startswith("ext:high:mon:8")]
    assert [c.status for c in peaks] == [status], [(c.claim, c.evidence) for c in checked]


def test_a_cycle_peak_with_no_month_stays_a_peak() -> None:
    ex = extract_claims("Ether sits 55% under its cycle peak.")
    assert [c.window for c in ex.claims] == ["peak"]
