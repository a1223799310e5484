"""An exact tie between spells years apart goes to the recent era (hand-written phrasings
of a crypto brief, a metals note and a wire)."""

from __future__ import annotations

import pandas as pd
import pytest

from leadwatch.claims import extract_claims
from leadwatch.claims.dating import infer_date
from leadwatch.claims.datingwords import stale_ties
from leadwatch.claims.market import Market


def _market(asset: str, base: float, peak: float, peaks: list[str]) -> Market:
    days = pd.bdate_range("2020-06-01", "2024-12-31")
    values = pd.Series(base, index=days)
    for day in peaks:  # the same level, reached in spells years apart
        values[pd.bdate_range(day, periods=3)] = peak
    return Market({asset: values})


@pytest.mark.parametrize(
    ("asset", "text", "base", "peak"),
    [
        ("btc", "Bitcoin changed hands at $61,000 after the central bank spoke.", 40_000, 61_000),
        ("silver", "Silver traded at $31 an ounce in London.", 22.0, 31.0),
        ("gold", "Gold stood at $1,900 an ounce as traders waited.", 1_700.0, 1_900.0),
    ],
)
def test_an_exact_tie_years_apart_goes_to_the_recent_spell(
    asset: str, text: str, base: float, peak: float
) -> None:
    market = _market(asset, base, peak, ["2021-10-11", "2024-08-19"])
    d = infer_date(extract_claims(text), market)
    assert d.date.year == 2024
    assert d.how == "tied"


def test_ties_within_a_year_keep_the_earliest() -> None:
    days = pd.to_datetime(["2024-03-01", "2024-08-21", "2024-09-30"])
    fit = pd.Series([0.0, 0.0, 0.2], index=days)
    assert not stale_ties([fit]).any()  # not an older era: the earliest still wins


def test_a_better_fit_years_older_is_not_stale() -> None:
    days = pd.to_datetime(["2021-10-15", "2024-08-21"])
    fit = pd.Series([0.0, 0.01], index=days)
    assert not stale_ties([fit]).any()  # not tied: the closer fit wins, however old
