"""A title that quotes prices and then asks ("Bitcoin at $95,000, ether at $1,800: is the
selloff over?") is a title: the body's own quotes of those assets stand for its figures."""

from __future__ import annotations

import pytest

from leadwatch.claims.extract import extract_claims


def _levels(text: str) -> list[tuple[str | None, float | None]]:
    return [(c.asset, c.level) for c in extract_claims(text).claims if c.kind == "level"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Bitcoin at $95,000, ether at $1,800: is the selloff over?\n"
            "Bitcoin traded near $95,210 on Tuesday, and ether changed hands at $1,812.",
            [("btc", 95210.0), ("eth", 1812.0)],
        ),
        (
            "Gold at $2,400 - what comes next?\nGold traded near $2,410 on Tuesday.",
            [("gold", 2410.0)],
        ),
        # the body quotes no gold price: the title's stays
        (
            "Gold at $2,400: what comes next?\nSilver traded near $29.10 on Tuesday.",
            [("gold", 2400.0), ("silver", 29.1)],
        ),
    ],
)
def test_question_title_repeats_the_body(text: str, want: list[tuple[str, float]]) -> None:
    assert _levels(text) == want
