"""A price named as a level, mark or threshold after a crossing verb ("surpassing the price
levels of $4,400", "broke through the psychological level of $100,000") keeps the verb's
side, not a plain "at"."""

from __future__ import annotations

import pytest

from leadwatch.claims import extract_claims


def _ops(text: str) -> list[tuple[str | None, str | None, float | None]]:
    return [(c.asset, c.op, c.level) for c in extract_claims(text).claims if c.kind == "level"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # crypto news
            "Gold climbed further, surpassing the price levels of $4,400.",
            ("gold", "break", 4400.0),
        ),
        (  # wire
            "Bitcoin broke through the psychological level of $100,000.",
            ("btc", "break", 100000.0),
        ),
        ("Silver topped the key threshold of $50.", ("silver", "break", 50.0)),  # bank note
        ("Gold fell below the level of $4,000.", ("gold", "below", 4000.0)),  # regional paper
        ("Ether crossed the mark of $3,000 on Monday.", ("eth", "break", 3000.0)),  # data feed
    ],
)
def test_named_level_keeps_the_side(text: str, expected: tuple[str, str, float]) -> None:
    assert _ops(text) == [expected]
