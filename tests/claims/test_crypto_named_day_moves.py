"""A crypto move quoted on a named day is a rolling 24 hours: it may be the UTC day that
ended before the quote, not only the day named (a stock's or a metal's named session
stays that day's)."""

from __future__ import annotations

import pandas as pd
import pytest

from leadwatch.claims import extract_claims
from leadwatch.claims.check import check_claims
from leadwatch.claims.market import Market

_DAYS = pd.date_range("2025-03-20", "2025-04-07")  # every day: crypto trades on weekends


def _market() -> Market:
    """Ether falls 13% over the UTC day of Sunday 6 April, then 1% on Monday the 7th."""
    eth = pd.Series(1800.0, index=_DAYS)
    eth.loc["2025-04-06"] = 1800.0 * 0.87
    eth.loc["2025-04-07"] = 1800.0 * 0.87 * 0.99
    spx = pd.Series(5000.0, index=pd.bdate_range("2025-03-20", "2025-04-07"))
    spx.loc["2025-04-04"] = 5000.0 * 0.87  # the Friday session
    return Market({"eth": eth, "spx": spx})


@pytest.mark.parametrize(
    "text",
    [
        "Ether traded down 13% at around 9:12 AM on Monday.",
        "On Monday, ether was down 13% over the past 24 hours.",
    ],
)
def test_a_crypto_quote_on_a_named_day_may_be_the_utc_day_before(text: str) -> None:
    checked = [
        c
        for c in check_claims(extract_claims(text), pd.Timestamp("2025-04-07"), _market())
        if c.claim.kind == "percent"
    ]
    assert [c.status for c in checked] == ["confirmed"], [c.evidence for c in checked]
    assert "2025-04-06" in checked[0].evidence


def test_a_stock_index_keeps_its_named_session() -> None:
    text = "The S&P 500 fell 13% on Monday."  # the Friday before fell 13%: not Monday
    checked = [
        c
        for c in check_claims(extract_claims(text), pd.Timestamp("2025-04-07"), _market())
        if c.claim.kind == "percent"
    ]
    assert [c.status for c in checked] == ["contradicted"], [c.evidence for c in checked]
