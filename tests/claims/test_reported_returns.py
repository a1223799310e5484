"""A period's return stated as a plain figure after a verb that reports it ("silver and
gold recorded 31.2% and 24.8%", "the index posted 12% in 2024") is a gain; a signed figure
or a loss noun keeps its own direction."""

from __future__ import annotations

import pytest

from tests.claims.extracted import moves


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "This year ether lagged while silver and gold recorded 31.2% and 24.8%, respectively.",
            [("silver", "up", 31.2), ("gold", "up", 24.8)],
        ),
        ("The S&P 500 posted 12% in 2024.", [("spx", "up", 12.0)]),
        ("Bitcoin notched about 7% over the week.", [("btc", "up", 7.0)]),
        ("Gold posted -3% over the week.", [("gold", "down", 3.0)]),
        ("Silver posted 4% losses over the week.", [("silver", "down", 4.0)]),
    ],
)
def test_a_reported_return_is_a_move(text: str, expected: list[tuple[str, str, float]]) -> None:
    assert [m for m in moves(text) if m[0] != "eth"] == expected
