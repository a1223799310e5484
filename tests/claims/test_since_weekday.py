"""A move "since Monday" counts Monday's session in (from the close before it), while a
move from a day's close ("since Friday's close", "from Wednesday", "over the weekend")
starts at that close."""

from __future__ import annotations

import pandas as pd
import pytest

from leadwatch.claims import extract_claims
from leadwatch.claims.check import check_claims
from leadwatch.claims.market import Market

DAY = pd.Timestamp("2025-04-25")  # a Friday


def _market() -> Market:
    days = pd.date_range("2025-04-14", DAY)  # every day: a coin trades at weekends
    price = pd.Series(100.0, index=days)
    price[price.index >= "2025-04-21"] = 104.0  # Monday +4%
    price[price.index >= "2025-04-22"] = 108.0  # Tuesday
    price[price.index >= "2025-04-23"] = 111.0  # Wednesday
    return Market({"btc": price, "eth": price})


@pytest.mark.parametrize(
    "text",
    [
        "BTC is up over 10% since Monday.",  # crypto newsletter
        "Bitcoin has gained 11% since Monday, its best week in months.",  # wire
        "Ether prices are 11 per cent higher since Monday.",  # regional paper
        "Since Monday, bitcoin has risen about 11%.",  # the window first
        "Bitcoin has added roughly 7% since Tuesday.",  # Tuesday's +3.8% counted in
        "ETH: +2.8% since Wednesday",  # a data page
    ],
)
def test_since_a_weekday_counts_its_session_in(text: str) -> None:
    checked = [c for c in check_claims(extract_claims(text), DAY, _market()) if c.claim.pct]
    assert [c.status for c in checked] == ["confirmed"], [c.evidence for c in checked]


@pytest.mark.parametrize(
    "text",
    [
        "Bitcoin is up 6.7% since Monday's close.",  # from that close: 104 -> 111
        "Bitcoin is 6.7% higher than on Monday.",
        "Bitcoin is up 6.7% from Monday's closing level.",
    ],
)
def test_from_a_days_close_starts_at_that_close(text: str) -> None:
    checked = [c for c in check_claims(extract_claims(text), DAY, _market()) if c.claim.pct]
    assert [c.status for c in checked] == ["confirmed"], [c.evidence for c in checked]
