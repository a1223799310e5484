"""A level crossed for the Nth time in a week or a month ("through the $40 level for a second
time in a week") is a record high at that level, first reached within that span; "for the
second time since 2020" is no such claim."""

from __future__ import annotations

import pandas as pd
import pytest

from leadwatch.claims import extract_claims
from leadwatch.claims.check import check_claims
from leadwatch.claims.market import Market

DAY = pd.Timestamp("2025-06-20")


def _market(first: str) -> Market:
    days = pd.bdate_range("2024-06-03", DAY)
    close = pd.Series(38.0, index=days)
    close.loc[first] = 41.0  # first above $40 that day
    close.loc[DAY] = 40.6
    return Market({"silver": close})


def _records(text: str, first: str) -> list[tuple[float | None, str]]:
    checked = check_claims(extract_claims(text), DAY, _market(first))
    return [(c.claim.level, c.status) for c in checked if "within:7" in c.claim.qualifiers]


@pytest.mark.parametrize(
    "text",
    [
        "Silver jumped through the $40 level for a second time in a week.",
        "Silver rose above $40 an ounce for the second time in a week, dealers said.",
    ],
)
@pytest.mark.parametrize(
    ("first", "status"), [("2025-06-16", "confirmed"), ("2025-01-15", "contradicted")]
)
def test_an_nth_crossing_is_a_record_first_reached_in_its_span(
    text: str, first: str, status: str
) -> None:
    assert _records(text, first) == [(40.0, status)]


def test_a_month_span_and_a_since_span() -> None:
    ex = extract_claims("Silver climbed above $40 for the third time this month.")
    assert [c.qualifiers for c in ex.claims if c.kind == "record"] == [("first_ever", "within:31")]
    ex = extract_claims("Silver climbed above $40 for the second time since 2020.")
    assert not [c for c in ex.claims if "first_ever" in c.qualifiers]
