"""A 24-hour change stated with the price it reached ("trading at $P, up X% over the past
24 hours") runs to that quote from a price of the session before: from its opening or its
close, on daily UTC closes."""

from __future__ import annotations

import pandas as pd
import pytest

from leadwatch.claims import extract_claims
from leadwatch.claims.check import check_claims
from leadwatch.claims.market import Market

DAY = pd.Timestamp("2024-12-05")


def _move(text: str, market: Market) -> str:
    checks = check_claims(extract_claims(text), DAY, market)
    return next(c.status for c in checks if c.claim.kind == "percent")


@pytest.mark.parametrize(
    "text",
    [
        # from the opening of the session before (the close two days back): no close-to-close
        # change nor the day's range fits it
        "Bitcoin changed hands at $103,000, up 7.3% over the past 24 hours.",
        "Bitcoin was trading at $103,000, reflecting a 7.2% rise in the previous 24 hours.",
    ],
)
def test_quote_with_rolling_move(text: str, market: Market) -> None:
    assert _move(text, market) == "confirmed"


@pytest.mark.parametrize(
    "text",
    [
        "Bitcoin was trading at $103,000, reflecting a 12% rise in the previous 24 hours.",
        # the quote is outside the day's range: no quote of that day
        "Bitcoin was trading at $110,000, reflecting a 14.6% rise in the previous 24 hours.",
    ],
)
def test_quote_that_does_not_fit(text: str, market: Market) -> None:
    assert _move(text, market) != "confirmed"
