"""A move named as a noun whose asset is the object of the verb ("The 6% drop pushed the
flagship cryptocurrency to ...") is that asset's move, in the noun's direction."""

from __future__ import annotations

import pytest

from leadwatch.claims import extract_claims


def _moves(text: str) -> list[tuple[str | None, str | None, float | None, str | None]]:
    return [(c.asset, c.op, c.pct, c.window) for c in extract_claims(text).claims if c.pct]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # crypto blog: a nickname as the object, a 24-hour window
            "A 7% fall over 24 hours drove the flagship cryptocurrency down to $81,000.",
            ("btc", "down", 7.0, "day"),
        ),
        ("A 3% slide on Tuesday sent gold below $4,000.", ("gold", "down", 3.0, "day")),
        ("The 5% rally this week lifted silver to $52.", ("silver", "up", 5.0, "wtd")),
        (  # possessive day, "took ... back above"
            "Tuesday's 2% jump took bitcoin back above $100,000.",
            ("btc", "up", 2.0, None),
        ),
        ("A sharp 4% selloff dragged ether under $2,000.", ("eth", "down", 4.0, None)),
        ("The 1.5% gain left the S&P 500 at a record.", ("spx", "up", 1.5, None)),
    ],
)
def test_a_noun_move_is_the_objects_move(
    text: str, expected: tuple[str, str, float, str | None]
) -> None:
    assert _moves(text) == [expected]


def test_a_named_subject_keeps_its_move() -> None:
    """The verb's object is no asset: the figure stays the subject's."""
    assert _moves("Gold's 3% drop sent miners lower.") == [("gold", "down", 3.0, None)]
