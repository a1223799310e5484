"""A time said of a later extreme ("..., down 30% since the record high in May") is the
extreme's, not the level's: the level keeps no date of its own (round 33)."""

from __future__ import annotations

import pytest

from leadwatch.claims import extract_claims


def _whens(text: str) -> list[object]:
    return [c.when for c in extract_claims(text).claims if c.kind == "level"]


@pytest.mark.parametrize(
    "text",
    [
        "Solana aside, bitcoin below $71,000, down roughly 30% since the all-time high in March.",
        "Gold traded at $2,310, about 6% off its record peak in April.",
        "Ether held near $2,450, down 45% from its cycle high in November.",
    ],
)
def test_a_later_extreme_s_month_is_not_the_level_s(text: str) -> None:
    assert _whens(text) == [None]


def test_a_level_s_own_month_stays() -> None:
    text = "Gold traded at $2,310 in June, about 6% off its record peak in April."
    assert _whens(text) == [("month", (0, 6))]
