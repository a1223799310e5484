"""A gap against a past time ("$300 under where it stood a year ago", "12% under its
level of six months ago") is a move over the span back to that time."""

from __future__ import annotations

import pandas as pd
import pytest

from leadwatch.claims import extract_claims
from leadwatch.claims.check import check_claims
from leadwatch.claims.market import Market


def _moves(text: str) -> list[tuple[str, str | None, str | None, float | None, str | None]]:
    return [
        (c.kind, c.asset, c.op, c.pct, c.window)
        for c in extract_claims(text).claims
        if c.kind in ("move", "percent")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # crypto site
            "Ether is roughly $420 under where it traded a year ago.",
            ("move", "eth", "down", 420.0, "year"),
        ),
        (  # wire: "its level of"
            "Bitcoin trades $20,000 above its level of a year ago.",
            ("move", "btc", "up", 20000.0, "year"),
        ),
        (  # comparative, a clause after "than"
            "Ether is $500 lower than it was six months ago.",
            ("move", "eth", "down", 500.0, "days:182"),
        ),
        (  # "this time last year"
            "Gold is $1,300 higher than this time last year.",
            ("move", "gold", "up", 1300.0, "year"),
        ),
        (  # a percentage
            "Silver is 12% below where it was a year ago.",
            ("percent", "silver", "down", 12.0, "year"),
        ),
        (  # "stood", a span in months
            "Bitcoin is 25% above where it stood three months ago.",
            ("percent", "btc", "up", 25.0, "months"),
        ),
    ],
)
def test_a_gap_against_a_past_time_is_a_move_over_that_span(
    text: str, expected: tuple[str, str, str, float, str]
) -> None:
    assert _moves(text) == [expected]


def test_a_gap_against_a_level_or_a_peak_is_no_span() -> None:
    assert _moves("Gold is $40 above its 50-day average.") == []


def _status(text: str, ether: pd.Series) -> list[str]:
    checked = check_claims(extract_claims(text), pd.Timestamp("2026-06-22"), Market({"eth": ether}))
    return [c.status for c in checked if c.claim.kind in ("move", "percent")]


def test_the_gap_is_graded_against_the_price_a_year_back() -> None:
    days = pd.date_range("2025-01-01", "2026-06-22")
    ether = pd.Series(2200.0, index=days)
    ether.loc["2026-01-01":] = 1780.0  # $420 below a year ago
    assert _status("Ether is roughly $420 under where it traded a year ago.", ether) == [
        "confirmed"
    ]
    assert _status("Ether is roughly $420 over where it traded a year ago.", ether) == [
        "contradicted"
    ]
