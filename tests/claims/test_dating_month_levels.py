"""A price placed in a month named without a day dates the article after such a month."""

from __future__ import annotations

import pandas as pd
import pytest

from leadwatch.claims.anchored import in_named_month, month_claim_days, year_anchors
from leadwatch.claims.dating import claim_days
from leadwatch.claims.extract import extract_claims
from leadwatch.claims.market import Market

DAYS = pd.bdate_range("2024-09-02", "2025-12-31")
PRICES = pd.Series(100.0, index=DAYS)
PRICES["2024-10-14":"2024-10-18"] = 150.0  # a spike in October 2024 only


def _held(text: str) -> pd.Series:
    claims = year_anchors(extract_claims(text))
    assert len(claims) == 1 and in_named_month(claims[0])
    calendar = pd.date_range("2024-09-01", "2025-12-31")
    return month_claim_days(claims[0], Market({"silver": PRICES}), calendar)


@pytest.mark.parametrize(
    "text",
    [
        "Silver, which touched $150 in October, has since slid back.",
        "The metal hit $150 in October 2024 before sliding.",
    ],
)
def test_a_price_of_a_named_month_holds_after_that_month(text: str) -> None:
    held = _held(text)
    assert held["2024-10-20"] and held["2025-02-10"] and held["2025-09-30"]
    assert not held["2024-09-20"] and not held["2024-10-10"]


def test_a_yearless_month_moves_on_a_year_later() -> None:
    held = _held("Silver, which touched $150 in October, has since slid back.")
    assert not held["2025-10-20"]  # the last October is now 2025, which never saw $150


def test_a_price_of_the_day_is_no_month_anchor() -> None:
    assert not year_anchors(extract_claims("Silver traded at $150 on Tuesday."))


def test_a_bound_on_a_yearless_day_anchors_the_year() -> None:
    """'closed above $140 on October 16' holds in the years whose last 16 October saw it:
    a bound ("above", "below") tied to a named day dates the year as a quoted price does."""
    text = "On Wednesday, October 16, the price of silver had closed above $140."
    claims = year_anchors(extract_claims(text))
    assert [(c.op, c.when) for c in claims] == [("above", ("date", (10, 16)))]
    calendar = pd.date_range("2024-09-01", "2025-12-31")
    held = claim_days(claims[0], Market({"silver": PRICES}), calendar)
    assert held["2024-10-20"] and held["2025-03-03"]
    assert not held["2024-10-10"] and not held["2025-10-20"]  # before it; the next October's
