"""A move told with a bare "since" after the price a month or the year started at ("began
March at $34 but has since lost $5") runs from that start; a dollar loss "in value" beside a
higher price is the price's."""

from __future__ import annotations

import pytest

from leadwatch.claims import extract_claims


def _moves(text: str) -> list[tuple[str | None, float | None, str | None]]:
    return [
        (c.op, c.pct, c.window)
        for c in extract_claims(text).claims
        if c.kind in ("move", "percent") and c.pct is not None
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Silver began March at $34 but has since lost more than $5 in value.",
            ("down", 5.0, "since:the start of March"),
        ),
        ("Silver opened the year at $30 and has gained 12% since.", ("up", 12.0, "ytd")),
        ("Silver started the month at $34 and has since shed 3%.", ("down", 3.0, "mtd")),
    ],
)
def test_a_move_since_a_periods_starting_price(text: str, expected: tuple[str, float, str]) -> None:
    assert _moves(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Silver began March at $34; it rose 2% today.", [("up", 2.0, "day")]),  # no "since"
        ("Silver started the week at $34 and has since shed 3%.", [("down", 3.0, None)]),
        ("Bitcoin lost $200 in value as miners sold.", []),  # no price beside it
    ],
)
def test_other_moves_keep_their_window(text: str, expected: list[tuple[str, float, str]]) -> None:
    assert _moves(text) == expected
