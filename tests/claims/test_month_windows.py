"""Windows named by a calendar month, "from ... to now" spans and N-session moves (issue 15).

Hand-written phrasings of each class; none is a sentence of a labelled set.
"""

from __future__ import annotations

import pandas as pd
import pytest

from leadwatch.claims.spans import resolve_span
from leadwatch.claims.windows import find_windows, window_near


def _window(sentence: str, figure: str) -> str | None:
    return window_near(sentence, sentence.index(figure))


@pytest.mark.parametrize(
    ("sentence", "figure", "code"),
    [
        ("March saw silver shed about 8% as the dollar firmed.", "8%", "inmonth:March"),
        ("Bitcoin closed out November 2025 with a 17% loss.", "17%", "inmonth:November:2025"),
        ("Gold finished April up 5.2%, its best run in years.", "5.2%", "inmonth:April"),
        ("October's 12% slide left ether far from its peak.", "12%", "inmonth:October"),
        ("Over the month of June the index added 3.1%.", "3.1%", "inmonth:June"),
        ("The token still ended the month with a 9% drop.", "9%", "inmonth:"),
    ],
)
def test_month_named_window(sentence: str, figure: str, code: str) -> None:
    assert _window(sentence, figure) == code


@pytest.mark.parametrize(
    ("sentence", "figure", "code"),
    [
        ("Silver is up 40% from Jan. 1 to now.", "40%", "since:Jan. 1"),
        ("Ether has lost 22% from March 3 until today.", "22%", "since:March 3"),
        ("Gold gained 30% from the start of the year to date.", "30%", "ytd"),
        ("Bitcoin rose 11% from February 10th through today.", "11%", "since:February 10th"),
    ],
)
def test_from_to_now_window(sentence: str, figure: str, code: str) -> None:
    assert _window(sentence, figure) == code


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        ("Gold extended a 3-session advance worth 1.4%.", "sessions:3"),
        ("The S&P 500 erased a four-session decline, rising 0.8%.", "sessions:4"),
        ("Silver's 5-session rally added 6%.", "sessions:5"),
    ],
)
def test_sessions_are_trading_days(sentence: str, code: str) -> None:
    assert code in [w for _, w in find_windows(sentence)]


def test_month_span_resolves_to_the_calendar_month() -> None:
    day = pd.Timestamp("2026-03-01")  # a recap on the first day of the next month
    start, end, _ = resolve_span("inmonth:", day) or (None, None, "")
    assert (start, end) == (pd.Timestamp("2026-01-31"), pd.Timestamp("2026-02-28"))
    start, end, _ = resolve_span("inmonth:January", day) or (None, None, "")
    assert (start, end) == (pd.Timestamp("2025-12-31"), pd.Timestamp("2026-01-31"))
    start, end, _ = resolve_span("inmonth:", pd.Timestamp("2026-03-20")) or (None, None, "")
    assert (start, end) == (pd.Timestamp("2026-02-28"), pd.Timestamp("2026-03-20"))
    assert resolve_span("inmonth:May", pd.Timestamp("2026-03-20")) is not None  # May 2025
    assert resolve_span("inmonth:May:2026", pd.Timestamp("2026-03-20")) is None


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("Ether has slumped 30% to start the year and bitcoin has lost 20%.", "20%"),
        ("Gold is up 12% since the turn of the year, silver 18%.", "12%"),
        ("Platinum has gained 9% since the year began.", "9%"),
        ("Silver jumped 25% in the first weeks of the new year.", "25%"),
        ("Copper rose 4% to kick off the year while gold climbed 7%.", "7%"),
    ],
)
def test_year_start_phrasings_are_year_to_date(sentence: str, figure: str) -> None:
    assert _window(sentence, figure) == "ytd"


@pytest.mark.parametrize(
    ("n", "day", "start"),
    [
        (3, "2026-05-26", "2026-05-20"),  # Memorial Day is no session
        (2, "2025-04-22", "2025-04-17"),  # Good Friday
        (1, "2025-12-26", "2025-12-24"),  # Christmas
        (2, "2026-05-14", "2026-05-12"),  # an ordinary week
    ],
)
def test_session_windows_skip_exchange_holidays(n: int, day: str, start: str) -> None:
    from leadwatch.claims.windows import resolve_window

    found = resolve_window(f"sessions:{n}", pd.Timestamp(day))
    assert found is not None and found[0] == pd.Timestamp(start)
