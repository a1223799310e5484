"""Figureless moves of a wrap: a result verb with a sized move noun ("saw steep losses",
"suffered a heavy loss", "racked up hefty gains"), and a list of names sharing one
predicate ("A, B and C all fell", with or without the serial comma) (hand-written)."""

from __future__ import annotations

import pytest

from tests.claims.extracted import moves


@pytest.mark.parametrize(
    ("text", "asset", "op"),
    [
        ("The S&P 500 saw a steep loss on Thursday.", "spx", "down"),
        ("The S&P 500 suffered heavy losses on Monday.", "spx", "down"),
        ("Gold racked up hefty gains in the first quarter.", "gold", "up"),
        ("Bitcoin took a sharp loss after the exchange hack.", "btc", "down"),
        ("Silver endured a deep loss last week.", "silver", "down"),
        ("Ether sustained significant losses over the weekend.", "eth", "down"),
    ],
)
def test_result_verb_with_a_sized_move_noun(text: str, asset: str, op: str) -> None:
    assert (asset, op) in {(a, o) for a, o, _ in moves(text)}


@pytest.mark.parametrize(
    "text",
    [
        "The S&P 500 saw losses on Thursday.",  # unsized: often the lead's move again
        "Bitcoin saw heavy selling on Monday.",
        "Gold saw strong demand from India.",
    ],
)
def test_no_move_without_a_sized_move_noun(text: str) -> None:
    assert not moves(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Dow, the S&P 500 and gold all fell on Thursday.", {"spx", "gold"}),
        ("Silver, the S&P 500, and gold all saw steep losses on Thursday.", {"spx", "gold"}),
        ("Bitcoin, ether and gold all rallied on Monday.", {"btc", "eth", "gold"}),
        ("Gold, silver, and the dollar slid on Friday.", {"gold", "silver", "dxy"}),
        ("Gold and silver both fell on Monday.", {"gold", "silver"}),
    ],
)
def test_a_list_shares_its_predicate(text: str, expected: set[str]) -> None:
    assert expected <= {a for a, o, _ in moves(text) if o}


def test_a_name_in_another_clause_keeps_its_own_move() -> None:
    ops = {(a, o) for a, o, _ in moves("While bitcoin rose, gold and silver fell.")}
    assert ("btc", "up") in ops and ("btc", "down") not in ops
