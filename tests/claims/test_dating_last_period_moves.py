"""A move over the calendar week (month) before the article's ("copper gained 4% last
week", "down 10% last month") holds on the days of the period after one whose change
matches it; a period whose change does not match votes nothing."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from leadwatch.claims import extract_claims
from leadwatch.claims.datingclaims import dating_claims
from leadwatch.claims.datinglastperiods import last_period_move_days
from leadwatch.claims.market import Market


def _copper() -> Market:
    # flat at 4.00, 4.40 from Monday 9 March 2026 (+10% that week), 4.40 after
    days = pd.bdate_range("2026-01-05", "2026-04-30")
    path = np.where(days >= "2026-03-09", 4.40, 4.00)
    return Market({"copper": pd.Series(path, index=days)})


@pytest.mark.parametrize(
    "text",
    [
        "Copper gained 10% last week as smelters cut output.",
        "Copper added 10% last week, traders said.",
        "Last week copper climbed 10%, its best run in a year.",
    ],
)
def test_a_move_of_last_week_dates_the_week_after(text: str) -> None:
    claims = [c for c in dating_claims(extract_claims(text)) if c.window == "calweek:last"]
    assert claims, text
    calendar = pd.date_range("2026-03-09", "2026-03-22")
    held = last_period_move_days(claims[0], _copper(), calendar)
    assert [str(d.date()) for d in calendar[held.to_numpy()]][:3] == [
        "2026-03-14",
        "2026-03-15",
        "2026-03-16",
    ]
    assert held.loc["2026-03-16":"2026-03-20"].all()  # the weekdays of the week after
    assert not held.loc["2026-03-21":].any()  # the week after that one was flat


def test_a_move_of_last_month_dates_the_month_after() -> None:
    claims = [c for c in dating_claims(extract_claims("Copper rose 10% last month.")) if c.window]
    assert claims and claims[0].window == "calmonth:last"
    calendar = pd.date_range("2026-03-25", "2026-05-05")
    held = last_period_move_days(claims[0], _copper(), calendar)
    assert held.loc["2026-04-01":"2026-04-30"].all()
    assert not held.loc[:"2026-03-31"].any() and not held.loc["2026-05-01":].any()
