"""A figureless move told as a noun the asset "saw" ("the yield saw a sharp spike")."""

from __future__ import annotations

import pytest

from leadwatch.claims import extract_claims


def _moves(text: str) -> list[tuple[str | None, str | None, float | None]]:
    return [(c.asset, c.op, c.pct) for c in extract_claims(text).claims if c.kind == "move"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The 10-year yield saw a notable spike on Wednesday.", [("yield_10y", "up", None)]),
        ("Copper suffered a steep, sudden drop in early trade.", [("copper", "down", None)]),
        ("Bitcoin posted another sharp rally overnight.", [("btc", "up", None)]),
    ],
)
def test_a_move_noun_the_asset_saw_is_its_move(
    text: str, expected: list[tuple[str, str, None]]
) -> None:
    assert _moves(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Gold saw a sharp drop in demand from jewellers.",  # the noun's own complement
        "Bitcoin saw a spike in volatility on Tuesday.",
        "Silver saw a rise of interest from collectors.",
        "The dollar experienced a marked decline amid trade worries.",  # no session: a trend
    ],
)
def test_a_move_noun_with_its_own_complement_is_no_price_move(text: str) -> None:
    assert _moves(text) == []
