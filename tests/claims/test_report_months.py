"""Tagged changes of a monthly report (M/M, YTD, Y/Y) run to the end of the month reviewed."""

from __future__ import annotations

import pandas as pd
import pytest

from leadwatch.claims import extract_claims
from leadwatch.claims.spans import resolve_span
from leadwatch.claims.windows import find_windows

_DAY = pd.Timestamp("2025-05-06")


@pytest.mark.parametrize(
    ("line", "codes"),
    [
        (
            "Nasdaq 100: April close 18,920, -0.8% M/M, +3.1% YTD, +12.4% Y/Y",
            ["inmonth:April", "ytd:to:April", "yoyto:April"],
        ),
        (
            "In its April 2025 review, the index returned 1.9% month-over-month"
            " and 7% year-over-year.",
            ["inmonth:April:2025", "yoyto:April:2025"],
        ),
        ("Copper, the April average: +4% MoM, -2% YoY", ["inmonth:April", "yoyto:April"]),
    ],
)
def test_tags_of_a_reviewed_month_get_its_windows(line: str, codes: list[str]) -> None:
    assert [c for _, c in find_windows(line)] == codes


def test_tags_without_a_reviewed_month_keep_the_usual_windows() -> None:
    found = [c for _, c in find_windows("Gold is up 9% YTD and 20% year over year since April 3.")]
    assert found[0] == "ytd" and not any(c.startswith(("yoyto", "inmonth")) for c in found)


def test_the_windows_end_with_the_month_reviewed() -> None:
    yoy = resolve_span("yoyto:April", _DAY)
    month = resolve_span("inmonth:April", _DAY)
    assert yoy is not None and month is not None
    assert (yoy[0].date().isoformat(), yoy[1].date().isoformat()) == ("2024-04-30", "2025-04-30")
    assert (month[0].date().isoformat(), month[1].date().isoformat()) == (
        "2025-03-31",
        "2025-04-30",
    )


@pytest.mark.parametrize(
    ("text", "window"),
    [  # a month named as a record month: the line's figure is that month's
        (
            "This made June 2025 the best month for copper since 2019, with gains near 8%.",
            "inmonth:June:2025",
        ),
        (
            "October was the strongest month for ether in years, with a rise of 21%.",
            "inmonth:October",
        ),
        (
            "That makes April the most profitable month for silver since 2011, up 15%.",
            "inmonth:April",
        ),
    ],
)
def test_a_record_month_is_the_window_of_its_figure(text: str, window: str) -> None:
    (claim,) = [c for c in extract_claims(text).claims if c.pct is not None]
    assert claim.window == window


def test_a_move_since_a_year_keeps_its_window() -> None:
    (claim,) = extract_claims("Copper has gained 30% since 2019.").claims
    assert claim.window == "since:2019"
