"""A figure with a floor written after it ("2%+", "5%-plus", "3% or more") is a lower
bound; "overnight" and "in overnight trading" are the latest session, for a move and for
a record alike (never a window leadwatch cannot read)."""

from __future__ import annotations

import pandas as pd
import pytest

from leadwatch.claims import extract_claims
from leadwatch.claims.check import check_claims
from leadwatch.claims.market import Market

DAY = pd.Timestamp("2025-05-20")


def _market() -> Market:
    days = pd.date_range("2025-04-01", DAY)
    btc = pd.Series(100.0, index=days)
    btc[btc.index >= "2025-05-20"] = 104.0  # +4% on the day, a record
    return Market({"btc": btc, "eth": btc})


@pytest.mark.parametrize(
    "text",
    [
        "BTC climbs 2%+ overnight, testing resistance.",  # newsletter
        "Bitcoin jumped 3%-plus overnight.",  # wire
        "Ether rallied 3% or more in overnight trading.",  # bank note
        "BTC 24h change: up 2.5%+",  # a data page
        "Bitcoin rose a 3 percent-plus overnight.",  # regional paper
    ],
)
def test_a_floor_written_after_the_figure(text: str) -> None:
    moves = [c for c in extract_claims(text).claims if c.pct is not None]
    assert [c.qualifiers[:1] for c in moves] == [("more",)]
    checked = [c for c in check_claims(extract_claims(text), DAY, _market()) if c.claim.pct]
    assert [c.status for c in checked] == ["confirmed"], [c.evidence for c in checked]


def test_a_floor_is_not_read_into_a_following_change() -> None:
    moves = [c for c in extract_claims("Bitcoin rose 4% (+$4,000) overnight.").claims if c.pct]
    assert all("more" not in c.qualifiers for c in moves)
    text = "Bitcoin climbed 9%+ overnight."  # a floor it did not reach
    checked = [c for c in check_claims(extract_claims(text), DAY, _market()) if c.claim.pct]
    assert [c.status for c in checked] == ["contradicted"]


@pytest.mark.parametrize(
    "text",
    [
        "Bitcoin topped $104 for the first time in overnight trading.",
        "Bitcoin hit a record high overnight.",
        "Ether set an all-time high in overnight trade.",
    ],
)
def test_a_record_made_overnight_is_checked_on_the_latest_session(text: str) -> None:
    checked = [
        c for c in check_claims(extract_claims(text), DAY, _market()) if c.claim.kind == "record"
    ]
    assert checked and all(c.status == "confirmed" for c in checked), [c.evidence for c in checked]
