"""Moves from a past top as dating evidence, a record named with its own day when a price stands
near it, goals and unit definitions that state no move, quantities of a coin that are not its
price, quotes "trading for" a price, a yield's "as low as", and the move tolerance at its edge.

Every text here is written for the test; the markets are synthetic with a planted answer.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from leadwatch.claims import extract_claims
from leadwatch.claims.check import check_claims
from leadwatch.claims.clauses import fits_stated
from leadwatch.claims.dating import infer_date
from leadwatch.claims.market import Market
from leadwatch.claims.model import Claim
from leadwatch.claims.peakmoves import peak_move, peak_move_days


def _kinds(text: str) -> list[tuple[str, str | None, str | None, float | None]]:
    return [(c.kind, c.asset, c.op, c.pct or c.level) for c in extract_claims(text).claims]


# --- a move from a past top ----------------------------------------------------------------


def _two_eras() -> Market:
    """A coin that passes 40,000 twice: climbing to a first top (no drawdown), and again
    after a later, higher top set in an October (half its value gone by February)."""
    days = pd.date_range("2022-01-01", "2025-06-30", freq="D")
    knots = {
        "2022-01-01": 20_000.0,
        "2022-09-15": 41_000.0,  # first era: 40,000 close to its top
        "2022-10-01": 30_000.0,
        "2024-06-01": 50_000.0,
        "2024-10-14": 82_000.0,  # the October top
        "2025-02-20": 40_500.0,  # second era: 40,000, about half off the top
        "2025-06-30": 45_000.0,
    }
    knot_days = pd.DatetimeIndex(list(knots))
    path = np.interp(days.asi8, knot_days.asi8, list(knots.values()))
    return Market({"btc": pd.Series(path, index=days)})


def test_a_move_from_an_octobers_top_is_measured_from_the_last_october_on() -> None:
    market = _two_eras()
    c = Claim(0, "percent", "btc", "50%", "down", pct=50.0, window="peak:in:October")
    assert peak_move(c)
    held = peak_move_days(c, market)
    assert held["2025-02-20"] and not held["2022-09-15"]
    assert not held["2024-10-20"]  # a week after the top: nowhere near half off it
    plain = Claim(0, "percent", "btc", "50%", "down", pct=50.0, window="peak")
    assert peak_move_days(plain, market)["2025-02-20"]


def test_a_rise_from_a_low_holds_where_the_rise_from_the_recent_bottom_fits() -> None:
    market = _two_eras()
    c = Claim(0, "percent", "btc", "60%", "up", pct=60.0, window="low")
    held = peak_move_days(c, market)
    assert held["2024-06-01"]  # 30,000 -> 50,000: +67%
    assert not held["2022-09-15"]  # 20,000 -> 41,000: +105%


def test_a_drawdown_from_the_record_dates_the_article_in_the_later_era() -> None:
    text = (
        "Bitcoin climbed 2% to $40,500 on Thursday. "
        "It is still off about 50% from the record top it set in October."
    )
    dated = infer_date(extract_claims(text), _two_eras())
    assert dated.date.year == 2025 and dated.date.month == 2


# --- a record near which the price stands, named with its own day -------------------------


def test_a_record_set_on_a_named_day_is_graded_on_that_day() -> None:
    text = "Bitcoin traded near its all-time high of $109,000 set on Jan. 20."
    records = [c for c in extract_claims(text).claims if c.kind == "record" and c.level is None]
    assert [(c.when, c.qualifiers) for c in records] == [(("date", (1, 20)), ())]


def test_a_record_with_its_value_but_no_day_is_a_price_standing_near_it() -> None:
    text = "Bitcoin traded near its all-time high of $109,000."
    records = [c for c in extract_claims(text).claims if c.kind == "record" and c.level is None]
    assert [(c.window, c.qualifiers) for c in records] == [("ever", ("near",))]


# --- goals, definitions and quantities state no move ---------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Officials want inflation to ease back down toward the 2% goal.",
        "The central bank held, saying prices are moving down toward its 2% target.",
    ],
)
def test_a_goal_is_no_move_of_its_size(text: str) -> None:
    assert [k for k in _kinds(text) if k[0] == "percent"] == []


def test_a_unit_definition_is_no_figure() -> None:
    text = "The 10-year yield rose to 4.3%; one basis point is equal to 0.01%."
    assert _kinds(text) == [("level", "yield_10y", "at", 4.3)]


def test_a_halved_block_reward_is_no_halving_of_the_price() -> None:
    text = (
        "Bitcoin rose 2% to $64,000. The subsidy paid on the Bitcoin network is now "
        "3.125 BTC for each block, halved once more."
    )
    assert [k for k in _kinds(text) if k[0] == "percent"] == [("percent", "btc", "up", 2.0)]
    assert ("percent", "btc", "down", 50.0) in _kinds("Bitcoin has halved since its peak.")


def test_a_network_statistic_is_not_the_coins_move() -> None:
    text = "Bitcoin rose 2% to $64,000. The Bitcoin network hash rate climbed 5% this week."
    assert ("percent", "btc", "up", 5.0) not in _kinds(text)


# --- quotes "for" a price and a yield's low -------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Bitcoin is trading for $58,420 as we write.",
        "Bitcoin was changing hands for $58,420.",
    ],
)
def test_a_price_quoted_for_an_amount_is_a_level(text: str) -> None:
    assert _kinds(text) == [("level", "btc", "at", 58_420.0)]


def test_paying_for_something_is_no_level() -> None:
    assert _kinds("The fund paid $500 million for bitcoin.") == []


def test_a_yield_as_low_as_a_rate_is_a_level_not_a_move() -> None:
    assert _kinds("The 10-year yield fell as low as 4.20% on Friday.") == [
        ("level", "yield_10y", "at", 4.2)
    ]


def test_a_bare_maturity_after_with_is_that_maturitys_yield() -> None:
    text = "Treasury yields declined after the data, with two-year down to 4.6%."
    assert [k for k in _kinds(text) if k[0] == "level"] == [("level", "yield_2y", "at", 4.6)]


# --- the move tolerance at its edge ---------------------------------------------------------


def test_a_rate_move_at_the_edge_of_the_tolerance_fits_despite_float_arithmetic() -> None:
    assert fits_stated(4.22 - 4.16, 0.08)  # 6 bp against 8: the quarter is 2 bp
    assert not fits_stated(4.21 - 4.16, 0.08)


def test_a_rate_moves_evidence_names_the_tolerance_in_basis_points() -> None:
    days = pd.bdate_range("2025-03-03", periods=3)
    market = Market(
        {
            "yield_10y": pd.Series([4.10, 4.16, 4.22], index=days),
            "spx": pd.Series([100.0, 101.0, 102.0], index=days),
        },
        rates=frozenset({"yield_10y"}),
    )
    text = "The 10-year Treasury yield rose 8 basis points on Wednesday. The S&P 500 rose 1%."
    checked = check_claims(extract_claims(text), pd.Timestamp("2025-03-05"), market)
    evidence = {c.claim.asset: (c.status, c.evidence) for c in checked}
    assert evidence["yield_10y"][0] == "confirmed"
    assert "tolerance: 1 bp or a quarter" in evidence["yield_10y"][1]
    assert "tolerance: 1 pp or a quarter" in evidence["spx"][1]
