"""Counts about a coin are no price: its wallets or holders at a record or a low; and a
year-to-date move "as of July 1" runs to that day, not to the end of July."""

from __future__ import annotations

import pytest

from leadwatch.claims import extract_claims
from leadwatch.claims.ytdmonths import year_to_month


@pytest.mark.parametrize(
    "text",
    [
        "The number of active Ethereum wallets now stands at 150 million, an all-time high.",
        "Bitcoin holders rose 4% this month to a record.",
        "Ether wallets holding coins fell 3% to a two-year low.",
    ],
)
def test_a_count_about_the_coin_is_no_price(text: str) -> None:
    claims = extract_claims(text).claims
    assert not [c for c in claims if c.kind in ("record", "percent") and c.asset in ("btc", "eth")]


def test_the_price_beside_it_still_is() -> None:
    [record] = [
        c
        for c in extract_claims("Ether rose 6% to a record high on Monday.").claims
        if c.kind == "record"
    ]
    assert record.asset == "eth"


def test_year_to_date_as_of_a_day_runs_to_that_day() -> None:
    s = "Silver is up 21% year to date as of March 3."
    assert year_to_month(s, s.index("year to date") + 12, "ytd") == "ytd"
    s = "Silver is up 21% year to date as of March."
    assert year_to_month(s, s.index("year to date") + 12, "ytd") == "ytd:to:March"
