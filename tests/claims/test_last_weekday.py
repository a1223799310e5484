"""A weekday said with "last", "previous" or "prior" is one of the week before the article's:
its figures are graded there and date the article from there."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from leadwatch.claims import extract_claims
from leadwatch.claims.check import check_claims
from leadwatch.claims.dating import claim_days
from leadwatch.claims.market import Market

#: How dealers, wires and weekly notes quote a close of the week before (Friday 2025-10-10).
SAID = [
    "Last Friday gold closed at $3,120.",
    "Gold settled at $3,120 last Friday.",
    "On the previous Friday, gold ended at $3,120.",
    "Gold finished the prior Friday at $3,120 an ounce.",
    "Gold ended last Friday at $3,120.",
]


def _gold() -> Market:
    # $3,000 every day but Friday 2025-10-10, which closed at $3,120
    days = pd.bdate_range("2025-09-01", "2025-10-31")
    return Market({"gold": pd.Series(np.where(days == "2025-10-10", 3120.0, 3000.0), index=days)})


@pytest.mark.parametrize("said", SAID)
def test_last_friday_said_on_a_friday_is_the_week_before(said: str) -> None:
    ex = extract_claims(said)
    levels = [c for c in ex.claims if c.kind == "level"]
    assert levels and all("last_week" in c.qualifiers for c in levels), ex.claims
    checked = check_claims(ex, pd.Timestamp("2025-10-17"), _gold())
    assert [c.status for c in checked if c.claim.kind == "level"] == ["confirmed"], checked


@pytest.mark.parametrize("said", SAID)
def test_last_friday_dates_the_week_after_it(said: str) -> None:
    ex = extract_claims(said)
    level = next(c for c in ex.claims if c.kind == "level")
    calendar = pd.bdate_range("2025-10-06", "2025-10-24")
    held = claim_days(level, _gold(), calendar)
    on = [str(d.date()) for d in calendar[held.to_numpy()]]
    assert on == ["2025-10-13", "2025-10-14", "2025-10-15", "2025-10-16", "2025-10-17"]


@pytest.mark.parametrize(
    "said",
    [
        "Gold rose 1% on Monday, extending last Friday's gain.",
        "On Friday gold closed at $3,120, after last Friday's slide.",
        "Gold closed at $3,120 on Friday.",
    ],
)
def test_a_bare_weekday_stays_this_weeks(said: str) -> None:
    ex = extract_claims(said)
    dated = [c for c in ex.claims if c.when is not None and c.when[0] == "weekday"]
    assert dated and not any("last_week" in c.qualifiers for c in dated), ex.claims
