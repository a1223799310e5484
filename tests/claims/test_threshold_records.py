"""A "first time since" record told with the level crossed ("topping $33 for the first time
since October") is about that level: beyond it lately, and not beyond it between the named
time and that crossing, whatever the day's close is against later closes."""

from __future__ import annotations

import pandas as pd
import pytest

from leadwatch.claims import extract_claims
from leadwatch.claims.check import check_claims
from leadwatch.claims.market import Market

DAY = pd.Timestamp("2025-02-20")


def _market() -> Market:
    days = pd.bdate_range("2024-06-03", DAY)
    silver = pd.Series(31.0, index=days)
    silver[(days >= "2024-10-21") & (days <= "2024-10-25")] = 34.5  # above $33 in October
    silver[days >= "2025-02-14"] = 33.4  # crossed again six days before the article
    silver[days >= "2025-02-19"] = 33.1  # a lower close since: no record close that day
    return Market({"silver": silver})


@pytest.mark.parametrize(
    "text",
    [
        "Silver edged up, passing $33 for the first time since late October.",  # a dealer
        "Silver topped $33 an ounce for the first time since October.",  # wire
        "Silver is back above $33 for the first time since October.",  # regional paper
        "Silver crossed the $33 mark for the first time in nearly four months.",  # bank note
        "XAG/USD broke through $33 for the first time since October.",  # data feed
    ],
)
def test_the_crossed_level_is_the_record(text: str) -> None:
    checked = [
        c for c in check_claims(extract_claims(text), DAY, _market()) if c.claim.kind == "record"
    ]
    assert [c.status for c in checked] == ["confirmed"], [c.evidence for c in checked]


@pytest.mark.parametrize(
    "text",
    [
        "Silver topped $32 for the first time since October.",  # above $32 since January
        "Silver topped $35 for the first time since October.",  # never got there
    ],
)
def test_a_level_crossed_earlier_or_never_is_contradicted(text: str) -> None:
    market = _market()
    silver = market.close("silver").copy()
    silver[(silver.index >= "2025-01-06") & (silver.index <= "2025-01-10")] = 32.5
    checked = [
        c
        for c in check_claims(extract_claims(text), DAY, Market({"silver": silver}))
        if c.claim.kind == "record"
    ]
    assert [c.status for c in checked] == ["contradicted"], [c.evidence for c in checked]


def test_a_record_of_the_close_keeps_its_reading() -> None:
    text = "Silver fell below $31.5, its lowest since October."  # the close is the record
    claims = [c for c in extract_claims(text).claims if c.kind == "record"]
    assert claims and all(c.level is None for c in claims)


def test_a_dip_within_the_session_counts_where_the_range_is_held() -> None:
    days = pd.date_range("2024-01-01", "2024-08-05")
    btc = pd.Series(60000.0, index=days)
    btc[(days >= "2024-02-12") & (days <= "2024-02-14")] = 49000.0  # below in February
    btc[days[-1]] = 54000.0  # closed above, after trading down to 49,100
    ranges = {"btc": pd.DataFrame({"low": btc * 0.99, "high": btc * 1.01}, index=days)}
    ranges["btc"].loc[days[-1], "low"] = 49100.0
    market = Market({"btc": btc}, ranges=ranges)
    text = "Bitcoin briefly slid under $50,000 for the first time since mid-February."
    checked = [
        c for c in check_claims(extract_claims(text), days[-1], market) if c.claim.kind == "record"
    ]
    assert [c.status for c in checked] == ["confirmed"], [c.evidence for c in checked]
