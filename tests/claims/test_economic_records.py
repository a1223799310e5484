"""A record said of an economic figure (inflation, jobless claims, the CPI) is that
figure's, not the market asset's named or carried before (hand-written phrasings)."""

from __future__ import annotations

import pytest

from tests.claims.extracted import record_assets


@pytest.mark.parametrize(
    "text",
    [
        "The VIX eased 2% on Monday. Traders await the Fed chair, whose last remarks followed a"
        " report showing inflation at its lowest level since May 2020.",
        "Gold slipped 0.4% on Friday. Weekly jobless claims rose to their highest since 2022.",
        "The dollar index gained 0.3% on Tuesday, and the CPI climbed to its highest in a year.",
    ],
)
def test_an_economic_figure_record_is_no_asset_record(text: str) -> None:
    assert record_assets(text) == []


def test_breakeven_inflation_keeps_its_record() -> None:
    text = "The 10-year breakeven inflation rate rose to its highest since 2023."
    assert record_assets(text) == ["breakeven_10y"]
