"""Move windows a sentence states in words other readers missed: a holiday or its week, "this
calendar year", "those same N months" (a span named again), and a distance below a peak
said with "than" or "below"."""

from __future__ import annotations

import pandas as pd
import pytest

from leadwatch.claims.extract import extract_claims
from leadwatch.claims.windows import resolve_window


def _windows(text: str) -> list[tuple[float | None, str | None]]:
    return [(c.pct, c.window) for c in extract_claims(text).claims if c.kind in ("percent", "move")]


@pytest.mark.parametrize(
    ("text", "size", "window"),
    [
        (
            "The euro is up 7% this year and 1.5% since Christmas week.",
            1.5,
            "since:Christmas week",
        ),
        ("Silver has gained 9% since Labor Day, traders said.", 9.0, "since:Labor Day"),
        ("Ether has fallen 12% since Thanksgiving.", 12.0, "since:Thanksgiving"),
    ],
)
def test_a_holiday_starts_the_window(text: str, size: float, window: str) -> None:
    assert (size, window) in _windows(text)


def test_a_holiday_after_a_superlative_is_a_record_span_not_a_move_window() -> None:
    found = _windows("Copper sits at its highest since Easter Day, having added 4% this week.")
    assert (4.0, "week") in found


@pytest.mark.parametrize(
    ("words", "day", "start"),
    [
        ("Thanksgiving week", "2025-12-15", "2025-11-23"),  # from the close before its Monday
        ("Thanksgiving", "2024-12-10", "2024-11-27"),
        ("New Year's Day", "2026-03-02", "2025-12-31"),
        ("Memorial Day", "2025-05-20", "2024-05-26"),  # not yet this year: last year's
    ],
)
def test_holidays_resolve_to_their_last_occurrence(words: str, day: str, start: str) -> None:
    got = resolve_window(f"since:{words}", pd.Timestamp(day))
    assert got is not None and str(got[0].date()) == start


def test_an_unknown_named_day_is_left_unread() -> None:
    assert resolve_window("since:Founders Day", pd.Timestamp("2026-03-02")) is None


@pytest.mark.parametrize(
    ("text", "size", "window"),
    [
        ("Platinum has more than doubled in this calendar year.", 100.0, "ytd"),
        ("Copper is 18% higher for the current year.", 18.0, "ytd"),
    ],
)
def test_the_calendar_year_is_year_to_date(text: str, size: float, window: str) -> None:
    assert (size, window) in _windows(text)


def test_a_span_named_again_is_read() -> None:
    text = "Over the past four months oil fell 9%. In those same four months, ether rose 31%."
    assert (31.0, "days:122") in _windows(text)
    plain = _windows("In the same session, gold rose 5%.")  # no count: no span of days
    assert not any((w or "").startswith("days:") for _, w in plain)


@pytest.mark.parametrize(
    "text",
    [
        "Ether now trades almost 40% lower than its August peak near $4,900.",
        "Silver sits 15% below its January high, despite gains this year.",
    ],
)
def test_a_distance_below_a_named_peak_is_measured_from_the_peak(text: str) -> None:
    assert any(w and w.startswith("peak") for _, w in _windows(text))


@pytest.mark.parametrize(
    ("text", "size", "window"),
    [
        (
            "Gold has risen 80% over the last three years. Silver gained 45% in that time and "
            "is down 3% since the start of 2026.",
            45.0,
            "years:3",
        ),
        ("Copper is up 11% this year. Platinum added 19% over the same period.", 19.0, "ytd"),
    ],
)
def test_a_move_in_that_time_takes_the_span_of_the_sentence_before(
    text: str, size: float, window: str
) -> None:
    assert (size, window) in _windows(text)


def test_a_move_in_another_clause_keeps_its_own_window() -> None:
    text = "Gold has risen 80% over the last three years. In that time, sentiment shifted."
    found = _windows(text + " Silver is down 3% since the start of 2026.")
    assert (3.0, "since:the start of 2026") in found
