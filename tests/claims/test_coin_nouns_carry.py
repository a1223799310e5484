"""A coin noun ("the token", "the cryptocurrency") stands for the last coin named, never for
a metal or an index that happens to be the subject of the sentence before."""

from __future__ import annotations

import pytest

from tests.claims.extracted import moves


@pytest.mark.parametrize(
    ("text", "asset"),
    [
        ("Ether fell 3%. Gold rose 1%. The token's value has doubled this year.", "eth"),
        ("Bitcoin slipped 2% on Monday. Gold rose 1%. The coin then dropped 4%.", "btc"),
        ("Ether rose 2%. Bitcoin fell 1%. The precious metal climbed. The token slid 5%.", "btc"),
    ],
)
def test_a_coin_noun_after_a_metal_stands_for_the_last_coin(text: str, asset: str) -> None:
    last = moves(text)[-1]
    assert last[0] == asset


def test_a_coin_noun_with_no_coin_named_carries_no_metal() -> None:
    got = moves("Gold rose 1% on Monday. The token's value has doubled this year.")
    assert [m[0] for m in got] == ["gold"]


@pytest.mark.parametrize(
    "text",
    [
        "Gold rose 1% on Monday. It then added 2% on Tuesday.",
        "Gold rose 1% on Monday. The metal then added 2% on Tuesday.",
        "Bitcoin rose 1% on Monday. The token then added 2% on Tuesday.",
    ],
)
def test_other_carried_words_keep_the_subject(text: str) -> None:
    assert {m[0] for m in moves(text)} == {"btc" if text.startswith("Bitcoin") else "gold"}
