"""A top told of a day dates the article to that day's high; a week's close is its last
session's; a futures contract's delivery month is no time of the story; a Fed hold told as
news dates it near a meeting; a coin named by its rank; "since the start of May"; the upper
end of a range told of other coins.

Every text here is written for the test; the markets are synthetic with a planted answer.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from leadwatch.claims import extract_claims
from leadwatch.claims.anchored import yearless_since
from leadwatch.claims.dating import infer_date
from leadwatch.claims.fomcholds import FOMC_DECISION_DAYS, hold_votes
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
    ex = extract_claims(text)
    assert [c.when for c in ex.claims] == [("weekday", 0)] and ex.periods == ()
    days = pd.to_datetime(["2026-01-20", "2026-03-02"])
    assert year_floor_votes(text, days)[0].tolist() == [0.0, 0.0]
    record = extract_claims("Gold futures with settlement in June 2026 set a fresh record.")
    assert [c.when for c in record.claims] == [None]


# --- a hold of the policy rate told as news: a meeting's decision day or the next ----------

_AROUND_A_MEETING = pd.to_datetime(["2025-07-29", "2025-07-30", "2025-07-31", "2025-08-01"])


@pytest.mark.parametrize(
    ("text", "votes"),
    [
        ("Fed keeps rates steady as officials weigh tariffs.", [0.0, 0.5, 0.5, 0.0]),
        (
            "On Wednesday the Fed made its widely expected choice to hold rates where they were.",
            [0.0, 0.5, 0.5, 0.0],
        ),
        ("The FOMC maintained its target range at 4.25% to 4.50%.", [0.0, 0.5, 0.5, 0.0]),
        ("Markets expect the Fed to keep rates unchanged next week.", [0.0, 0.0, 0.0, 0.0]),
        ("The Fed has held rates steady since December.", [0.0, 0.0, 0.0, 0.0]),
        ("The Fed left rates unchanged in June, then cut in September.", [0.0, 0.0, 0.0, 0.0]),
        ("Gold held steady near $3,300.", [0.0, 0.0, 0.0, 0.0]),
    ],
)
def test_a_hold_told_as_news_votes_for_the_decision_day_and_the_next(
    text: str, votes: list[float]
) -> None:
    assert hold_votes(text, _AROUND_A_MEETING)[0].tolist() == votes


def test_the_decision_days_are_wednesdays_but_the_unscheduled_ones() -> None:
    days = FOMC_DECISION_DAYS
    assert days.is_monotonic_increasing and days.is_unique
    odd = days[days.day_of_week != 2]
    assert [str(d.date()) for d in odd] == ["2020-03-03", "2020-03-15", "2020-11-05", "2024-11-07"]
