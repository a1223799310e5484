"""Moves and prices told of a printed past day (a historical episode: a timeline entry, a
sentence opening with the date, "that day", "the N% fall on <date>") are graded on that
day, never on the article's."""

from __future__ import annotations

import pandas as pd
import pytest

from leadwatch.claims.check import check_claims
from leadwatch.claims.extract import extract_claims
from leadwatch.claims.market import Market

DAY = pd.Timestamp("2025-11-20")
INTRO = "Calm before the data\n\nMarkets were quiet this week ahead of the jobs report.\n\n"
#: Own phrasings: (text, asset, claim kind, the day it is told of).
PHRASINGS = [
    ("- March 12, 2020: bitcoin crashed 37% in a single session.", "btc", "percent", "2020-03-12"),
    ("\u2022 12 March 2020: BTC sank 37% to about $4,970.", "btc", "percent", "2020-03-12"),
    (
        "June 13, 2022 \u2014 Bitcoin tumbled 16% and closed near $22,500.",
        "btc",
        "level",
        "2022-06-13",
    ),
    ("On Oct. 19, 1987, the S&P 500 lost 20.5% of its value.", "spx", "percent", "1987-10-19"),
    (
        "Traders recall the 37% plunge in bitcoin on March 12th, 2020.",
        "btc",
        "percent",
        "2020-03-12",
    ),
    (
        "The VIX rocketed 43% on March 16, 2020, as lockdowns spread.",
        "vix",
        "percent",
        "2020-03-16",
    ),
    (
        "Stocks broke on Oct. 19, 1987. The S&P 500 shed 20.5% that day.",
        "spx",
        "percent",
        "1987-10-19",
    ),
    (
        "* March 12, 2020: bitcoin crashed 37%. It was back above $6,100 by March 19th.",
        "btc",
        "level",
        "2020-03-19",
    ),
]


def _claims(text: str, asset: str, kind: str) -> list[object]:
    ex = extract_claims(INTRO + text)
    return [c for c in ex.claims if c.asset == asset and c.kind == kind]


@pytest.mark.parametrize(("text", "asset", "kind", "on"), PHRASINGS)
def test_a_claim_of_a_printed_past_day_is_of_that_day(
    text: str, asset: str, kind: str, on: str
) -> None:
    found = _claims(text, asset, kind)
    assert found, text
    assert found[-1].window == f"on:{on}", found  # type: ignore[attr-defined]


@pytest.mark.parametrize(("text", "asset", "kind", "on"), PHRASINGS[:6])
def test_a_past_day_move_is_graded_on_that_day(
    text: str, asset: str, kind: str, on: str, market: Market
) -> None:
    checked = check_claims(extract_claims(INTRO + text), DAY, market)
    mine = [c for c in checked if c.claim.asset == asset and c.claim.kind == kind]
    assert mine and mine[0].status == "confirmed", [(c.claim, c.evidence) for c in mine]


@pytest.mark.parametrize(
    "text",
    [
        "Gold rose 2% on Thursday, its best day since March 16, 2020.",
        "Bitcoin is up 40% since March 12, 2020, the day of the crash.",
        "Silver gained 1.5% today, a day after the Fed decision of Nov. 19, 2025.",
        "November 20, 2025: gold rose 1% today on a weaker dollar.",
        "As of March 3, 2025, gold traded at $2,890 an ounce.",
        "Gold bottomed on Nov. 3, 2022. It has gained 60% since that day.",
    ],
)
def test_a_move_of_its_own_time_keeps_it(text: str) -> None:
    ex = extract_claims(text)
    assert ex.claims
    assert not any((c.window or "").startswith("on:") for c in ex.claims), ex.claims


def test_a_later_line_is_not_anchored() -> None:
    text = INTRO + "- March 12, 2020: bitcoin crashed 37%.\n\nToday bitcoin rose 2% to $91,500."
    ex = extract_claims(text)
    today = [c for c in ex.claims if c.kind == "percent" and c.pct == 2.0]
    assert today and today[0].window in (None, "day"), today
