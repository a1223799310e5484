"""A span of years ("in 2021-2022", "from 2019 to 2021") is the window of its move, not the
first calendar year; a fall over the span is graded peak to trough when start to end
misses the stated size."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from leadwatch.claims import extract_claims
from leadwatch.claims.check import check_claims
from leadwatch.claims.market import Market

#: (text, window): own phrasings with several prepositions, dashes and short second years.
SPANS = [
    ("Bitcoin fell 78% in 2021-2022.", "calspan:2021:2022"),
    ("Gold rose 40% from 2019 to 2021.", "calspan:2019:2021"),
    ("Bitcoin gained 150% over 2023-2024.", "calspan:2023:2024"),
    ("Between 2020 and 2022, silver climbed 30%.", "calspan:2020:2022"),
    ("Silver dropped 20% during 2018\u201319.", "calspan:2018:2019"),
    ("Across 2015/2016 the dollar index rose 12%.", "calspan:2015:2016"),
]


@pytest.mark.parametrize(("text", "window"), SPANS)
def test_a_span_of_years_is_the_window(text: str, window: str) -> None:
    moves = [c for c in extract_claims(text).claims if c.pct is not None]
    assert moves and moves[0].window == window, moves


@pytest.mark.parametrize("text", ["Gold rose 27% in 2024.", "Gold hit $2,000 on 3-4 May 2024."])
def test_one_year_or_a_date_is_no_span(text: str) -> None:
    ex = extract_claims(text)
    assert all(not (c.window or "").startswith("calspan:") for c in ex.claims), ex.claims


def _btc() -> Market:
    # 100 at the end of 2020, a peak of 200 in late 2021, a trough of 44 in late 2022,
    # 50 at the end of 2022: start to end -50%, peak to trough -78%
    days = pd.date_range("2020-12-01", "2023-03-31")
    knots = pd.to_datetime(["2020-12-01", "2021-11-10", "2022-11-20", "2022-12-31", "2023-03-31"])
    path = np.interp(days.asi8, knots.asi8, [100.0, 200.0, 44.0, 50.0, 60.0])
    return Market({"btc": pd.Series(path, index=days)})


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Bitcoin fell 78% in 2021-2022.", "confirmed"),
        ("Bitcoin fell 50% in 2021-2022.", "confirmed"),
        ("Bitcoin fell 30% in 2021-2022.", "contradicted"),
    ],
)
def test_a_fall_over_a_span_is_peak_to_trough(text: str, status: str) -> None:
    checked = check_claims(extract_claims(text), pd.Timestamp("2023-03-31"), _btc())
    moves = [r for r in checked if r.claim.pct is not None]
    assert moves and moves[0].status == status, moves
