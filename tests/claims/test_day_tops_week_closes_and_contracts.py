"""A top told of a day dates the article to that day's high; a week's close is its last
session's; a futures contract's delivery month is no time of the story; a coin named by its
rank; "since the start of May"; the upper end of a range told of other coins.

Every text here is written for the test; the markets are synthetic with a planted answer.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from leadwatch.claims import extract_claims
from leadwatch.claims.anchored import yearless_since
from leadwatch.claims.dating import infer_date
from leadwatch.claims.datingcontracts import contract_months
from leadwatch.claims.market import Market
from leadwatch.claims.periodcloselevels import past_period_level, past_period_level_days
from leadwatch.claims.yearfloors import year_floor_votes


def _kinds(text: str) -> list[tuple[str, str | None, str | None, float | None]]:
    return [(c.kind, c.asset, c.op, c.pct or c.level) for c in extract_claims(text).claims]


def test_a_coin_named_by_its_rank_as_the_primary_one_is_bitcoin() -> None:
    text = "The primary cryptocurrency slid under $58,000 on Tuesday."
    assert [k[:2] for k in _kinds(text)] == [("level", "btc")]


def test_since_the_start_of_a_month_is_its_first_day() -> None:
    assert yearless_since("since:the start of May") == (5, 1)
    assert yearless_since("since:the beginning of March") == (3, 1)
    assert yearless_since("since:May") == (5, None)


def test_the_upper_end_of_a_range_told_of_other_coins_is_not_the_carried_coins() -> None:
    text = (
        "Bitcoin fell 3%. The altcoins were hit as well, with a few double-digit losers "
        "and many others posting 4-9% losses."
    )
    assert [k for k in _kinds(text) if k[0] == "percent"] == [("percent", "btc", "down", 3.0)]


def test_a_top_told_of_this_morning_dates_the_article_on_that_days_high() -> None:
    days = pd.date_range("2024-01-01", "2024-12-31", freq="D")
    rng = np.random.default_rng(3)
    close = pd.Series(60_000 + np.cumsum(rng.normal(0, 300, len(days))), index=days).clip(
        50_000, 68_000
    )
    close["2024-11-06"] = 74_000.0
    close["2024-11-07":] = 73_000.0
    high = close * 1.005
    high["2024-11-06"] = 75_310.0  # the one day whose range reaches the top
    market = Market({"btc": close}, ranges={"btc": pd.DataFrame({"high": high, "low": close})})
    text = "Earlier this morning bitcoin peaked at $75,317.59, a fresh record high."
    assert infer_date(extract_claims(text), market).date == pd.Timestamp("2024-11-06")


def test_a_price_that_ended_the_week_is_read_from_its_last_session() -> None:
    days = pd.bdate_range("2024-09-02", "2024-12-31")
    gold = pd.Series(2_400.0, index=days)
    gold["2024-11-11":"2024-11-14"] = 2_562.0  # Monday to Thursday at the stated price
    gold["2024-11-15"] = 2_600.0  # Friday's close, 1.5% off it
    (claim,) = extract_claims("Spot gold ended the week at $2,562.61 an ounce.").claims
    assert past_period_level(claim)
    calendar = pd.date_range("2024-11-13", "2024-11-16")  # Wednesday to Saturday
    held = past_period_level_days(claim, Market({"gold": gold}), calendar)
    assert held.tolist() == [False, False, True, True]  # before Friday: the week before's


def test_a_contracts_delivery_month_is_no_time_of_the_story() -> None:
    text = "Bullion contracts with settlement in February 2026 traded above $5,250 on Monday."
    assert contract_months(text) == {2}
    days = pd.to_datetime(["2026-01-20", "2026-03-02"])
    assert year_floor_votes(text, days)[0].tolist() == [0.0, 0.0]
    assert contract_months("Gold rose in February 2026.") == set()
