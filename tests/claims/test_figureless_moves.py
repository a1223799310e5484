"""Moves told without a figure or a period: unit-less streaks, a bare move beside another
clause's figure or record, a coordinated subject's copy kept in a full sentence, and a
move from a year's start to the end of a month."""

from __future__ import annotations

import pandas as pd
import pytest

from leadwatch.claims import extract_claims
from leadwatch.claims.check import check_claims
from leadwatch.claims.market import Market


def _moves(text: str) -> list[tuple[str | None, str | None, str | None]]:
    return sorted(
        (c.asset, c.op, c.window) for c in extract_claims(text).claims if c.kind == "move"
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Rate worries pushed the S&P 500 and the Dow into a third straight decline.",
            [("dow", "down", "streak:D:3"), ("spx", "down", "streak:D:3")],
        ),
        ("Silver notched its fifth consecutive gain on Tuesday.", [("silver", "up", "streak:D:5")]),
        (  # a longer period named after it: the streak may count weeks, left out
            "Gold suffered a fourth straight decline this month.",
            [],
        ),
        (  # the period named: weeks
            "Bitcoin logged a second straight weekly gain.",
            [("btc", "up", "streak:W:2")],
        ),
    ],
)
def test_a_streak_with_no_period_counts_sessions(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _moves(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a figure in another clause, after a semicolon and "while"
            "Equities were flat, up 0.1%; ether rose, while silver prices slipped.",
            [("eth", "up", "day"), ("silver", "down", "day")],
        ),
        (
            "The S&P 500 added 0.4%, whereas the dollar index weakened on Thursday.",
            [("dxy", "down", "day")],
        ),
        (  # the figure's own clause: no bare move
            "Gold rose 1.2% and silver climbed too.",
            [],
        ),
    ],
)
def test_a_bare_move_apart_from_the_figures_of_its_sentence(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _moves(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The dollar index was a little lower on Tuesday but stayed close to the"
            " 18-month high it reached a week earlier.",
            [("dxy", "down", "day")],
        ),
        (
            "Silver edged lower on Monday, though it held near the record it set last week.",
            [("silver", "down", "day")],
        ),
        ("Silver climbed to a record high on Monday.", []),  # the record states the move
    ],
)
def test_a_bare_move_beside_a_contrasting_record(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _moves(text) == expected


def test_a_copy_in_a_full_sentence_stays_when_a_later_line_restates_it() -> None:
    body = "\n\nSilver prices edged lower on the day."
    told = "Markets Mixed\n\nStocks were flat on Monday. Ether set a new high, while silver"
    told += " and copper prices slipped." + body
    silver = [c.sentence for c in extract_claims(told).claims if c.asset == "silver"]
    assert silver == [2, 3]
    headline = "Markets Mixed\n\nStocks were flat on Monday. Silver and Copper Slip" + body
    assert [c.sentence for c in extract_claims(headline).claims if c.asset == "silver"] == [3]


@pytest.mark.parametrize(
    ("text", "window"),
    [
        (
            "Silver went from $24.10 an ounce at the start of 2024 to above $33 by the end"
            " of October, a 37% climb in ten months.",
            "ytd:to:October:2024",
        ),
        ("Gold rose 21% from the beginning of the year through the end of May.", "ytd:to:May"),
        ("Gold rose 2% in the week to the end of May.", "week"),  # no year start: its own
    ],
)
def test_a_move_from_a_year_start_to_a_month_end(text: str, window: str | None) -> None:
    windows = [c.window for c in extract_claims(text).claims if c.kind == "percent"]
    assert windows == [window]


def test_a_year_start_to_month_end_move_is_graded_over_that_span() -> None:
    days = pd.bdate_range("2023-12-01", "2024-11-29")
    prices = pd.Series(100.0, index=days)
    prices[prices.index >= "2024-01-02"] = 110.0  # +10% on the year's first day
    prices[prices.index >= "2024-10-01"] = 130.0  # +18% in October alone
    market = Market({"silver": prices})
    text = "Silver went from $100 at the start of 2024 to $130 by the end of October, up 30%."
    checked = check_claims(extract_claims(text), pd.Timestamp("2024-11-29"), market)
    assert [c.status for c in checked if c.claim.kind == "percent"] == ["confirmed"]
    wrong = text.replace("up 30%", "up 18%")  # October's move is not the claim's
    checked = check_claims(extract_claims(wrong), pd.Timestamp("2024-11-29"), market)
    assert [c.status for c in checked if c.claim.kind == "percent"] == ["contradicted"]


@pytest.mark.parametrize(
    ("text", "swing"),
    [
        (
            "Ether slid more than 7%, dropping from a high of $3,400 to about $3,150 during the"
            " trading day.",
            True,
        ),
        (
            "Silver jumped 5%, climbing from a session low of $30.10 to a high of $31.70 over"
            " the session.",
            True,
        ),
        (  # weeks, not a session: not its swing
            "Ether fell 7%, dropping from a high of $3,400 to about $3,150 over two weeks.",
            False,
        ),
    ],
)
def test_a_figure_told_between_the_sessions_high_and_low_is_its_swing(
    text: str, swing: bool
) -> None:
    (move,) = [c for c in extract_claims(text).claims if c.kind == "percent"]
    assert ("swing" in move.qualifiers) is swing


def test_a_session_swing_is_graded_from_the_high_to_the_low() -> None:
    days = pd.date_range("2025-03-01", "2025-03-05")
    close = pd.Series([3300.0, 3320.0, 3310.0, 3330.0, 3200.0], index=days)
    high = close * 1.01
    low = close * 0.99
    low.iloc[-1] = 3120.0
    high.iloc[-1] = 3380.0  # 3,380 -> 3,120: -7.7% within the day; -3.9% close to close
    market = Market({"eth": close}, ranges={"eth": pd.DataFrame({"low": low, "high": high})})
    text = (
        "Ether slid more than 7%, dropping from a high of $3,380 to about $3,120 during the"
        " trading day."
    )
    checked = check_claims(extract_claims(text), days[-1], market)
    assert [c.status for c in checked if c.claim.kind == "percent"] == ["confirmed"]


@pytest.mark.parametrize(
    ("text", "extreme"),
    [
        ("At its peak closing price of $2,790, gold was up 34% in the month of October.", True),
        ("At its highest, the dollar index was up 2% on the week.", True),
        ("Gold was up 34% in October, closing at $2,740.", False),
    ],
)
def test_a_move_told_at_its_peak_runs_to_the_windows_top(text: str, extreme: bool) -> None:
    (move,) = [c for c in extract_claims(text).claims if c.kind == "percent"]
    assert ("extreme" in move.qualifiers) is extreme


def test_a_move_at_its_peak_is_graded_to_the_top_not_the_end() -> None:
    days = pd.bdate_range("2024-09-02", "2024-10-31")
    prices = pd.Series(100.0, index=days)
    prices[prices.index >= "2024-10-01"] = 120.0
    prices[prices.index == "2024-10-29"] = 134.0  # the month's top, +34%; it ends at +20%
    market = Market({"gold": prices})
    text = "At its peak close of $134, gold was up 34% in the month of October."
    checked = check_claims(extract_claims(text), pd.Timestamp("2024-10-31"), market)
    assert [c.status for c in checked if c.claim.kind == "percent"] == ["confirmed"]
