"""A record said to be near ("near its highest in eight months", "hovering near record
highs", "approaching a two-year low") holds close to a record on many days, not one set
that day: it is no evidence of the date (still a claim); a record reached stays one."""

from __future__ import annotations

import pytest

from leadwatch.claims import extract_claims
from leadwatch.claims.datingclaims import dating_claims


def _records(text: str) -> tuple[int, int]:
    ex = extract_claims(text)
    said = [c for c in ex.claims if c.kind == "record"]
    return len(said), len([c for c in dating_claims(ex) if c.kind == "record"])


@pytest.mark.parametrize(
    "text",
    [
        "The dollar firmed on Thursday, near its highest levels in eight months.",
        "Silver was hovering near record highs on Thursday.",
        "The dollar index is approaching a two-year low on Thursday.",
    ],
)
def test_a_near_record_dates_nothing(text: str) -> None:
    assert _records(text) == (1, 0)


@pytest.mark.parametrize(
    "text",
    [
        "The dollar reached its highest level in eight months on Thursday.",
        "Silver closed at a record high on Thursday.",
    ],
)
def test_a_record_reached_dates(text: str) -> None:
    assert _records(text) == (1, 1)
