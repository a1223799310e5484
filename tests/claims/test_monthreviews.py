"""Figureless moves of a named month ("gold rose in September") span that month."""

from __future__ import annotations

import pandas as pd
import pytest

from leadwatch.claims.check import check_claims
from leadwatch.claims.extract import extract_claims
from leadwatch.claims.market import Market

_DAYS = pd.bdate_range("2024-06-03", "2024-10-31")


def _market() -> Market:
    """Gold climbs through August and September, then slips every day of October."""
    up = pd.Series(range(len(_DAYS)), index=_DAYS, dtype=float) + 100.0
    gold = up.where(_DAYS < "2024-10-01", 300.0 - up)
    return Market({"gold": gold, "silver": gold / 50})


@pytest.mark.parametrize(
    "sentence",
    [
        "Gold rose in September.",
        "In September, gold climbed.",
        "Gold advanced during September, and silver gained in September too.",
        "Silver ticked higher in September.",
        "Gold was up in September.",
        "Gold moved higher over September.",
        "Silver climbed during the month of September as well.",
    ],
)
def test_a_named_past_month_is_the_window(sentence: str) -> None:
    results = check_claims(extract_claims(sentence), pd.Timestamp("2024-10-15"), _market())
    moves = [r for r in results if r.claim.kind == "move"]
    assert moves and all(r.status == "confirmed" for r in moves)
    assert all("September 2024" in r.evidence for r in moves)


def test_a_move_without_a_month_is_still_the_session() -> None:
    results = check_claims(extract_claims("Gold rose."), pd.Timestamp("2024-10-15"), _market())
    assert [r.status for r in results if r.claim.kind == "move"] == ["contradicted"]
