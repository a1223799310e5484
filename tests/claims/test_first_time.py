"""A level reached "for the first time" (ever) dates an article to the first crossing, on
hand-written articles over a small synthetic market; "for the first time since March" and
"in seven months" stay plain levels."""

from __future__ import annotations

import pandas as pd
import pytest

from leadwatch.claims import extract_claims
from leadwatch.claims.dating import dating_claims, infer_date
from leadwatch.claims.firsttime import first_crossing_days, first_crossings
from leadwatch.claims.market import Market

_DAYS = pd.bdate_range("2026-01-05", periods=60)  # index 16: Tuesday 27 Jan, 17: Wednesday


def _silver() -> Market:
    """Silver at $90, first reaching $100 in the data on Wednesday (index 17: a late-Tuesday
    US crossing shows in Wednesday's fix), then staying above it."""
    close = pd.Series(90.0, index=_DAYS)
    close.iloc[17] = 100.6
    close.iloc[18:] = [101 + 0.1 * i for i in range(42)]
    return Market({"silver": close})


@pytest.mark.parametrize(
    "text",
    [
        "Silver topped $100 an ounce for the first time ever on Tuesday.",
        "On Tuesday, silver climbed past $100 for the first time in history.",
        "Silver rose above $100 on Tuesday for the first time on record.",
        "For the first time ever, silver traded above $100 on Tuesday.",
        "Silver hit $100 for the first time on Tuesday.",
    ],
)
def test_a_first_time_level_dates_the_article_to_the_first_crossing(text: str) -> None:
    dated = infer_date(extract_claims(text), _silver())
    assert dated.date in (_DAYS[16], _DAYS[17]), dated.reasoning
    assert any("silver first above $100" in r for r in dated.reasoning)


@pytest.mark.parametrize(
    "text",
    [
        "Bitcoin dipped under $90,000 for the first time since April.",
        "Ether slid under $3,000 for the first time in five months.",
        "Ether sank under $2,000 for the first time since March.",
        "Gold slid to below $3,100 an ounce for the first time in five weeks.",
        "Silver topped $50, its first close there in over a decade.",
        "Gold traded above $4,000 for the second time this year.",
    ],
)
def test_a_relative_first_time_is_no_first_ever_crossing(text: str) -> None:
    ex = extract_claims(text)
    levels = [c for c in first_crossings(dating_claims(ex), ex.sentences) if c.kind == "level"]
    ever = [c.op for c in levels if (c.op or "").startswith("first:") and c.window is None]
    assert levels and not ever, levels


def test_first_crossing_days_use_the_range_and_either_side() -> None:
    days = pd.bdate_range("2026-01-05", periods=6)
    close = pd.Series([95.0, 98.0, 99.0, 101.0, 97.0, 102.0], index=days)
    high = close + pd.Series([0.5, 0.5, 2.0, 0.5, 0.5, 0.5], index=days)
    m = Market({"silver": close}, {"silver": pd.DataFrame({"low": close - 1, "high": high})})
    # the range first reaches $100 on day 2 (high 101): days 1 and 2, not the later closes
    assert first_crossing_days(m, "silver", 100.0, "above").tolist() == [
        *(False, True, True),
        *(False, False, False),
    ]
    close = pd.Series([105.0, 104.0, 103.0, 99.0, 101.0, 98.0], index=days)
    m = Market({"gold": close}, {"gold": pd.DataFrame({"low": close - 1, "high": close + 1})})
    down = first_crossing_days(m, "gold", 100.0, "below")  # first at or under on day 3
    assert down.tolist() == [False, False, True, True, False, False]


def test_a_near_miss_is_no_first_crossing() -> None:
    """Futures trade at a premium and a level 0.4% short is not reached: the first crossing
    is the day the price got there."""
    days = pd.bdate_range("2026-01-05", periods=6)
    close = pd.Series([95.0, 99.6, 98.0, 99.0, 100.2, 101.0], index=days)
    m = Market({"silver": close})
    got = first_crossing_days(m, "silver", 100.0, "above").tolist()
    assert got == [False, False, False, True, True, False]


@pytest.mark.parametrize(
    "text",
    [
        "Gold closed above $4,000 for the first time on Wednesday.",
        "Gold settled above $4,000 an ounce for the first time ever on Wednesday.",
        "On Wednesday gold finished the session over $4,000 for the first time on record.",
    ],
)
def test_a_first_close_is_dated_by_the_closes_not_the_first_touch(text: str) -> None:
    """The day's high touched $4,000 on Tuesday 13 January (index 6); the first close
    above it came on Wednesday 21 January (index 12)."""
    close = pd.Series(3900.0, index=_DAYS)
    close.iloc[12:] = 4020.0
    high = close + 20.0
    high.iloc[6] = 4010.0
    m = Market({"gold": close}, {"gold": pd.DataFrame({"low": close - 20.0, "high": high})})
    ex = extract_claims(text)
    firsts = [c for c in first_crossings(dating_claims(ex), ex.sentences) if c.kind == "level"]
    assert [(c.op, c.qualifiers[-1:]) for c in firsts] == [("first:above", ("on close",))]
    dated = infer_date(ex, m)
    assert dated.date in (_DAYS[12], _DAYS[13]), dated.reasoning
