"""A run that lifted or boosted an asset's prices "by" a percentage is that asset's gain over
the window named with it."""

from __future__ import annotations

import pytest

from leadwatch.claims.extract import extract_claims


@pytest.mark.parametrize(
    ("text", "asset", "size", "window"),
    [
        (
            "Gold slipped 1%. The metal's steady climb has lifted prices by over 40% in 2024.",
            "gold",
            40.0,
            "cal:2024",
        ),
        ("Platinum's rally has boosted its price by 35% this year.", "platinum", 35.0, "ytd"),
    ],
)
def test_lifted_prices_is_a_gain(text: str, asset: str, size: float, window: str) -> None:
    got = [(c.asset, c.op, c.pct, c.window) for c in extract_claims(text).claims]
    assert (asset, "up", size, window) in got


def test_prices_of_something_else_are_no_move() -> None:
    got = extract_claims("Rate worries lifted prices for home buyers by 3%.").claims
    assert not [c for c in got if c.kind == "percent" and c.op is not None]
