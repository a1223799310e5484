"""An index quoted with a dollar sign after a comma ("The S&P 500 fell half a point at the
open, to $6,640"): the index's level, as without the comma ("the dollar index jumped to
$99.38"); another asset named in between keeps its price."""

from __future__ import annotations

import pytest

from tests.claims.extracted import levels as _levels


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The S&P 500 shed half a percentage point in early trade, to $6,640.", ("spx", 6640.0)),
        ("The S&P 500 slipped 0.4% at the open, to $6,512.", ("spx", 6512.0)),
        ("The dollar index climbed 0.3% in early European trade, to $104.2.", ("dxy", 104.2)),
        ("The Nasdaq dropped 1% shortly after the bell, to $19,800.", ("nasdaq", 19800.0)),
        ("The benchmark S&P 500 index edged up in the first hour, to $5,990.", ("spx", 5990.0)),
        ("The VIX jumped in early trading, to 21.4.", ("vix", 21.4)),  # no sign: as before
    ],
)
def test_an_index_level_after_a_comma(text: str, expected: tuple[str, float]) -> None:
    assert _levels(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The S&P 500 rose 1% while gold climbed to $2,400.", [("gold", 2400.0)]),
        ("The S&P 500 fell 1%, and bitcoin dropped to $60,000.", [("btc", 60000.0)]),
    ],
)
def test_another_asset_keeps_its_price(text: str, expected: list[tuple[str, float]]) -> None:
    assert _levels(text) == expected
