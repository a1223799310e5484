"""Moves graded on their own span and series: a Yahoo futures ticker names the futures;
a window that hugs the second of two bare figures in a quote row is that figure's alone;
"since the start of the week" and "over the first three days of this week" open with the week;
a window that opens a quoted sentence is its first figure's; a weekday right after a
figure puts it on that day, so it borrows no window from another clause."""

from __future__ import annotations

import pandas as pd
import pytest

from leadwatch.claims import extract_claims
from leadwatch.claims.futures import named_series
from leadwatch.claims.market import Market
from leadwatch.claims.spans import resolve_span
from leadwatch.claims.windows import window_near


@pytest.mark.parametrize(
    ("text", "series"),
    [
        ("Weekly board: Silver-SI=F $46.00 -8.00%", "silver_fut"),
        ("Gold GC=F slid 3% over the week.", "gold_fut"),
        ("Gold slid 3% over the week.", "gold"),  # no ticker: the fix
    ],
)
def test_a_front_month_ticker_names_the_futures(text: str, series: str) -> None:
    c = next(c for c in extract_claims(text).claims if c.pct is not None)
    idx = pd.bdate_range("2025-11-03", "2025-11-14")
    market = Market(
        {a: pd.Series(1.0, index=idx) for a in ("gold", "gold_fut", "silver", "silver_fut")}
    )
    assert named_series(c, market, idx[-1]) == series


@pytest.mark.parametrize(
    ("text", "figure", "window"),
    [
        ("Gold | $4,150.00 -1.50% -4.00% this week", "1.50", None),
        ("Gold | $4,150.00 -1.50% -4.00% this week", "4.00", "week"),
        ("Gold | $4,150 -1.5% -4% this week | | Silver | $66 -1.2% -3.5% this week", "1.2", None),
        ("Gold | $4,150 -1.5% -4% this week | | Silver | $66 -1.2% -3.5% this week", "3.5", "week"),
        ("Gold rose 2% and silver 3% this week", "2%", "week"),  # joined by words: shared
        ("Gold rose 2% this week", "2%", "week"),
    ],
)
def test_a_window_after_a_pair_of_bare_figures_is_the_second_ones(
    text: str, figure: str, window: str | None
) -> None:
    assert window_near(text, text.index(figure)) == window


@pytest.mark.parametrize(
    ("text", "window"),
    [
        ("Silver has climbed nearly 10% since the start of the week.", "wtd"),
        ("Since the beginning of this week, silver has gained about 10%.", "wtd"),
        ("Silver futures gained 5.5% during the first three days of this week.", "wkdays:3"),
        ("Silver futures gained 5.5% in the first three sessions of the trading week.", "wkdays:3"),
        ("Silver gained 5.5% this week.", "wtd"),  # the calendar week, as before
        ("Silver gained 5.5% over the past week.", "week"),  # a trailing week, as before
    ],
)
def test_windows_that_open_with_the_week(text: str, window: str) -> None:
    c = next(c for c in extract_claims(text).claims if c.pct is not None)
    assert c.window == window


def test_the_first_days_of_the_week_end_with_them() -> None:
    span = resolve_span("wkdays:2", pd.Timestamp("2025-11-13"))  # a Thursday
    assert span is not None
    assert (str(span[0].date()), str(span[1].date())) == ("2025-11-09", "2025-11-11")
    monday = resolve_span("wkdays:2", pd.Timestamp("2025-11-10"))  # not two sessions yet
    assert monday is not None and str(monday[1].date()) == "2025-11-04"


@pytest.mark.parametrize(
    ("text", "window"),
    [
        (
            '"Since the start of the week, the metal has climbed nearly 10%, and 25% over the '
            'past three weeks. It is up 100% since the start of the year."',
            "wtd",
        ),
        (
            "Since the start of the week, the metal has climbed nearly 10%, and 25% over the "
            "past three weeks. It is up 100% since the start of the year.",
            "wtd",
        ),
    ],
)
def test_an_opening_window_in_quotes_is_the_first_figures(text: str, window: str) -> None:
    assert window_near(text, text.index("10%")) == window


@pytest.mark.parametrize(
    ("text", "window"),
    [
        (
            "Silver futures jumped 3% Tuesday to settle at $70 after the contract rallied 6% "
            "over the first three days of this week.",
            None,
        ),
        (
            "Silver futures jumped 3% on Tuesday after the contract rallied 6% during the "
            "first three days of this week.",
            "day",  # its own clause's day
        ),
        (
            "Silver futures jumped 3% after the contract rallied 6% since the start of the week.",
            "wtd",
        ),  # no day of its own: the sentence's only window
    ],
)
def test_a_weekday_after_the_figure_keeps_another_clauses_window_out(
    text: str, window: str | None
) -> None:
    assert window_near(text, text.index("3%")) == window
