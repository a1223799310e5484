"""A move told without a number by a participle: "silver is plunging", "was soaring", or an
absolute phrase after "with" ("..., with bitcoin rallying") (hand-written phrasings)."""

from __future__ import annotations

import pytest

from leadwatch.claims import extract_claims


@pytest.mark.parametrize(
    ("text", "move"),
    [
        ("Copper steadied on Monday, with silver tumbling and gold flat.", ("silver", "down")),
        ("Stocks firmed on Wednesday, with ether soaring as well.", ("eth", "up")),
        ("With gold prices sliding, miners lost ground.", ("gold", "down")),
        ("Bitcoin was plummeting late on Friday.", ("btc", "down")),
        ("Silver is jumping this morning.", ("silver", "up")),
    ],
)
def test_a_participle_move_is_the_assets(text: str, move: tuple[str, str]) -> None:
    moves = [(c.asset, c.op) for c in extract_claims(text).claims if c.kind == "move"]
    assert move in moves


@pytest.mark.parametrize(
    "text",
    [
        "Silver plunging below $20 would surprise traders.",  # no "with", no copula
        "Traders sold bitcoin, fearing a plunging market.",
    ],
)
def test_a_participle_without_with_or_a_copula_is_no_move(text: str) -> None:
    assert not [c for c in extract_claims(text).claims if c.kind == "move"]


def test_a_sentence_in_the_present_does_not_take_the_day_before() -> None:
    text = (
        "Bond yields jumped on Tuesday. Metals are wobbling, with silver sliding and gold "
        "flat, while stocks are holding up."
    )
    moves = [(c.asset, c.when) for c in extract_claims(text).claims if c.kind == "move"]
    assert ("silver", None) in moves
    past = "Bond yields jumped on Tuesday. Silver followed, sliding below $30."
    assert [c.when for c in extract_claims(past).claims if c.asset == "silver"] == [("weekday", 1)]
