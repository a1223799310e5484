"""Windows told by weekdays and by the year: a table's "(Wed-Wed)" or "Friday to Friday" is
the week to the article day, "from last Thursday" runs from that day's close, "through the
year" is the year to date; and a sentence that names a "10-year" yield or a "52-week" high
still takes the day the sentence before it names (the hyphenated span is a name, not a time
of its own)."""

from __future__ import annotations

import pytest

from leadwatch.claims import extract_claims
from leadwatch.claims.windows import find_windows


@pytest.mark.parametrize(
    ("sentence", "window"),
    [
        ("SOL: $180.20 | +4.1% | (Wed-Wed)", "week"),
        ("Copper climbed 2.3% Thursday to Thursday.", "week"),
        ("Silver is 3.2% lower from last Thursday.", "since:Thursday's close"),
        ("Over the course of trading through the year, silver has gained 31%.", "ytd"),
        ("Throughout the year, copper has risen some 12%.", "ytd"),
    ],
)
def test_weekday_pairs_and_the_year(sentence: str, window: str) -> None:
    assert [w for _, w in find_windows(sentence)] == [window]


@pytest.mark.parametrize(
    "sentence",
    [
        "SOL: $180.20 | +4.1% | (Mon-Wed)",  # two different days: no week
        "Silver gained 3% through the year-end holidays.",  # a season, not the year to date
    ],
)
def test_unlike_weekdays_and_year_end_are_no_such_window(sentence: str) -> None:
    assert all(w not in ("week", "ytd") for _, w in find_windows(sentence))


def test_a_hyphenated_span_name_does_not_stop_the_day_carried() -> None:
    text = (
        "Our recap.\nWednesday, shares rose 0.3% worldwide. The 2-year yield rose 3% to 4.10. "
        "Copper set a 52-week high.\n"
    )
    claims = {c.asset: c for c in extract_claims(text).claims}
    assert claims["yield_2y"].when == ("weekday", 2)
    assert "carried" in claims["yield_2y"].qualifiers


def test_a_time_word_of_its_own_still_stops_the_carried_day() -> None:
    text = "Our recap.\nWednesday, shares rose 0.3%. The 2-year yield rose 3% this week.\n"
    yields = [c for c in extract_claims(text).claims if c.asset == "yield_2y"]
    assert yields and yields[0].when != ("weekday", 2)


@pytest.mark.parametrize(
    ("sentence", "window"),
    [
        ("A few cents from its record, silver sank 9% in a week, on margin calls.", "week"),
        ("Copper added 4% in a single week.", "week"),
        ("Gold gained 11% in a month.", "month"),
    ],
)
def test_a_span_told_with_a_is_the_moves_window(sentence: str, window: str) -> None:
    moves = [c for c in extract_claims(sentence).claims if c.pct is not None]
    assert moves and moves[0].window == window, moves


def test_a_move_from_the_record_keeps_its_peak_window() -> None:
    moves = [c for c in extract_claims("Silver is down 4% from its record high.").claims]
    assert [c.window for c in moves if c.pct is not None] == ["peak"]
