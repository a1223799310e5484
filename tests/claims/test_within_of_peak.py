"""A distance from the record told as a bound ("within 2% of its all-time highs", "less
than 1% away from its June record high"): a comparison with the peak that holds for any
distance up to the stated size; a plain size ("5% below its record") keeps its tolerance."""

from __future__ import annotations

import pandas as pd
import pytest

from leadwatch.claims import extract_claims
from leadwatch.claims.check import check_claims
from leadwatch.claims.market import Market

DAYS = pd.bdate_range("2025-03-03", periods=10)


def _market(last: float) -> Market:
    """A series peaking at 200 and closing at ``last`` on the last two days."""
    closes = pd.Series([150.0, 170.0, 200.0, 190.0, 185.0, 180.0, 182.0, 181.0, last, last])
    return Market({"gold": closes.set_axis(DAYS)}, {})


def _comparisons(text: str, last: float) -> list[str]:
    ex = extract_claims(text)
    checked = check_claims(ex, DAYS[-1], _market(last))
    return [c.status for c in checked if c.claim.kind == "comparison"]


@pytest.mark.parametrize(
    "text",
    [
        "Gold held firm, within 3% of its all-time highs.",
        "Gold sat less than 3% away from its February record high.",
        "Gold is now no more than 3 percent below its record.",
    ],
)
@pytest.mark.parametrize(
    ("last", "status"), [(199.0, "confirmed"), (194.5, "confirmed"), (170.0, "contradicted")]
)
def test_a_bound_from_the_peak_holds_up_to_its_size(text: str, last: float, status: str) -> None:
    assert _comparisons(text, last) == [status]


def test_a_bound_from_the_peak_is_no_record_today() -> None:
    claims = extract_claims("Gold sat less than 3% away from its February record high.").claims
    assert [c.kind for c in claims] == ["comparison"]


def test_a_plain_size_keeps_its_tolerance() -> None:
    assert _comparisons("Gold is 10% below its all-time high.", 199.0) == ["contradicted"]
