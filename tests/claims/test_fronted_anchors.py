"""A sentence that opens with a past time ("A year ago, ...", "Back in mid-October, ...")
states its prices of that time, not of the article's day."""

from __future__ import annotations

import pandas as pd
import pytest

from leadwatch.claims import extract_claims
from leadwatch.claims.check import check_claims
from leadwatch.claims.market import Market


def _levels(text: str) -> list[tuple[str | None, str | None, float | None, str | None]]:
    return [
        (c.asset, c.op, c.level, c.window) for c in extract_claims(text).claims if c.kind == "level"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A year ago, gold traded at $2,000.", ("gold", "at", 2000.0, "ext::ago:1:year")),
        (  # no comma after the time
            "Two weeks ago bitcoin was trading near $90,000.",
            ("btc", "near", 90000.0, "ext::ago:2:week"),
        ),
        (  # "Back in" and a part of a month
            "Back in mid-October, gold was above $4,300.",
            ("gold", "above", 4300.0, "ext::mon:10:0:mid"),
        ),
        ("Last month, silver hit $54.", ("silver", "at", 54.0, "ext::prev:month")),
        (  # a hedge before the count, no dollar sign
            "Just six months ago, the dollar index stood at 108.",
            ("dxy", "at", 108.0, "ext::ago:6:month"),
        ),
        (
            "Earlier this month, bitcoin touched $120,000.",
            ("btc", "at", 120000.0, "ext::this:month"),
        ),
        ("Late last year, silver traded near $30.", ("silver", "near", 30.0, "ext::yr:-1:late")),
    ],
)
def test_a_fronted_past_time_moves_the_price_to_that_time(
    text: str, expected: tuple[str, str, float, str]
) -> None:
    assert _levels(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Gold rose to $4,000 on Friday.",  # no past time
        "A year ago gold traded at $2,000; today it sits at $4,000.",  # back to the present
    ],
)
def test_prices_of_today_stay_today(text: str) -> None:
    assert all(w is None for *_, w in _levels(text))


def test_the_price_is_graded_a_year_back() -> None:
    days = pd.date_range("2025-01-01", "2026-06-22")
    gold = pd.Series(4000.0, index=days)
    gold.loc[:"2025-09-30"] = 2000.0
    market, day = Market({"gold": gold}), pd.Timestamp("2026-06-22")
    then = check_claims(extract_claims("A year ago, gold traded at $2,000."), day, market)
    assert [c.status for c in then] == ["confirmed"]
    wrong = check_claims(extract_claims("A year ago, gold traded at $4,000."), day, market)
    assert [c.status for c in wrong] == ["contradicted"]


@pytest.mark.parametrize(
    ("text", "window"),
    [
        (
            "Just 12 weeks ago, the S&P 500 was down 21% from its February peak.",
            "peak:in:February@ago:12:week",
        ),
        (
            "Three months ago, bitcoin sat 30% below its October peak.",
            "peak:in:October@ago:3:month",
        ),
        ("Back in mid-April, silver was 25% above its January low.", "low:in:January@mon:4:0:mid"),
        ("Last month, gold was down 8% from its record high.", "peak:@prev:month"),
    ],
)
def test_a_move_from_a_peak_said_of_a_past_time_ends_then(text: str, window: str) -> None:
    assert [c.window for c in extract_claims(text).claims if c.kind == "percent"] == [window]


def _spx() -> pd.Series:
    """A February top of 100, 86 from March, 79 in early April, a new top in late June."""
    days = pd.bdate_range("2025-01-01", "2025-06-27")
    values = pd.Series(95.0, index=days)
    values.loc["2025-02-19"] = 100.0
    values.loc["2025-03-01":"2025-06-19"] = 86.0
    values.loc["2025-04-01":"2025-04-10"] = 79.0
    values.loc["2025-06-20":] = 100.5
    return values


def test_the_move_is_graded_back_then_not_today() -> None:
    market, day = Market({"spx": _spx()}), pd.Timestamp("2025-06-27")
    text = "Just 12 weeks ago, the S&P 500 was down 21% from its February peak."
    checked = check_claims(extract_claims(text), day, market)
    assert [c.status for c in checked if c.claim.kind == "percent"] == ["confirmed"]
    wrong = text.replace("21%", "5%")  # the top was 21% away then: 5% is far off
    checked = check_claims(extract_claims(wrong), day, market)
    assert [c.status for c in checked if c.claim.kind == "percent"] == ["contradicted"]
