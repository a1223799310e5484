"""A move told over a plain count of weeks, months or years ("rose 40% in three months",
"doubled in just 3.5 months") is measured over that span, not over a session; a count
that bounds a record or counts events is no such window; and a distance from a peak told
as a floor ("down more than 8% from recent highs") holds at any larger size."""

from __future__ import annotations

import pandas as pd
import pytest

from leadwatch.claims import extract_claims
from leadwatch.claims.check import check_claims
from leadwatch.claims.market import Market


def _windows(text: str) -> list[str | None]:
    return [c.window for c in extract_claims(text).claims if c.kind == "percent"]


@pytest.mark.parametrize(
    ("text", "window"),
    [
        ("Silver has climbed 40% in three months.", "months"),
        ("Bitcoin slid 18% over two weeks.", "days:14"),
        ("Gold, which rose 30% in just 4.5 months, paused.", "days:137"),
        ("The S&P 500 has gained 45% in two years.", "years:2"),
    ],
)
def test_a_counted_span_is_the_moves_window(text: str, window: str) -> None:
    assert _windows(text) == [window]


@pytest.mark.parametrize(
    "text",
    [
        "Bitcoin fell 5% to $98,000, its lowest in six months.",
        "Gold fell 2% after setting nine records in 12 weeks.",
    ],
)
def test_a_span_of_a_record_or_of_counted_events_is_not_the_moves(text: str) -> None:
    assert _windows(text) == [None]


def test_a_counted_span_is_graded_over_it() -> None:
    days = pd.bdate_range("2025-01-01", "2025-06-30")
    silver = pd.Series(30.0, index=days)
    silver.loc["2025-03-31":] = 42.0  # +40% about three months before the end
    ex = extract_claims("Silver has climbed 40% in three months.")
    checked = check_claims(ex, days[-1], Market({"silver": silver}))
    assert [c.status for c in checked] == ["confirmed"]


def test_a_distance_from_a_peak_told_as_a_floor() -> None:
    days = pd.bdate_range("2025-09-01", "2025-10-22")
    silver = pd.Series(50.0, index=days)
    silver.loc["2025-10-17"] = 54.0
    silver.loc["2025-10-20":] = 47.8  # 11.5% off the peak: "more than 8%" holds
    text = "Silver fell to $47.80, down more than 8% from recent highs."
    checked = check_claims(extract_claims(text), days[-1], Market({"silver": silver}))
    moves = [c for c in checked if c.claim.kind == "percent"]
    assert [c.status for c in moves] == ["confirmed"]
