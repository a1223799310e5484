"""A bare record told as a first-ever crossing beside the level crossed ("topped $3,100
for the first time in late March") takes that level and is graded on when the asset first
reached it; "for the first time since May" is no first-ever crossing (a threshold record)."""

from __future__ import annotations

import pandas as pd
import pytest

from leadwatch.claims import extract_claims
from leadwatch.claims.check import check_claims
from leadwatch.claims.market import Market

DAY = pd.Timestamp("2025-06-20")


def _market() -> Market:
    days = pd.bdate_range("2024-06-03", DAY)
    close = pd.Series(30.0, index=days)
    close.loc["2025-03-24":] = 33.0  # first above $32 on 2025-03-24
    return Market({"silver": close})


def _records(text: str) -> list[tuple[float | None, str]]:
    checked = check_claims(extract_claims(text), DAY, _market())
    return [(c.claim.level, c.status) for c in checked if c.claim.kind == "record"]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            "Demand picked up in late March, when silver climbed above $32 for the first time.",
            "confirmed",
        ),
        ("In January, silver went past $32 an ounce for the first time.", "contradicted"),
        ("Silver broke through $32 for the first time on Monday, traders said.", "contradicted"),
    ],
)
def test_a_first_crossing_record_takes_its_level(text: str, status: str) -> None:
    assert _records(text) == [(32.0, status)]


def test_a_first_time_since_is_no_first_ever_crossing() -> None:
    ex = extract_claims("Silver topped $32 for the first time since May.")
    records = [c for c in ex.claims if c.kind == "record"]
    assert records
    assert all("first_ever" not in c.qualifiers for c in records)
