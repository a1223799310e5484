"""Which week a move is measured over: "the past week" without a preposition is the
trailing week, "had a strong week" the week's tally so far, and a coin's "last week" told
on a Monday is also read Friday to Friday where the calendar week does not fit."""

from __future__ import annotations

import pandas as pd
import pytest

from leadwatch.claims import extract_claims
from leadwatch.claims.check import check_claims
from leadwatch.claims.market import Market


def _windows(text: str) -> list[str | None]:
    return [c.window for c in extract_claims(text).claims if c.kind in ("percent", "move")]


@pytest.mark.parametrize(
    ("text", "window"),
    [
        ("Copper aside, gold is off 3.1% the past week.", "week"),
        ("Bitcoin is 12% lower the past month, desks said.", "month"),
        ("Ether has gained 65% the past year.", "year"),
    ],
)
def test_the_past_period_without_a_preposition(text: str, window: str) -> None:
    assert _windows(text) == [window]


@pytest.mark.parametrize(
    ("text", "window"),
    [
        ("Silver had a stellar week, climbing 5.5%.", "wtd"),
        ("Bitcoin is having a bruising week and trades 8% lower.", "wtd"),
        ("Gold endured a choppy week, shedding 1.4%.", "wtd"),
    ],
)
def test_a_week_the_asset_had_is_the_week_so_far(text: str, window: str) -> None:
    assert _windows(text) == [window]


def test_a_past_week_named_by_a_day_keeps_that_day() -> None:
    # the week sets the scene; the figure is Tuesday's session
    assert _windows("Silver had a stellar week; on Tuesday it rose 2%.") == ["day"]


def _coin() -> Market:
    days = pd.date_range("2026-02-13", "2026-03-10")
    coin = pd.Series(100.0, index=days)  # the Friday close before the week: 100
    coin.loc["2026-03-01"] = 96.0  # the Sunday close: already lower
    coin.loc["2026-03-02":"2026-03-05"] = 90.0
    coin.loc["2026-03-06":] = 80.0  # the Friday close: 20% below the Friday before
    coin.loc["2026-03-08":] = 84.0  # the Sunday close: 12.5% below the Sunday before
    return Market({"btc": coin, "gold": coin[days.day_of_week < 5] * 20})


def _status(text: str, day: str, market: Market) -> tuple[str, str]:
    (c,) = [c for c in check_claims(extract_claims(text), pd.Timestamp(day), market)]
    return c.status, c.evidence


def test_a_coins_last_week_fits_friday_to_friday() -> None:
    status, evidence = _status("Bitcoin sank 20% last week.", "2026-03-09", _coin())
    assert status == "confirmed" and "Friday to Friday" in evidence


def test_a_coins_last_week_fitting_the_calendar_week_stays_calendar() -> None:
    status, evidence = _status("Bitcoin sank 12% last week.", "2026-03-09", _coin())
    assert status == "confirmed" and "Friday to Friday" not in evidence


def test_a_figure_fitting_neither_week_stays_contradicted() -> None:
    status, _ = _status("Bitcoin sank 40% last week.", "2026-03-09", _coin())
    assert status == "contradicted"


def _metal() -> Market:
    days = pd.bdate_range("2026-02-02", "2026-03-13")
    silver = pd.Series(50.0, index=days)
    silver.loc["2026-03-10":] = 51.5  # Tuesday: +3%
    silver.loc["2026-03-12":] = 54.6  # Thursday: +6%
    return Market({"silver": silver})


@pytest.mark.parametrize(
    "text",
    [
        "Silver enjoyed a banner week, with daily gains of 3% and 6% on two separate days.",
        "It was a big week for silver, which logged single-day advances of 6% and 3%.",
    ],
)
def test_daily_figures_of_the_week_each_fit_one_of_its_sessions(text: str) -> None:
    checked = check_claims(extract_claims(text), pd.Timestamp("2026-03-13"), _metal())
    assert [c.status for c in checked if c.claim.kind == "percent"] == ["confirmed"] * 2


def test_daily_figures_no_session_of_the_week_fits_stay_contradicted() -> None:
    text = "Silver enjoyed a banner week, with daily gains of 9% and 12% on two separate days."
    checked = check_claims(extract_claims(text), pd.Timestamp("2026-03-13"), _metal())
    assert [c.status for c in checked if c.claim.kind == "percent"] == ["contradicted"] * 2


def test_a_days_own_move_is_not_read_over_the_week() -> None:
    # one figure, of the day: Friday's session (flat), not Tuesday's
    text = "Silver rose 3% on the day, its best session of the week."
    checked = check_claims(extract_claims(text), pd.Timestamp("2026-03-13"), _metal())
    assert [c.status for c in checked if c.claim.kind == "percent"] == ["contradicted"]


@pytest.mark.parametrize(
    ("text", "marked"),
    [
        # "the previous week" dates the figure compared with: Tuesday is this week's
        ("Gold slid 3% on Tuesday, down from about $4,100 the previous week.", False),
        ("Ether lost 6% on Monday, versus $2,500 last week.", False),
        ("Silver had tumbled last week. On Monday it fell 4%.", True),  # a narrative
    ],
)
def test_a_week_dating_a_compared_figure_is_no_narrative(text: str, marked: bool) -> None:
    (c,) = [c for c in extract_claims(text).claims if c.kind == "percent"]
    assert ("last_week" in c.qualifiers) is marked
