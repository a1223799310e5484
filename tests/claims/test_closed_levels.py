"""A bound said of the close ("had closed above $62,000") holds on the close, not on a
trade of the day; a fixed series (a London fix) keeps its futures' range."""

from __future__ import annotations

import pandas as pd

from leadwatch.claims.check import check_claims
from leadwatch.claims.extract import extract_claims
from leadwatch.claims.market import Market


def _status(text: str, market: Market) -> list[str]:
    checked = check_claims(extract_claims(text), pd.Timestamp("2026-03-04"), market)
    return [c.status for c in checked if c.claim.kind == "level"]


def _btc(close: float, high: float) -> Market:
    days = pd.date_range("2026-03-01", "2026-03-04")
    closes = pd.Series([60_000.0, 60_500.0, 61_000.0, close], index=days)
    frame = pd.DataFrame({"low": closes * 0.98, "high": closes}, index=days)
    frame.loc[days[-1], "high"] = high
    return Market({"btc": closes}, ranges={"btc": frame})


def test_a_close_above_a_bound_needs_the_close_above_it() -> None:
    text = "On Wednesday, bitcoin closed above $62,000."
    assert _status(text, _btc(close=61_000.0, high=62_400.0)) == ["contradicted"]
    assert _status(text, _btc(close=62_100.0, high=62_400.0)) == ["confirmed"]
    traded = "On Wednesday, bitcoin traded above $62,000."  # any trade of the day
    assert _status(traded, _btc(close=61_000.0, high=62_400.0)) == ["confirmed"]
