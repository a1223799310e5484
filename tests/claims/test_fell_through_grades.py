"""A level a falling move went through ("slid below $100,000") is graded as the level it
states; the crossing only narrows the days it dates, and a crossing may happen inside one
session (the day's high above the level, its close below). A first crossing that a series
stored with closes only cannot show is inconclusive when a close came near, and dates any of
the near closes before the first close beyond the level."""

from __future__ import annotations

import pandas as pd
import pytest

from leadwatch.claims import extract_claims
from leadwatch.claims.check import check_claims
from leadwatch.claims.downcrossings import crossed_down_days
from leadwatch.claims.firsttime import first_days
from leadwatch.claims.market import Market
from leadwatch.claims.model import Claim

DAYS = pd.date_range("2026-03-01", periods=10)
#: Closes never at 50,000 or above; the seventh day trades up to 52,000 and closes at 48,500.
CLOSES = pd.Series(
    [47_000.0, 47_500, 48_000, 48_200, 48_800, 49_100, 48_500, 48_900, 49_200, 49_400]
)
HIGHS = CLOSES * 1.01
HIGHS.iloc[6] = 52_000.0


def _market() -> Market:
    close = pd.Series(CLOSES.to_numpy(), index=DAYS)
    frame = pd.DataFrame({"low": close * 0.99, "high": HIGHS.to_numpy()}, index=DAYS)
    return Market({"btc": close}, ranges={"btc": frame})


def test_a_level_fallen_through_is_graded_as_the_level() -> None:
    text = "Bitcoin slid below $50,000 as sellers took over."
    checked = check_claims(extract_claims(text), DAYS[8], _market())
    level = [c for c in checked if c.claim.kind == "level"]
    assert [c.claim.qualifiers for c in level] == [("crossed_down",)]
    assert [c.status for c in level] == ["confirmed"]  # the close stood below $50,000


def test_a_level_it_never_fell_through_is_still_contradicted_when_it_does_not_hold() -> None:
    text = "Bitcoin slid below $45,000 as sellers took over."
    checked = check_claims(extract_claims(text), DAYS[8], _market())
    assert [c.status for c in checked if c.claim.kind == "level"] == ["contradicted"]


def test_the_crossing_counts_a_high_above_the_level_within_the_session() -> None:
    c = Claim(0, "level", "btc", "below $50,000", "below", 50_000.0, qualifiers=("crossed_down",))
    market = _market()
    below = market.close("btc") <= 50_000.0
    through = crossed_down_days(c, market, below)
    assert not through.iloc[:6].any()  # never above before the seventh day's high
    assert through.iloc[6:].all()  # from the day it traded through, for the week after
    closes_only = Market({"btc": market.close("btc")})
    assert not crossed_down_days(c, closes_only, below).any()  # no range: closes alone


def _index(closes: list[float]) -> Market:
    return Market({"spx": pd.Series(closes, index=pd.bdate_range("2026-03-02", periods=5))})


@pytest.mark.parametrize(
    ("closes", "status"),
    [
        ([5_880.0, 5_905.0, 5_930.0, 5_960.0, 5_978.0], "inconclusive"),  # 0.4% short
        ([5_700.0, 5_720.0, 5_750.0, 5_760.0, 5_790.0], "contradicted"),  # 3.5% short
        ([5_900.0, 5_950.0, 5_960.0, 5_980.0, 6_030.0], "confirmed"),  # closed above on Friday
    ],
)
def test_a_first_touch_a_close_only_series_cannot_show_is_inconclusive(
    closes: list[float], status: str
) -> None:
    text = "The S&P 500 traded above 6,000 for the first time on Friday."
    checked = check_claims(extract_claims(text), pd.Timestamp("2026-03-06"), _index(closes))
    assert [c.status for c in checked if c.claim.kind == "record"] == [status]


def test_a_first_touch_a_close_only_series_cannot_show_dates_the_near_closes_too() -> None:
    days = pd.bdate_range("2026-03-02", periods=8)
    closes = [5_800.0, 5_900.0, 5_960.0, 5_950.0, 5_980.0, 5_990.0, 6_010.0, 6_020.0]
    c = Claim(0, "level", "spx", "first time", "first:above", 6_000.0)
    held = first_days(c, Market({"spx": pd.Series(closes, index=days)}))
    # closes within 1% of 6,000 from the third day; the first close above it on the seventh
    assert held.astype(int).tolist() == [0, 0, 1, 1, 1, 1, 1, 0]
    ranged = Market(
        {"spx": pd.Series(closes, index=days)},
        ranges={"spx": pd.DataFrame({"low": closes, "high": closes}, index=days)},
    )
    assert first_days(c, ranged).astype(int).tolist() == [0, 0, 0, 0, 0, 1, 1, 0]
