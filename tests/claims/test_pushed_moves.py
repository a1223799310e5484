"""A move told by a verb of cause with its direction, before the object ("drove down
Treasury yields and the dollar") or after it ("pushed gold lower"), is the object's move;
"slides"/"sliding" size a fall like "slid" (hand-written phrasings)."""

from __future__ import annotations

import pytest

from tests.claims.extracted import moves


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Rate-cut bets lifted stocks and, in turn, drove down Treasury yields and the dollar.",
            {("yield_10y", "down"), ("dxy", "down")},
        ),
        ("The payrolls miss pushed down the dollar and Treasury yields.", {("dxy", "down")}),
        ("Tariff worries dragged down the greenback on Monday.", {("dxy", "down")}),
        ("Haven buying pushed up the U.S. dollar as equities sank.", {("dxy", "up")}),
        ("Strong jobs data drove up Treasury yields, weighing on bullion.", {("yield_10y", "up")}),
        (
            "A hawkish Fed drove up Treasury yields and pushed gold lower.",
            {("yield_10y", "up"), ("gold", "down")},
        ),
        ("Softer inflation sent the dollar lower.", {("dxy", "down")}),
    ],
)
def test_caused_move_is_the_objects(text: str, expected: set[tuple[str, str]]) -> None:
    assert expected <= {(a, o) for a, o, _ in moves(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Gold was driven up by a weaker dollar and haven buying.",
        "The miners drove down costs in 2024.",
        "Bitcoin was pushed up to $70,000 by ETF buying.",
    ],
)
def test_no_object_move_without_an_asset_object(text: str) -> None:
    # the agent after "by" and a non-asset object get no move
    assert {a for a, _, _ in moves(text)} <= {"gold", "btc"}


@pytest.mark.parametrize(
    ("text", "asset"),
    [
        ("Stocks fell, with the S&P 500 sliding 1.5% on Tuesday.", "spx"),
        ("Gold rose, with silver sliding 3% on Tuesday.", "silver"),
        ("Bitcoin slides 4% as fund outflows mount", "btc"),
        ("Ether is sliding, down 2% on the day.", "eth"),
    ],
)
def test_sliding_sizes_a_fall(text: str, asset: str) -> None:
    assert (asset, "down") in {(a, o) for a, o, p in moves(text) if p}
