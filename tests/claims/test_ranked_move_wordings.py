"""More wordings of a ranked move: "most significant" / "most severe" as superlatives, a
plural in -es ("their biggest weekly losses since"), an unhyphened "single day", and a
figure in brackets between the move and its span ("its strongest weekly gain (+3.9%) in a
year")."""

from __future__ import annotations

import pytest

from tests.claims.extracted import records


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The S&P 500 fell 2% last week, its most significant weekly loss since May.",
            [("spx", "worst:W", "since:May")],
        ),
        (
            "Gold and silver posted their biggest weekly losses since 2021.",
            [("silver", "worst:W", "since:2021"), ("gold", "worst:W", "since:2021")],
        ),
        (
            "The S&P 500 rose last week, marking its strongest weekly gain (+3.9%) in a year.",
            [("spx", "best:W", "last:1:year")],
        ),
        (
            "Bitcoin slid 5% on Monday, its largest single day fall in two years.",
            [("btc", "worst:D", "last:2:year")],
        ),
    ],
)
def test_ranked_move_wordings(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert records(text) == expected


def test_a_superlative_of_no_move_is_no_ranked_move() -> None:
    assert records("The most significant risk for gold since May is the dollar.") == []
