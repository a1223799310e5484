"""A price said to be level with a past day ("right back where it stood on March 4",
"much the same level as on Jan. 9") is a comparison with that day's close, within 2%."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from leadwatch.claims import extract_claims
from leadwatch.claims.check import check_claims
from leadwatch.claims.market import Market


def _comparisons(text: str) -> list[tuple[str | None, str | None, str | None]]:
    found = extract_claims(text).claims
    return [(c.asset, c.op, c.window) for c in found if c.kind == "comparison"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Silver settled at $70.10 on Friday, right back where it stood on March 4.",
            ("silver", "at", "ref:March 4"),
        ),
        (
            "Gold finished the week near $4,100, roughly where it traded on February 20th.",
            ("gold", "at", "ref:February 20"),
        ),
        ("Ether is now roughly at the same level as on Jan. 9.", ("eth", "at", "ref:Jan. 9")),
    ],
)
def test_level_with_a_past_day(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _comparisons(text)


def test_where_it_was_in_a_month_is_no_day_comparison() -> None:
    assert _comparisons("Bitcoin returned to where it traded in early March.") == []


def _market() -> Market:
    days = pd.bdate_range("2025-03-03", "2025-03-31")
    values = np.r_[np.full(5, 100.0), np.linspace(100.0, 130.0, len(days) - 5)]
    return Market({"eth": pd.Series(values, index=days)})


@pytest.mark.parametrize(
    ("day", "status"),
    [("2025-03-07", "confirmed"), ("2025-03-31", "contradicted")],
)
def test_graded_against_that_days_close(day: str, status: str) -> None:
    text = "Ether sits back where it stood on March 3."
    checked = check_claims(extract_claims(text), pd.Timestamp(day), _market())
    assert [c.status for c in checked if c.claim.kind == "comparison"] == [status]
