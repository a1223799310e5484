"""A snapshot row with a bare price after a colon, then its percent change after a slash or
a sign ("BTC: 60,100 / +2.1%"): the price is the asset's level (round 33)."""

from __future__ import annotations

import pytest

from leadwatch.claims import extract_claims


def _levels(text: str) -> list[tuple[str | None, float | None]]:
    return [(c.asset, c.level) for c in extract_claims(text).claims if c.kind == "level"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Weekly moves:\n- BTCUSD: 61,240 / +3.10%\n- ETHUSD: 2,715 / -0.85%",
            [("btc", 61240.0), ("eth", 2715.0)],
        ),
        ("Spot gold: 2,433.20 +0.4%", [("gold", 2433.2)]),
        # negative: two prices after a slash are no price and change
        ("- BTC: 61,240 / 60,880", []),
    ],
)
def test_a_colon_row_price_before_its_change_is_a_level(
    text: str, expected: list[tuple[str, float]]
) -> None:
    assert _levels(text) == expected
