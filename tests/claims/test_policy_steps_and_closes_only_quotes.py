"""Policy steps told as an aside or wished by a dissenter, a record of the rate a decision
sets, moves and touches quoted before the close of a closes-only series, quantities of an
asset's futures, economic data ranked against its past, and a month's own figure beside a
window of days.

Every text here is written for the test; the markets are synthetic with a planted answer.
"""

from __future__ import annotations

import pandas as pd
import pytest

from leadwatch.claims import extract_claims
from leadwatch.claims.check import check_claims
from leadwatch.claims.market import Market


def _graded(text: str, day: str, market: Market) -> list[tuple[str, str]]:
    checked = check_claims(extract_claims(text), pd.Timestamp(day), market)
    return [(c.claim.describe(), c.status) for c in checked]


# --- policy steps ----------------------------------------------------------------------------


def test_a_step_told_as_an_aside_after_the_decision_is_the_decision() -> None:
    text = (
        "The Fed on Wednesday lowered its main rate to 3.5%-3.75%, a cut of 0.25 percentage points."
    )
    steps = [(c.op, c.pct, c.window) for c in extract_claims(text).claims if c.kind != "level"]
    assert steps == [("down", 25.0, "decision")]


@pytest.mark.parametrize(
    "text",
    [
        "One governor wanted to cut rates by 0.5 percentage points instead.",
        "Two presidents preferred to raise rates by 25 basis points.",
        "Futures traders pared their bets on rate cuts to a total of 40 basis points for the year.",
    ],
)
def test_a_wished_or_priced_step_is_no_move_of_the_rate(text: str) -> None:
    assert not [c for c in extract_claims(text).claims if c.kind in ("move", "percent")]


def _stepped_rate() -> Market:
    days = pd.bdate_range("2022-01-03", "2025-12-31")
    rate = pd.Series(4.33, index=days)
    rate[days < "2023-01-02"] = 3.60  # three years back, lower than the new rate
    rate[(days >= "2024-06-03") & (days < "2024-09-02")] = 3.95  # the low of the last two years
    rate[days >= "2025-12-11"] = 3.64  # cut on the 10th, effective the 11th
    return Market({"fed_funds": rate})


def test_a_record_of_the_rate_told_on_decision_day_is_graded_where_it_shows() -> None:
    text = "The Fed cut rates by a quarter point. The new rate is the lowest in two years."
    graded = dict(_graded(text, "2025-12-10", _stepped_rate()))
    assert graded["fed_funds 2-year low"] == "confirmed"


def test_a_record_of_the_rate_on_another_day_is_not_moved() -> None:
    text = "The Fed's policy rate is the lowest in two years."
    graded = dict(_graded(text, "2025-12-05", _stepped_rate()))
    assert graded["fed_funds 2-year low"] == "contradicted"


# --- quotes before the close of a closes-only series ------------------------------------------


def _yields(last: float) -> Market:
    days = pd.bdate_range("2024-03-01", "2024-04-10")
    y = pd.Series([4.30 if i % 2 == 0 else 4.34 for i in range(len(days))], index=days)
    y.iloc[-2], y.iloc[-1] = 4.30, last
    return Market({"yield_10y": y})


def test_a_session_move_the_close_went_past_is_inconclusive_on_closes_only() -> None:
    text = "The 10-year yield jumped about 15 basis points on Wednesday."
    (graded,) = _graded(text, "2024-04-10", _yields(4.30 + 0.19))
    assert graded[1] == "inconclusive"


@pytest.mark.parametrize("last", [4.30 + 0.05, 4.30 - 0.19])  # short of it, or the other way
def test_a_session_move_the_close_never_reached_stays_contradicted(last: float) -> None:
    text = "The 10-year yield jumped about 15 basis points on Wednesday."
    (graded,) = _graded(text, "2024-04-10", _yields(last))
    assert graded[1] == "contradicted"


def _vix(before: float, close: float) -> Market:
    days = pd.bdate_range("2020-02-03", "2024-08-06")
    v = pd.Series(18.0, index=days)
    v["2020-03-16"] = 82.0  # a spike of its past: 60 is a plausible VIX
    v["2024-08-02"] = before
    v["2024-08-05"] = close
    return Market({"vix": v})


def test_a_brief_touch_on_a_day_that_moved_toward_it_is_unseen_not_refuted() -> None:
    text = "The VIX briefly broke above 60 on Monday."
    (graded,) = _graded(text, "2024-08-06", _vix(before=23.0, close=38.0))
    assert graded[1] == "inconclusive"


def test_a_brief_touch_on_a_day_that_moved_away_from_it_is_contradicted() -> None:
    text = "The VIX briefly broke above 60 on Monday."
    (graded,) = _graded(text, "2024-08-06", _vix(before=40.0, close=35.0))
    assert graded[1] == "contradicted"


# --- quantities of an asset's futures, data ranked against its past ---------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Open interest on the CME's bitcoin futures has risen 38% from the year's low.",
        "Funds raised bullish wagers on Comex silver futures last week to a three-year high.",
    ],
)
def test_positions_in_an_assets_futures_are_not_its_price(text: str) -> None:
    assert not [c for c in extract_claims(text).claims if c.kind in ("percent", "record")]


def test_a_data_release_ranked_against_its_past_is_not_the_carried_asset() -> None:
    text = "The dollar wobbled. Personal income fell 0.3% in May, the largest decrease since 2021."
    assert not [c for c in extract_claims(text).claims if c.kind == "record"]


def test_a_figure_told_of_a_month_keeps_it_beside_a_window_of_days() -> None:
    text = "Ether is down about 18% over the past 30 days and nearly 9% in March alone."
    found = {c.pct: (c.window, c.when) for c in extract_claims(text).claims if c.kind == "percent"}
    assert found[18.0] == ("days:30", None)
    assert found[9.0][1] == ("month", (0, 3))


def test_a_quantity_heading_a_sentence_with_no_asset_keeps_its_record() -> None:
    text = "Ether climbed 4%. The funding premium hit 0.04 - the highest reading since March."
    assert not [c for c in extract_claims(text).claims if c.kind == "record"]


def test_a_bad_day_on_record_for_an_assets_funds_is_no_record_of_its_price() -> None:
    text = "Tuesday was among the worst days on record for spot ether funds, the data show."
    assert not [c for c in extract_claims(text).claims if c.kind == "record"]


def test_a_surge_to_a_record_after_profit_taking_is_still_the_assets() -> None:
    text = "Silver eased on Tuesday as traders booked profits after a run to an all-time high."
    assert [(c.asset, c.op) for c in extract_claims(text).claims if c.kind == "record"] == [
        ("silver", "high")
    ]
