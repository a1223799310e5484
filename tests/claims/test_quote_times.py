"""A one-session move stated with the price it reached, the time of the quote between them
("up 1.4% on Tuesday morning, reaching $X", "fell 2% in early trade to $X"): graded from
the close before to that price where it lies in the day's range; a longer window between
the figure and the price is no quote of the session."""

from __future__ import annotations

import pandas as pd
import pytest

from leadwatch.claims import extract_claims
from leadwatch.claims.check import check_claims
from leadwatch.claims.market import Market
from leadwatch.claims.sessionquotes import quoted_price

DAY = pd.Timestamp("2025-03-11")  # a Tuesday


def _market() -> Market:
    days = pd.bdate_range("2025-02-03", "2025-03-14")
    close = pd.Series(50_000.0, index=days)
    close.loc[DAY] = 49_800.0  # the day closed lower; in the morning it stood higher
    ranges = pd.DataFrame({"low": close * 0.99, "high": close * 1.03})
    return Market({"btc": close}, ranges={"btc": ranges})


@pytest.mark.parametrize(
    "text",
    [
        "Bitcoin climbed 1.4% on Tuesday morning, reaching $50,700.",
        "Bitcoin was up 1.4% in early trade, hitting $50,700.",
        "Bitcoin rose 1.4% this morning to $50,700.",
    ],
)
def test_a_quote_with_its_time_is_graded_on_the_quote(text: str) -> None:
    checked = [c for c in check_claims(extract_claims(text), DAY, _market()) if c.claim.pct]
    assert [c.status for c in checked] == ["confirmed"], checked
    assert quoted_price(text, "1.4%") == 50_700.0


def test_a_longer_window_is_no_quote() -> None:
    text = "Bitcoin rose 1.4% over the past week to $50,700."
    assert quoted_price(text, "1.4%") is None
    assert quoted_price("Bitcoin rose 1.4% on the year, reaching $50,700.", "1.4%") is None
