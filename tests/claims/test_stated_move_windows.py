"""The window a stated percentage is measured over, as the sentence states it: a distance
from a record dated by a period ("off 40% from its peak last year") runs from that record,
not over the period; "in just two days" counts days of trading; "in the last hour" is the
session."""

from __future__ import annotations

import pandas as pd
import pytest

from leadwatch.claims import extract_claims
from leadwatch.claims.check import check_claims
from leadwatch.claims.market import Market


def _windows(text: str) -> list[tuple[str | None, float | None, str | None]]:
    kinds = ("percent", "move")
    return [(c.asset, c.pct, c.window) for c in extract_claims(text).claims if c.kind in kinds]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ether has shed 52% from its record high last year.", ("eth", 52.0, "peak")),
        ("Bitcoin is down 35% from the peak it set last year.", ("btc", 35.0, "peak")),
        ("Silver has fallen 9% from its all-time high of last month.", ("silver", 9.0, "peak")),
    ],
)
def test_a_period_dating_the_record_is_not_the_window(
    text: str, expected: tuple[str, float, str]
) -> None:
    assert _windows(text)[0] == expected


@pytest.mark.parametrize(
    ("text", "window"),
    [
        ("Ether dropped 18% last year.", "calyear:last"),
        ("Gold climbed 4% this week and 21% last year.", "calyear:last"),
    ],
)
def test_a_figure_of_the_period_itself_keeps_it(text: str, window: str) -> None:
    assert _windows(text)[-1][2] == window


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gold lost 9% in just two days.", "tdays:2"),
        ("Silver tumbled 14% within 48 hours, back to $80.", "tdays:2"),
        ("Ether slid 11% over the past 72 hours.", "tdays:3"),
    ],
)
def test_a_count_of_days_or_hours_is_the_window(text: str, expected: str) -> None:
    assert _windows(text)[0][2] == expected


@pytest.mark.parametrize(
    ("text", "window"),
    [
        ("Bitcoin fell 3% in 24 hours.", "day"),  # a day or less: the session
        ("Bitcoin is off 0.6% in the last hour and about 5% for the week.", "day"),
        ("Ether slipped 0.2% over the past hour.", "day"),
    ],
)
def test_an_hour_or_a_day_is_the_session(text: str, window: str) -> None:
    assert _windows(text)[0][2] == window


def test_the_week_beside_an_hourly_figure_stays_seven_days() -> None:
    text = "Bitcoin is off 0.6% in the last hour and about 5% for the week."
    assert _windows(text)[1][2] == "week"


def _graded(text: str, day: str, market: Market) -> list[tuple[str, str, dict[str, object]]]:
    checked = check_claims(extract_claims(text), pd.Timestamp(day), market)
    return [(c.claim.window or "", c.status, c.data) for c in checked if c.claim.kind == "percent"]


def _market() -> Market:
    # a weekday metal and a round-the-clock coin: both peak on Thursday 2026-03-05, crash
    # on Friday, and drift at the weekend
    days = pd.date_range("2026-02-20", "2026-03-09")
    coin = pd.Series(100.0, index=days)
    coin.loc["2026-03-05"], coin.loc["2026-03-06":] = 110.0, 80.0
    coin.loc["2026-03-08":] = 82.0
    metal = coin[days.day_of_week < 5] / 2
    return Market({"btc": coin, "silver": metal})


def test_days_count_sessions_for_a_weekday_asset_and_calendar_days_round_the_clock() -> None:
    market = _market()
    # told on Monday 9 March: the metal's two sessions run from Thursday's close
    (window, status, data), *_ = _graded("Silver sank 27% in two days.", "2026-03-09", market)
    assert (window, status, data["start"]) == ("sessions:2", "confirmed", "2026-03-05")
    # the coin's two days are the weekend's: a 27% fall is not there
    (window, status, _), *_ = _graded("Bitcoin sank 27% in two days.", "2026-03-09", market)
    assert (window, status) == ("days:2", "contradicted")


@pytest.mark.parametrize(
    ("text", "window"),
    [
        ("Bitcoin posted a one-year return of 38%.", "year"),
        ("Platinum aside, silver's 1-year gain is 61%.", "year"),
        ("Gold logged a three-month gain of 12%.", "months"),
    ],
)
def test_a_counted_period_before_the_gain_noun(text: str, window: str) -> None:
    assert _windows(text)[0][2] == window


def _yearly() -> Market:
    days = pd.bdate_range("2025-01-01", "2026-03-31")
    gold = pd.Series(100.0, index=days)
    gold.loc["2026-01-20":] = 180.0  # +80% over the year to late January
    gold.loc["2026-03-02":] = 120.0  # only +20% over the year to March
    return Market({"gold": gold})


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Gold's one-year gain stood at 80% as of Feb. 13.", "confirmed"),
        ("Gold was up 80% over the past year as of February 13.", "confirmed"),
        ("Gold's one-year gain stood at 80%.", "contradicted"),  # to the article date
    ],
)
def test_a_trailing_window_ends_on_its_stated_date(text: str, status: str) -> None:
    checked = check_claims(extract_claims(text), pd.Timestamp("2026-03-16"), _yearly())
    assert [c.status for c in checked if c.claim.kind == "percent"] == [status]
