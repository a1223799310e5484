"""A move "for the month" in a sentence whose time is a named month is that month's."""

from __future__ import annotations

import pytest

from leadwatch.claims.extract import extract_claims


@pytest.mark.parametrize(
    ("text", "when", "window"),
    [
        (
            "Copper led the base metals in May, opening at $4.10 and ending up 6.2% for the month.",
            ("month", (0, 5)),
            None,
        ),
        ("In October, platinum climbed 3.9% for the month.", ("month", (0, 10)), None),
        # no month of its own: the month to date stands
        ("Platinum climbed 3.9% for the month after a dull spell.", None, "calmonth:now"),
    ],
)
def test_own_month(text: str, when: object, window: str | None) -> None:
    moves = [c for c in extract_claims(text).claims if c.pct is not None]
    assert [(c.when, c.window) for c in moves] == [(when, window)]
