"""A move too big for an ordinary session stays one session's when the text ties it to one:
a clock time ("as of 4pm ET", "at 0323 GMT"), "intraday", or a day carried from the
sentence before ("... on Friday. Gold shed 9%"); only a move beyond the asset's biggest
session on record is then read over a window."""

from __future__ import annotations

import pandas as pd
import pytest

from leadwatch.claims.check import check_claims
from leadwatch.claims.extract import extract_claims
from leadwatch.claims.market import Market

DAY = pd.Timestamp("2026-01-30")  # a Friday: gold and silver crashed
HEAD = "Metals rout\n\n"


@pytest.mark.parametrize(
    ("text", "asset"),
    [
        ("Spot gold plunged 9% to $4,900 an ounce as of 3 p.m. ET.", "gold"),
        ("Gold was down 9 per cent at $4,880 at 1930 GMT.", "gold"),
        ("By 4:15pm EST, silver had sunk 30% to $82.", "silver"),
        ("Silver lost as much as 30% intraday before paring losses.", "silver"),
        ("Precious metals collapsed on Friday. Spot gold shed 9% to about $4,900.", "gold"),
        ("Gold crashed on Friday as the dollar jumped. Silver, for its part, sank 30%.", "silver"),
    ],
)
def test_a_timed_big_move_is_the_sessions(text: str, asset: str, market: Market) -> None:
    checked = check_claims(extract_claims(HEAD + text), DAY, market)
    mine = [c for c in checked if c.claim.asset == asset and c.claim.kind == "percent"]
    assert mine, checked
    assert "3 months" not in mine[0].evidence, mine[0].evidence
    assert mine[0].status == "confirmed", mine[0].evidence


@pytest.mark.parametrize(
    ("text", "asset"),
    [
        ("Silver has soared 60% to $90 an ounce.", "silver"),
        ("The S&P 500 fell more than 25% as of 4pm ET.", "spx"),  # beyond any session
    ],
)
def test_an_untimed_or_too_big_move_keeps_its_window(text: str, asset: str, market: Market) -> None:
    checked = check_claims(extract_claims(HEAD + text), DAY, market)
    mine = [c for c in checked if c.claim.asset == asset and c.claim.kind == "percent"]
    assert mine and "3 months" in mine[0].evidence, mine[0].evidence
