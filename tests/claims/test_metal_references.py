""" "That metal", "this metal" stand for the last metal named, as "the metal" does."""

from __future__ import annotations

import pytest

from tests.claims.extracted import moves


@pytest.mark.parametrize(
    ("text", "asset"),
    [
        ("Gold rose 1%, and silver jumped. That metal climbed 2% to $69 an ounce.", "silver"),
        ("Silver slipped, while gold rallied. This metal is up 60% this year.", "gold"),
        ("Gold fell 1% on Monday. The metal is down 5% this week.", "gold"),
    ],
)
def test_a_demonstrative_metal_is_the_last_metal_named(text: str, asset: str) -> None:
    assert moves(text)[-1][0] == asset


def test_a_metal_heavy_index_is_no_metal() -> None:
    assert moves("Silver rose 3%. That metal-heavy index fell 2%.") == [("silver", "up", 3.0)]
