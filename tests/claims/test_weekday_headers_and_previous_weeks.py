"""Dating and windows from the words around the figures: a wire header's abbreviated
weekday ("Thu Mar 13") picks the year whose date falls on it; a day told beside "earlier
this month" dates the article in that month; "11% the previous week" is the week before,
and a sentence that also speaks of this week opens no narrative of last week; "the first
time it has been this high since May 2021" is the highest since then, not a record."""

from __future__ import annotations

import pandas as pd
import pytest

from leadwatch.claims import extract_claims
from leadwatch.claims.monthdays import dated_weekday
from leadwatch.claims.monthnow import month_now_votes

_DAYS = pd.DatetimeIndex(["2024-03-13", "2025-03-13", "2026-03-13"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Newswire - Wed Mar 13, 9:05AM CST", [True, False, False]),
        ("Newswire - Thu Mar 13, 9:05AM CST", [False, True, False]),
        ("Markets on Friday, Mar 13, were calm.", [False, False, True]),
        ("Markets on Mar 13 were calm.", [True, True, True]),
    ],
)
def test_a_weekday_before_a_date_keeps_the_years_it_falls_on(
    text: str, expected: list[bool]
) -> None:
    assert dated_weekday(text, text.index("Mar 13"), _DAYS).tolist() == expected


def test_a_day_beside_earlier_this_month_dates_that_month() -> None:
    days = pd.date_range("2025-06-28", "2025-07-03")
    text = "Gold has recovered what it lost earlier this month. On July 1, it slid to $3,300."
    votes, why = month_now_votes(text, days)
    assert votes.tolist() == [0.0, 0.0, 0.0, 1.0, 1.0, 1.0] and why
    assert not month_now_votes("On July 1, gold slid to $3,300.", days)[0].any()


def _windows(text: str) -> list[tuple[float | None, str | None]]:
    return [(c.pct, c.window) for c in extract_claims(text).claims if c.pct is not None]


def test_the_previous_week_is_the_week_before() -> None:
    text = "Ether has slumped 12% so far this week, after a 9% fall the previous week."
    assert _windows(text)[1] == (9.0, "calweek:last")


def test_over_the_previous_week_stays_a_trailing_week() -> None:
    assert _windows("Ether fell 9% over the previous week.")[0][1] != "calweek:last"


def test_this_weeks_sentence_opens_no_narrative_of_last_week() -> None:
    text = (
        "Bitcoin is down 14% so far this week, after a 10% fall the previous week. "
        "On Friday, at the time of writing, it touched a low of $61,000."
    )
    [level] = [c for c in extract_claims(text).claims if c.kind == "level"]
    assert "last_week" not in level.qualifiers


def test_a_narrative_of_last_week_still_opens() -> None:
    text = "Gold began last week at $3,030. On Wednesday it hit a record of $3,090."
    assert any("last_week" in c.qualifiers for c in extract_claims(text).claims)


@pytest.mark.parametrize(
    "text",
    [
        "That is the first time ether has traded this high since May 2021.",
        "This marks the first time that gold has been so high since 1980.",
    ],
)
def test_the_first_time_this_high_since_is_a_highest_since(text: str) -> None:
    [record] = [c for c in extract_claims(text).claims if c.kind == "record"]
    assert "since" in record.words


def test_a_plain_first_time_is_unchanged() -> None:
    [record] = [
        c
        for c in extract_claims(
            "Silver traded at $25 today, its first time there since March 20."
        ).claims
        if c.kind == "record"
    ]
    assert record.words == "first time"
