"""A decimal written without its leading zero keeps its sign and size ("-.30%" is -0.30%)."""

from __future__ import annotations

import pytest

from leadwatch.claims.extract import extract_claims


@pytest.mark.parametrize(
    ("text", "asset", "op", "pct"),
    [
        ("Gold: +1.2% | Silver: -.30% | Copper: +2.0%", "silver", "down", 0.3),
        ("Silver slipped .3% on Tuesday.", "silver", "down", 0.3),
        ("Bitcoin edged up +.45% over the session.", "btc", "up", 0.45),
        ("The dollar index was off \u2212.2% at midday.", "dxy", "down", 0.2),
    ],
)
def test_a_bare_decimal_is_read_whole(text: str, asset: str, op: str, pct: float) -> None:
    moves = [c for c in extract_claims(text).claims if c.kind == "percent" and c.asset == asset]
    assert [(c.op, c.pct) for c in moves] == [(op, pct)]


@pytest.mark.parametrize(
    "text",
    [
        "Gold rose 1.2%, the U.S.A. desk said in note 4.2.1.",  # abbreviations, a numbered note
        "Gold rose 1.25% on the day.",  # an ordinary decimal
    ],
)
def test_dots_that_are_not_bare_decimals_are_left_alone(text: str) -> None:
    moves = [c for c in extract_claims(text).claims if c.kind == "percent"]
    assert [(c.asset, c.pct) for c in moves] == [("gold", 1.2 if "1.2%" in text else 1.25)]
