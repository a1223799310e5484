"""A move "from peak to trough" (or "top to bottom", "high to low") is the session's swing,
from the day's high to its low, not a move from an earlier peak to the close."""

from __future__ import annotations

import pandas as pd
import pytest

from leadwatch.claims import extract_claims
from leadwatch.claims.check import check_claims
from leadwatch.claims.market import Market

DAY = pd.Timestamp("2025-12-29")


def _market() -> Market:
    days = pd.bdate_range("2025-12-01", DAY)
    silver = pd.Series(70.0, index=days)
    silver[DAY] = 72.0  # the close: up on the day, a record close
    ranges = pd.DataFrame({"low": silver * 0.99, "high": silver * 1.01}, index=days)
    ranges.loc[DAY] = (68.0, 80.0)  # a 15% swing from the high to the low
    return Market({"silver": silver}, ranges={"silver": ranges})


@pytest.mark.parametrize(
    "text",
    [
        "From peak to trough, silver plunged 15%, its widest swing in years.",  # a wire
        "Silver's peak-to-trough slide reached 15% in the session.",  # a bank note
        "Silver fell 15% from high to low.",  # a data page
        "Silver tumbled 15% top to bottom on Monday.",  # a regional paper
    ],
)
def test_a_peak_to_trough_move_is_the_sessions_swing(text: str) -> None:
    checked = [c for c in check_claims(extract_claims(text), DAY, _market()) if c.claim.pct]
    assert [c.status for c in checked] == ["confirmed"], [c.evidence for c in checked]


def test_a_move_from_a_peak_keeps_its_window() -> None:
    windows = [c.window for c in extract_claims("Silver has fallen 15% from its peak.").claims]
    assert "peak" in windows
