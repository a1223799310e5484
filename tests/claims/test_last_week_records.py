"""A record set in the week before the article's ("peaked late last week at its best level
since October", "hit a 10-month low late last week"): graded on every
session from the Monday of the week before to the article day, not only on the article
day and the session before it."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from leadwatch.claims import extract_claims
from leadwatch.claims.check import check_claims
from leadwatch.claims.market import Market

_DAYS = pd.bdate_range("2024-06-03", "2025-03-11")  # the article: Tuesday 11 March 2025


def _series(peak: float) -> pd.Series:
    """Calm at 30 with tops of 34 in early October and 32 in January, ``peak`` on Friday
    7 March, then back to 29.5."""
    values = np.full(len(_DAYS), 30.0)
    values[(_DAYS >= "2024-10-01") & (_DAYS <= "2024-10-04")] = 34.0
    values[(_DAYS >= "2025-01-06") & (_DAYS <= "2025-01-10")] = 32.0
    s = pd.Series(values, index=_DAYS)
    s.loc["2025-03-07"] = peak
    s.loc["2025-03-10":] = 29.5
    return s


def _status(text: str, series: pd.Series, asset: str = "silver") -> list[str]:
    checked = check_claims(extract_claims(text), _DAYS[-1], Market({asset: series}))
    return [c.status for c in checked if c.claim.kind == "record"]


@pytest.mark.parametrize(
    "text",
    [
        "Silver briefly got past $33 as last week ended, its highest since October.",
        "Silver climbed to its highest level since October last week, dealers said.",
        "SILVER: late last week the metal rose to its strongest level since October.",
        "Silver touched prices last seen in October during the previous week.",
        "Last week silver hit a five-month high.",
        "Silver posted a 5-month high late in the prior week.",
    ],
)
def test_a_record_of_last_week_is_graded_on_that_week(text: str) -> None:
    assert _status(text, _series(33.0)) == ["confirmed"]
    assert _status(text, _series(30.0)) == ["contradicted"]  # no top that week


@pytest.mark.parametrize(
    "text",
    [
        "Silver climbed to its highest level since October.",  # today's: 31 is no record
        "After a drop last week, silver rose to its highest since October.",  # opening clause
    ],
)
def test_a_record_of_now_stays_on_the_article_day(text: str) -> None:
    assert _status(text, _series(33.0)) == ["contradicted"]
