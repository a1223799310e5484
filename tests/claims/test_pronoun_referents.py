"""A pronoun after a named economic indicator stands for that indicator, not for the last
market asset (hand-written phrasings: wraps, bank notes, regional papers)."""

from __future__ import annotations

import pytest

from tests.claims.extracted import moves


@pytest.mark.parametrize(
    "text",
    [
        "The VIX fell 3% on Friday. As for the consumer sentiment index, it rose 4.2% to 61.3.",
        "Gold slipped 0.5% to $2,310. The Conference Board's confidence gauge fell to 98.7. "
        "It dropped 3.2% from April.",
        "Bitcoin gained 2%. Turning to the Michigan survey, its expectations reading was up 6%.",
        "The dollar index edged up 0.2%. Retail sales beat forecasts; they rose 1.4% in March.",
        "Silver rose 3% on Tuesday. Regarding the manufacturing PMI, it climbed 2.5% to 50.9.",
        "The S&P 500 added 0.8%. Meanwhile, the jobs report surprised: it showed payrolls up 0.2%.",
        "Gold climbed 1%. Housing data disappointed. It showed starts sliding 9.8% in May.",
    ],
)
def test_pronoun_after_an_indicator_is_not_the_asset(text: str) -> None:
    first, *rest = moves(text)
    assert first[0] is not None
    assert all(a != first[0] for a, _, _ in rest)


@pytest.mark.parametrize(
    ("text", "asset"),
    [
        ("Gold rose 2% to $2,400 on Monday. It later added 1.1%.", "gold"),
        ("Gold rose 2% as the PMI fell. It later added 1.1%.", "gold"),
        ("Bitcoin jumped. Despite a weak PMI reading, it added 1.1% on the day.", "btc"),
        ("The dollar index firmed. The index rose 0.4% after CPI data, and it held.", "dxy"),
    ],
)
def test_pronoun_still_carries_the_asset(text: str, asset: str) -> None:
    assert (asset, "up") in {(a, op) for a, op, p in moves(text) if p is not None}


def test_the_figure_of_a_price_keeps_the_asset() -> None:
    from leadwatch.claims import extract_claims

    text = "Bitcoin slid to $88,200. The figure is about 30 percent below its record high."
    assert ("btc", 1) in {(c.asset, c.sentence) for c in extract_claims(text).claims}
