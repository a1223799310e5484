"""A level said of the start of a year ("at the start of the year", "At the beginning of
2025,"), fronted or trailing, is graded around that year's first days, not on the article's
day; a window from the year's start ("since the start of the year") stays a window."""

from __future__ import annotations

import pandas as pd
import pytest

from leadwatch.claims import extract_claims
from leadwatch.claims.check import check_claims
from leadwatch.claims.market import Market


def _silver() -> Market:
    """Silver at 29 to February 2025, 36 from March and 39 from July."""
    close = pd.Series(29.0, index=pd.bdate_range("2024-10-01", "2025-07-14"))
    close.loc["2025-03-01":] = 36.0
    close.loc["2025-07-01":] = 39.0
    return Market({"silver": close})


@pytest.mark.parametrize(
    ("text", "when", "status"),
    [
        (
            "Platinum aside, silver changed hands near $29 at the start of the year.",
            ("year_start", 0),
            "confirmed",
        ),
        (
            "At the beginning of 2025, silver was priced around $29.",
            ("year_start", 2025),
            "confirmed",
        ),
        (
            "Silver sat close to $36 at the beginning of the year.",
            ("year_start", 0),
            "contradicted",
        ),
    ],
)
def test_a_level_of_the_year_start(text: str, when: tuple[str, int], status: str) -> None:
    checked = check_claims(extract_claims(text), pd.Timestamp("2025-07-14"), _silver())
    levels = [c for c in checked if c.claim.kind == "level"]
    assert [(c.claim.when, c.status) for c in levels] == [(when, status)], checked


def test_a_window_from_the_year_start_stays_a_window() -> None:
    ex = extract_claims("Silver has climbed 30% since the start of the year.")
    assert [(c.window, c.when) for c in ex.claims] == [("ytd", None)]
