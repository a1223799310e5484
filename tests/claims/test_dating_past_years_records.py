"""A record told over "the past N years" ("its lowest in the past three years") is
a relative record of that span, and dates the article like "a three-year low" does."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from leadwatch.claims import extract_claims
from leadwatch.claims.dating import dating_claims, infer_date
from leadwatch.claims.datingclaims import record_span
from leadwatch.claims.market import Market

_DAYS = pd.bdate_range("2019-01-01", "2025-06-30")
_LOW_DAY = pd.Timestamp("2025-04-21")


def _market() -> Market:
    """A dollar index cycling around a slow rise (each trough above the last), with a dip
    three years before the day that the day's dip is the first to undercut since."""
    t = np.arange(len(_DAYS))
    close = pd.Series(103.0 + 0.5 * np.sin(2 * np.pi * t / 60) + 0.001 * t, _DAYS)
    close.loc[_LOW_DAY - pd.DateOffset(years=3)] = 96.5
    close.loc[_LOW_DAY] = 97.0
    return Market({"dxy": close})


@pytest.mark.parametrize(
    "text",
    [
        "The dollar index slid to its lowest in the past three years.",
        "The dollar index fell to a three-year low.",
    ],
)
def test_a_record_over_past_years_dates_the_article(text: str) -> None:
    ex = extract_claims(text)
    records = [c for c in dating_claims(ex) if c.kind == "record"]
    assert [record_span(c) >= 3 * 365 for c in records] == [True]
    assert infer_date(ex, _market()).date == _LOW_DAY
