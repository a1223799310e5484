"""A past top told with a bound on its value and a distance from it ("25% lower than its
August peak above $118,000", "6% off its March high near $3,500"): the top is a record
of that month with its value, and the distance a move from it (hand-written phrasings,
round 28)."""

from __future__ import annotations

import pytest

from leadwatch.claims import extract_claims


def _claims(text: str) -> set[tuple[str, str | None, float | None, str | None]]:
    out = set()
    for c in extract_claims(text).claims:
        out.add((c.kind, c.asset, c.level if c.kind != "percent" else c.pct, c.window))
    return out


@pytest.mark.parametrize(
    ("text", "record"),
    [
        (
            "Bitcoin now trades almost 25% lower than its August peak above $118,000.",
            ("record", "btc", 118000.0, "peak:above"),
        ),
        ("Gold is 6% off its March high near $3,500.", ("record", "gold", 3500.0, "peak:at")),
        (
            "Ether trades 30% lower than its May peak of $4,100.",
            ("record", "eth", 4100.0, "peak:at"),
        ),
    ],
)
def test_a_bounded_top_of_a_month_is_its_record(
    text: str, record: tuple[str, str, float, str]
) -> None:
    assert record in _claims(text)


@pytest.mark.parametrize(
    ("text", "move"),
    [
        ("Silver is 40% higher than its March low.", ("percent", "silver", 40.0, "low:in:March")),
        (
            "Ether trades 30% lower than its May peak of $4,100.",
            ("percent", "eth", 30.0, "peak:in:May"),
        ),
    ],
)
def test_lower_or_higher_than_an_extreme_is_a_move_from_it(
    text: str, move: tuple[str, str, float, str]
) -> None:
    assert move in _claims(text)


def test_a_high_above_a_price_in_a_month_stays_a_level_of_that_month() -> None:
    found = _claims("Gold hit a high above $3,500 in March.")
    assert ("level", "gold", 3500.0, "ext:high:mon:3:0:") in found
    assert not [c for c in found if c[0] == "record"]
