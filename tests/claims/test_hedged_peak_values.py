"""A top's value stated with any hedge ("its all-time high of approximately $109,000",
"circa $49", "~$4,800") is the record's value, not a price of the day."""

from __future__ import annotations

import pytest

from leadwatch.claims.extract import extract_claims


def _kinds(text: str) -> list[tuple[str, str | None, float | None]]:
    return [(c.kind, c.window, c.level) for c in extract_claims(text).claims if c.level]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Bitcoin has dropped some 40% from its all-time high of approximately $109,000.", 109e3),
        ("Silver trades 20% below its record high of circa $49.", 49.0),
        ("Ether sits 30% under its all-time high of ~$4,800.", 4800.0),
    ],
)
def test_hedged_peak_value_is_the_record(text: str, value: float) -> None:
    assert _kinds(text) == [("record", "ever", value)]


def test_a_price_reached_stays_a_level() -> None:
    assert _kinds("Bitcoin rose to approximately $109,000 on Monday.") == [
        ("level", None, 109000.0)
    ]
