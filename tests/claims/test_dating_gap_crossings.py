"""A level crossed "for the first time in six months" dates the article to the crossing
that ends such a gap, not to a later, deeper low (which a "six-month low" would also be);
a fix that stayed a hair above the level on the day still counts."""

from __future__ import annotations

import pandas as pd

from leadwatch.claims import extract_claims
from leadwatch.claims.dating import infer_date
from leadwatch.claims.market import Market

_DAYS = pd.bdate_range("2025-01-01", "2025-11-28")
_FIRST, _DEEPER = pd.Timestamp("2025-11-04"), pd.Timestamp("2025-11-14")


def _btc() -> Market:
    close = pd.Series(110_000.0, index=_DAYS)
    close.loc["2025-03-03":"2025-03-04"] = 98_000.0  # below eight months before
    close.loc["2025-04-07":"2025-04-09"] = 97_000.0  # and seven
    close.loc[_FIRST:] = 99_500.0  # the gap ends here
    close.loc["2025-11-10":] = 101_000.0
    close.loc[_DEEPER:] = 95_000.0  # lower still, but no first
    return Market({"btc": close})


def test_the_first_crossing_in_months_dates_the_article() -> None:
    text = "Bitcoin dropped under $105,000 for the first time in six months."
    assert infer_date(extract_claims(text), _btc()).date == _FIRST


def test_a_fix_a_hair_above_the_level_still_crosses() -> None:
    days = pd.bdate_range("2025-01-01", "2026-06-30")
    fix = pd.Series(4_300.0, index=days)
    fix.loc["2025-06-02":"2025-06-04"] = 3_980.0  # below a year before
    crossed = pd.Timestamp("2026-06-24")
    fix.loc[crossed:] = 4_024.0  # spot dipped under $4,000; the fix stayed 0.6% above
    text = "Spot gold slid under $4,000 for the first time in seven months."
    dated = infer_date(extract_claims(text), Market({"gold": fix})).date
    assert dated in (crossed - pd.offsets.BDay(1), crossed)  # a fix: the day before counts
