"""A trading band told as a price pair before a range noun ("trading in the $2,300-$2,350
range"): both bounds are levels of that time, as "between $X and $Y" (hand-written
phrasings, round 28)."""

from __future__ import annotations

import pytest

from tests.claims.extracted import levels


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "As of May 6, ether is finding it hard to bounce, trading in the $2,300-$2,350 range.",
            [("eth", 2300.0), ("eth", 2350.0)],
        ),
        (
            "Gold was stuck in a $3,300\u2013$3,350 band on Tuesday.",
            [("gold", 3300.0), ("gold", 3350.0)],
        ),
        ("The dollar index held in a 98.2-98.9 range on Monday.", [("dxy", 98.2), ("dxy", 98.9)]),
    ],
)
def test_a_band_gives_both_bounds(text: str, expected: list[tuple[str, float]]) -> None:
    assert levels(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Analysts see gold in the $3,300-$3,500 range by year end.",  # a forecast
        "Silver has mostly held in the $36-$38 range since June.",  # a span, not a day
        "Bitcoin has traded in the $60,000-$70,000 range for months.",
    ],
)
def test_a_forecast_or_a_span_band_gives_no_level(text: str) -> None:
    assert levels(text) == []
