"""A record said of an economic figure (inflation, jobless claims, the CPI) is that
figure's, not the market asset's named or carried before (hand-written phrasings)."""

from __future__ import annotations

import pytest

from leadwatch.claims import extract_claims


def _records(text: str) -> list[str | None]:
    return [c.asset for c in extract_claims(text).claims if c.kind == "record"]


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
    assert _records(text) == []


def test_breakeven_inflation_keeps_its_record() -> None:
    text = "The 10-year breakeven inflation rate rose to its highest since 2023."
    assert _records(text) == ["breakeven_10y"]
