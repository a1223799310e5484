"""A target range a Fed decision sets ("cut rates to a range of 3.75%-4.00%") takes effect
the day after the decision: on the decision day the effective rate still sits in the old
range, so the new one is graded on the next day's rate too."""

from __future__ import annotations

import pandas as pd
import pytest

from leadwatch.claims import extract_claims
from leadwatch.claims.check import check_claims
from leadwatch.claims.market import Market

_DAY = pd.Timestamp("2025-10-29")  # a decision day: 4.12 that day, 3.87 from the next


def _market() -> Market:
    days = pd.date_range("2025-10-01", "2025-11-05")
    rate = pd.Series([4.12 if d <= _DAY else 3.87 for d in days], index=days)
    return Market({"fed_funds": rate})


def _ranges(text: str) -> list[tuple[str | None, str]]:
    checked = check_claims(extract_claims(text), _DAY, _market())
    return [(c.claim.op, c.status) for c in checked if c.claim.kind == "level"]


@pytest.mark.parametrize(
    "text",
    [
        "The Fed cut rates by a quarter point to a range of 3.75%-4.00% on Wednesday.",
        "The Federal Reserve lowered its target range to 3.75% to 4.00%.",
    ],
)
def test_a_range_a_decision_sets_holds_from_the_next_day(text: str) -> None:
    assert _ranges(text) == [("above", "confirmed"), ("below", "confirmed")]


def test_a_range_the_next_day_misses_is_contradicted() -> None:
    text = "The Fed cut rates by half a point to a range of 3.25%-3.50% on Wednesday."
    assert ("below", "contradicted") in _ranges(text)


def test_a_range_held_is_graded_on_its_day_only() -> None:
    text = "The Fed held rates at 3.75%-4.00% on Wednesday."
    assert _ranges(text) == [("above", "confirmed"), ("below", "contradicted")]


@pytest.mark.parametrize(
    "text",
    [
        "The Fed cut rates by a quarter point on Wednesday.",
        "The Fed raised rates by half a percentage point on Wednesday.",
        "The Fed cut rates by a quarter of a percentage point on Wednesday.",
    ],
)
def test_a_fraction_of_a_point_is_no_percentage(text: str) -> None:
    got = [(c.kind, c.pct, c.qualifiers) for c in extract_claims(text).claims]
    assert [kind for kind, _, _ in got] == ["move"]
    assert got[0][1] in (25.0, 50.0) and "bp" in got[0][2]
