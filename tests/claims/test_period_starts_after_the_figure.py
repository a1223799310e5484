"""A period's start or its part told after the figure or by its closing verb: "traded
above $4,100 at the start of the week", "opened 2025 trading at $91,000", "closed the
first half of 2025 up 22%", "finished the week slightly lower"; and a move of last week in
a sentence that also names last week's Friday is measured over last week once, not twice."""

from __future__ import annotations

import pandas as pd
import pytest

from leadwatch.claims import extract_claims
from leadwatch.claims.lastweek import graded_day
from leadwatch.claims.model import Claim


def _levels(text: str) -> list[tuple[str | None, float | None, object]]:
    return [(c.asset, c.level, c.when) for c in extract_claims(text).claims if c.kind == "level"]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Ether, which traded above $4,100 at the start of the week, slid.", "week"),
        ("Silver changed hands near $31 an ounce at the beginning of the month.", "month"),
        ("Gold was around $3,150 at the open of this week.", "week"),
    ],
)
def test_a_start_told_after_the_level_dates_it(text: str, unit: str) -> None:
    [(_, _, when)] = _levels(text)
    assert when == ("start", unit)


def test_a_start_before_a_later_figure_is_not_that_figures() -> None:
    [(asset, level, when)] = _levels("Gold is at $3,300 and rose at the start of the week.")
    assert (asset, level) == ("gold", 3300.0) and when != ("start", "week")


def test_a_year_opened_trading_at_a_price_is_the_years_start() -> None:
    found = _levels("Bitcoin is up 25% from when it opened 2025 trading at $91,000.")
    assert ("btc", 91000.0, ("year_start", 2025)) in found


@pytest.mark.parametrize(
    ("text", "window"),
    [
        ("Spot gold finished the first half of 2025 up 22.4% at $3,280.", "part:H1"),
        ("Bitcoin ended the first quarter of 2025 down 11%.", "part:Q1"),
        ("Silver finished the second half of 2024 up 3%.", "part:H2"),
    ],
)
def test_a_part_of_the_year_closed_is_its_window(text: str, window: str) -> None:
    moves = [c for c in extract_claims(text).claims if c.kind == "percent"]
    assert moves and str(moves[0].window).startswith(window)


@pytest.mark.parametrize(
    ("text", "op"),
    [
        ("Gold finished the week slightly lower.", "down"),
        ("Silver ended the month sharply higher.", "up"),
        ("Bitcoin closed the week a touch lower.", "down"),
    ],
)
def test_a_period_closed_by_a_degree_is_a_move_of_that_period(text: str, op: str) -> None:
    [move] = [c for c in extract_claims(text).claims if c.kind == "move"]
    assert (move.op, move.window) == (op, f"streak:{'W' if 'week' in text else 'M'}:1")


def test_last_weeks_own_window_is_not_moved_back_a_second_week() -> None:
    text = "Silver climbed last week, and it settled on Friday at $30.40 an ounce."
    claims = extract_claims(text).claims
    [move] = [c for c in claims if c.kind == "move"]
    [level] = [c for c in claims if c.kind == "level"]
    monday = pd.Timestamp("2025-03-10")
    assert move.window == "calweek:last" and "last_week" in move.qualifiers
    assert graded_day(move, monday) == monday  # the window already names last week
    assert graded_day(level, monday) == pd.Timestamp("2025-03-07")  # last week's Friday


def test_a_weekday_claim_of_last_week_still_moves() -> None:
    c = Claim(0, "level", "gold", "at $3,000", "at", 3000.0, when=("weekday", 4))
    marked = Claim(
        0,
        "level",
        "gold",
        "at $3,000",
        "at",
        3000.0,
        when=("weekday", 4),
        qualifiers=("last_week",),
    )
    day = pd.Timestamp("2025-03-12")
    assert graded_day(c, day) == day
    assert graded_day(marked, day) == pd.Timestamp("2025-03-07")
