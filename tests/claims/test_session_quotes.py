"""Which price a one-session move is graded on: the futures for a US-session move of a
metal, the quoted price for a move stated with the price it reached, and no verdict from
closes for a move said of a moment of the session."""

from __future__ import annotations

import pandas as pd
import pytest

from leadwatch.claims import extract_claims
from leadwatch.claims.check import check_claims
from leadwatch.claims.market import Market

DAYS = pd.bdate_range("2025-09-01", "2025-11-10")
ARTICLE = DAYS[-1]


def _gold(futures: bool = True, quoted: bool = False) -> Market:
    """The noon fix rises 3.5% on the article day (4.7% the day before). The futures fall 2%
    by their New York settlement (range 1,962-2,070); or (``quoted``) they trade
    2,025-2,070 and settle at 2,065."""
    fix = pd.Series(1900.0, index=DAYS)
    fix.iloc[-2:] = [1990.0, 2060.0]
    fut = pd.Series(2005.0, index=DAYS)
    fut.iloc[-1] = 2065.0 if quoted else 2005.0 * 0.98
    ranges = pd.DataFrame({"low": fut * 0.999, "high": fut * 1.001}, index=DAYS)
    ranges.iloc[-1] = [2025.0, 2070.0] if quoted else [1962.0, 2070.0]
    if not futures:
        return Market({"gold": fix})
    names = {"gold": "COMEX gold futures (front month, US session)"}
    return Market({"gold": fix, "gold_fut": fut}, {"gold": ranges}, names)


def _moves(text: str, market: Market) -> list[str]:
    checked = check_claims(extract_claims(text), ARTICLE, market)
    return [c.status for c in checked if c.claim.kind == "percent"]


@pytest.mark.parametrize(
    "text",
    [
        "Gold closed 2% lower today.",
        "Gold finished down 2% today.",
        "Gold was down 2% on Comex today.",
        "Gold ended the session down 2% today.",
    ],
)
def test_a_us_session_move_of_a_metal_is_graded_on_the_futures(text: str) -> None:
    assert _moves(text, _gold()) == ["confirmed"]
    assert _moves(text, _gold(futures=False)) == ["contradicted"]  # the fix alone


def test_a_spot_move_with_no_session_word_is_read_on_both() -> None:
    assert _moves("Gold fell 2% today.", _gold()) == ["confirmed"]  # the futures fit
    assert _moves("Gold fell 2% today.", _gold(futures=False)) == ["contradicted"]


@pytest.mark.parametrize(
    "text",
    [
        "Spot gold was up 1.2% at $2,035 an ounce in Asian trade.",
        "Gold rose 1.2% to $2,035 early in the day.",
        "Gold gained 1.2% to trade at $2,035 by 0900 GMT.",
    ],
)
def test_a_move_stated_with_the_price_it_reached_is_graded_to_that_price(text: str) -> None:
    assert _moves(text, _gold(quoted=True)) == ["confirmed"]  # 2,005 -> 2,035: +1.5%
    outside = text.replace("2,035", "2,100")  # not a price of that session
    assert _moves(outside, _gold(quoted=True)) == ["contradicted"]


def _closes_only() -> Market:
    days = pd.date_range("2025-09-01", "2025-11-10")
    btc = pd.Series(100_000.0, index=days)
    btc.iloc[-1] = 102_000.0  # +2% close to close
    gold = pd.Series(2000.0, index=DAYS)
    gold.iloc[-1] = 2040.0
    return Market({"btc": btc, "gold": gold})


@pytest.mark.parametrize(
    "text",
    [
        "Gold opened down 3% today.",
        "Gold fell 3% in early trading today.",
        "Gold dropped as much as 3% intraday today.",
        "Gold slid 3% in just 30 minutes today.",
        "Bitcoin is down 3% in the past 24 hours.",
    ],
)
def test_a_move_said_of_a_moment_is_not_contradicted_by_closes(text: str) -> None:
    assert _moves(text, _closes_only()) == ["inconclusive"]


def test_a_plain_session_move_is_still_contradicted_by_closes() -> None:
    assert _moves("Gold fell 3% today.", _closes_only()) == ["contradicted"]
    assert _moves("Bitcoin fell 3% today.", _closes_only()) == ["contradicted"]


@pytest.mark.parametrize(
    "text",
    [
        "Gold fell to below $1,900 an ounce in early trading today.",
        "Gold opened at $1,950 today.",
        "Gold at one point traded at $1,900 today.",
    ],
)
def test_a_level_said_of_a_moment_is_not_contradicted_by_closes(text: str) -> None:
    checked = check_claims(extract_claims(text), ARTICLE, _closes_only())
    assert [c.status for c in checked if c.claim.kind == "level"] == ["inconclusive"]
    plain = check_claims(extract_claims("Gold fell to $1,900 today."), ARTICLE, _closes_only())
    assert [c.status for c in plain if c.claim.kind == "level"] == ["contradicted"]


def _coin(last_low: float) -> Market:
    days = pd.date_range("2025-09-01", "2025-11-10")
    closes = pd.Series(70_000.0, index=days)
    closes.iloc[-1] = 70_300.0  # +0.4% close to close
    ranges = pd.DataFrame({"low": closes * 0.99, "high": closes * 1.01}, index=days)
    ranges.iloc[-1] = [last_low, 71_000.0]
    return Market({"btc": closes}, {"btc": ranges})


@pytest.mark.parametrize(
    "text",
    [
        "Bitcoin rose 1.8% over the past 24 hours.",
        "Bitcoin is up 1.8% in the last 24 hours.",
        "Bitcoin posted a 24-hour gain of 1.8%.",
    ],
)
def test_a_24_hour_change_the_two_ranges_allow_is_inconclusive(text: str) -> None:
    # 69,300 (the low of the day before) -> 71,000 (today's high): up to +2.5%; the
    # implied 71,260 from the close lies above today's range
    assert _moves(text, _coin(69_800.0)) == ["inconclusive"]
    beyond = text.replace("1.8%", "4.5%")  # more than the ranges allow
    assert _moves(beyond, _coin(69_800.0)) == ["contradicted"]


def test_an_extreme_on_a_fix_day_with_no_range_names_the_fix() -> None:
    days = pd.bdate_range("2025-09-01", "2025-11-10")
    fix = pd.Series(2000.0, index=days)
    fix.iloc[-1] = 1990.0
    fut = pd.Series(2000.0, index=days[:-10])  # the futures file ends before the article
    ranges = pd.DataFrame({"low": fut * 0.99, "high": fut * 1.01}, index=fut.index)
    names = {"gold": "COMEX gold futures (front month, US session)"}
    m = Market({"gold": fix, "gold_fut": fut}, {"gold": ranges}, names)
    checked = check_claims(extract_claims("Gold fell as much as 3% today."), days[-1], m)
    moves = [c for c in checked if c.claim.kind == "percent"]
    assert [c.status for c in moves] == ["inconclusive"]
    assert moves[0].evidence.startswith("LBMA") and "COMEX" not in moves[0].evidence
