"""The head noun before an aside is the subject; the asset named inside it is not
(hand-written phrasings, the way wires, crypto sites and bank notes write them)."""

from __future__ import annotations

import pytest

from tests.claims.extracted import levels, moves


@pytest.mark.parametrize(
    ("text", "asset", "other"),
    [
        ("Platinum, gold's pricier cousin, slid 1.3% to $980.", "platinum", "gold"),
        ("Silver, the yellow metal's cheaper twin, gained 2.4% to $29.10.", "silver", "gold"),
        ("Ether, bitcoin\u2019s smaller rival, slid 3% to $2,400.", "eth", "btc"),
        ("Silver \u2014 gold's jumpier sibling \u2014 jumped 4.1% on Tuesday.", "silver", "gold"),
        ("Gold, nicknamed the dollar's nemesis, added 1.2%.", "gold", "dxy"),
        ("Bitcoin (BTC), ether's bigger brother, fell 2.5% to $61,200.", "btc", "eth"),
        ("Silver, also called gold's poorer cousin, rose 2% to $31.40.", "silver", "gold"),
        ("The dollar, bullion's usual nemesis, slipped 0.4% on Friday.", "dxy", "gold"),
    ],
)
def test_possessive_aside_leaves_the_head_noun_as_subject(
    text: str, asset: str, other: str
) -> None:
    found = moves(text)
    assert found and all(a == asset for a, _, _ in found)
    assert all(a != other for a, _ in levels(text))


@pytest.mark.parametrize(
    "text",
    ["Gold, silver's cousin platinum, and copper rose 1%.", "Gold, bitcoin's rival, or both."],
)
def test_a_list_or_a_tail_is_no_possessive_aside(text: str) -> None:
    from leadwatch.claims.asides import outside_asides
    from leadwatch.claims.assets import find_assets

    mentions = find_assets(text)
    assert outside_asides(text, mentions) == mentions
