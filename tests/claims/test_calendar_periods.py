""" "This week" runs from the week's start and "last week" is the calendar week before, in a
midweek article too; "last month", "last quarter", "last year" are the calendar periods
before the article's, "for the month" the month to date; trailing periods ("over the past
week") keep their span to the date."""

from __future__ import annotations

from collections.abc import Iterator

import pandas as pd
import pytest

from leadwatch.claims.check import check_claims
from leadwatch.claims.extract import extract_claims
from leadwatch.claims.market import Market

#: Own phrasings of several styles: ``{x}`` the size, ``{v}`` a verb of its direction.
THIS_WEEK = [
    "Gold {v} {x}% this week.",
    "So far this week, spot gold has {v} {x} percent.",
    "Bullion, {d} {x}% this week, is holding near its highs.",
    "The yellow metal {v} {x} per cent over the course of this week.",
]
LAST_WEEK = [
    "Gold {v} {x}% last week.",
    "Last week, spot gold {v} {x} percent.",
    "Bullion {v} {x} per cent in the previous week, its move into the weekend.",
    "The yellow metal was {d} {x}% last week.",
]


def _change(gold: pd.Series, start: pd.Timestamp, end: pd.Timestamp) -> float:
    return float(gold.loc[:end].iloc[-1] / gold.loc[:start].iloc[-1] - 1.0)


def _wednesdays(gold: pd.Series, last: bool) -> Iterator[tuple[pd.Timestamp, float]]:
    """Wednesdays of 2025 whose calendar week differs from the seven days to the date by
    more than two points, with the calendar week's change."""
    for day in pd.date_range("2025-01-08", "2025-12-31", freq="W-WED"):
        sunday = day - pd.Timedelta(days=3)
        start, end = (sunday - pd.Timedelta(days=7), sunday) if last else (sunday, day)
        calendar = _change(gold, start, end)
        rolling = _change(gold, day - pd.Timedelta(days=7), day)
        if abs(calendar - rolling) > 0.02 and abs(calendar) > 0.005:
            yield day, calendar


def _status(text: str, day: pd.Timestamp, market: Market) -> str:
    (c,) = [c for c in check_claims(extract_claims(text), day, market) if c.claim.asset]
    return c.status


@pytest.mark.parametrize(
    ("text", "last"), [(t, False) for t in THIS_WEEK] + [(t, True) for t in LAST_WEEK]
)
def test_calendar_week_moves(text: str, last: bool, market: Market) -> None:
    gold = market.close("gold")
    cases = list(_wednesdays(gold, last))[:3]
    assert cases
    for day, ch in cases:
        words = {"v": "rose" if ch > 0 else "fell", "d": "up" if ch > 0 else "down"}
        true = text.format(x=f"{abs(ch) * 100:.1f}", **words)
        false = text.format(x=f"{abs(ch) * 300 + 4:.1f}", **words)
        assert _status(true, day, market) == "confirmed", (true, day)
        assert _status(false, day, market) == "contradicted", (false, day)


def test_trailing_weeks_keep_seven_days() -> None:
    for text in ("Gold rose 2% over the past week.", "Gold is up 2% week-on-week."):
        (c,) = extract_claims(text).claims
        assert c.window == "week", c


#: (own phrasing, first day, last day) at the article date 2025-10-15.
PERIODS = [
    ("Gold {v} {x}% last month.", "2025-08-31", "2025-09-30"),
    ("In the previous month, spot gold {v} {x} percent.", "2025-08-31", "2025-09-30"),
    ("Bullion was {d} {x} per cent last quarter.", "2025-06-30", "2025-09-30"),
    ("The yellow metal {v} {x}% in the prior quarter.", "2025-06-30", "2025-09-30"),
    ("Gold {v} {x}% last year.", "2023-12-31", "2024-12-31"),
    ("Spot gold, {d} {x}% the previous year, kept climbing.", "2023-12-31", "2024-12-31"),
    ("So far this month, gold has {v} {x}%.", "2025-09-30", "2025-10-15"),
]


@pytest.mark.parametrize(("text", "first", "last"), PERIODS)
def test_calendar_periods(text: str, first: str, last: str, market: Market) -> None:
    day = pd.Timestamp("2025-10-15")
    ch = _change(market.close("gold"), pd.Timestamp(first), pd.Timestamp(last))
    words = {"v": "rose" if ch > 0 else "fell", "d": "up" if ch > 0 else "down"}
    true = text.format(x=f"{abs(ch) * 100:.1f}", **words)
    false = text.format(x=f"{abs(ch) * 300 + 4:.1f}", **words)
    assert _status(true, day, market) == "confirmed", true
    assert _status(false, day, market) == "contradicted", false


@pytest.mark.parametrize(
    "text",
    [
        "Gold rose 2% over the past month.",
        "Gold is up 2% month-on-month.",
        "Gold rose 2% in the last month.",
        "Gold has gained 9% since last month.",
    ],
)
def test_trailing_months_keep_their_reading(text: str) -> None:
    (c,) = [c for c in extract_claims(text).claims if c.kind == "percent"]
    assert c.window is None or not c.window.startswith(("cal", "mtd")), c
