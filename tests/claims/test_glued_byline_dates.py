"""A scraped byline glued to its date ("By Jane DoeMay 1, 2025") still gives the dateline."""

from __future__ import annotations

import pytest

from leadwatch.claims.printed import printed_dates


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Metals in Review\nBy Jane DoeJune 2, 2025\nGold rose 3% in May.", "2025-06-02"),
        ("Posted by Sam LeeMarch 3, 2026 Silver fell 2% to $31.20.", "2026-03-03"),
        ("Written by Ana RuizDec 9, 2024\nBitcoin topped $100,000.", "2024-12-09"),
    ],
)
def test_a_glued_byline_date_is_the_dateline(text: str, iso: str) -> None:
    dates = printed_dates(text)
    assert [(d.iso, d.role) for d in dates][:1] == [(iso, "dateline")]


@pytest.mark.parametrize(
    "text", ["Bitcoin hitMay 5 highs again.", "Gold rose.\nMay 1 is a holiday."]
)
def test_no_date_without_its_year(text: str) -> None:
    assert printed_dates(text) == []
