"""In a list of moves, each figure keeps its own sign or the verb of its list, never the
verb of the clause after it (hand-written phrasings: wraps, dashboards, crypto briefs)."""

from __future__ import annotations

import pytest

from tests.claims.extracted import moves


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Gold +1.2%, silver +2.5%, while bitcoin shed 3.1%.",
            {("gold", "up"), ("silver", "up"), ("btc", "down")},
        ),
        (
            "The S&P 500 gained 0.8% and the Nasdaq 1.1%, while the dollar index slipped 0.3%.",
            {("spx", "up"), ("nasdaq", "up"), ("dxy", "down")},
        ),
        (
            "Bitcoin rose 4.2%, ether 6.1% and the VIX fell 5%.",
            {("btc", "up"), ("eth", "up"), ("vix", "down")},
        ),
        (
            "Silver jumped 3%, gold 1% and platinum 2%, but copper lost 1.5%.",
            {("silver", "up"), ("gold", "up"), ("platinum", "up"), ("copper", "down")},
        ),
        (
            "Ether +5.3% on the week, bitcoin +2.1%, whereas the dollar index dropped 0.4%.",
            {("eth", "up"), ("btc", "up"), ("dxy", "down")},
        ),
        (
            "In Asia the Nikkei +3.1% and the Hang Seng +2.2%; the S&P 500 shed 1.4%.",
            {("nikkei", "up"), ("spx", "down")},
        ),
        (
            "Gold fell 1%, silver 2.4%, though bitcoin climbed 3%.",
            {("gold", "down"), ("silver", "down"), ("btc", "up")},
        ),
    ],
)
def test_each_item_keeps_its_sign(text: str, expected: set[tuple[str, str]]) -> None:
    assert expected <= {(a, op) for a, op, _ in moves(text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bitcoin was 5% down on the week.", ("btc", "down")),
        ("Silver, 3% lower on the day, held $30.", ("silver", "down")),
        ("Gold ended the week 2%, up from a 1% loss the week before.", ("gold", "up")),
    ],
)
def test_a_verb_after_the_figure_in_its_clause_still_counts(
    text: str, expected: tuple[str, str]
) -> None:
    assert expected in {(a, op) for a, op, _ in moves(text)}
