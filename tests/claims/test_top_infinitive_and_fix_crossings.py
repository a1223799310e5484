""" "Rose 3% to (briefly) top $34" crosses $34; a level crossed by the spot on a day whose
London fix the day before sat on the level (within the basis) is still a crossing."""

from __future__ import annotations

import pandas as pd
import pytest

from leadwatch.claims import extract_claims
from leadwatch.claims.check import check_claims
from leadwatch.claims.market import Market


def _ops(text: str) -> list[tuple[str | None, str | None, float | None]]:
    return [(c.asset, c.op, c.level) for c in extract_claims(text).claims if c.kind == "level"]


@pytest.mark.parametrize(
    "text",
    [
        "Silver rose 3% on Tuesday to top $34 an ounce.",
        "Silver futures gained over 3% to briefly top $34 per ounce.",
    ],
)
def test_to_top_a_price_is_a_crossing(text: str) -> None:
    assert _ops(text) == [("silver", "break", 34.0)]


@pytest.mark.parametrize(
    "text",
    [
        "Silver is near the top $34 band of its range.",
        "Bulls hope silver can manage to top the range soon.",
    ],
)
def test_top_as_a_noun_or_without_a_price_is_no_crossing(text: str) -> None:
    assert all(op != "break" for _, op, _ in _ops(text))


def _market(prior_fix: float) -> Market:
    days = pd.bdate_range("2024-10-17", "2024-10-22")
    fix = pd.Series([31.8, 32.1, prior_fix, 34.4], index=days)
    futures = pd.DataFrame(
        {"low": [31.5, 33.0, 33.8, 34.4], "high": [31.9, 33.7, 33.95, 34.8]}, index=days
    )
    return Market({"silver": fix}, {"silver": futures})


@pytest.mark.parametrize(("prior_fix", "status"), [(34.0, "confirmed"), (34.6, "contradicted")])
def test_a_fix_on_the_level_the_day_before_does_not_undo_a_crossing(
    prior_fix: float, status: str
) -> None:
    text = "Silver topped $34 an ounce on Tuesday."
    checked = check_claims(extract_claims(text), pd.Timestamp("2024-10-22"), _market(prior_fix))
    assert [c.status for c in checked if c.claim.kind == "level"] == [status]
