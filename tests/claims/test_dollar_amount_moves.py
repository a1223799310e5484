"""Moves told in dollars: written as a word ("120 dollars", "85 US dollars") and over a past
window ("$530 in 2024", "in the third quarter"), whose share is of the window's first close,
not of today's price; the true figure is confirmed and a false one contradicted."""

from __future__ import annotations

import pandas as pd
import pytest

from leadwatch.claims.check import check_claims
from leadwatch.claims.extract import extract_claims
from leadwatch.claims.market import Market

#: Own phrasings: ``{x}`` the amount; ``{w}`` the window; ``{v}`` a verb of its direction.
PHRASINGS = [
    "Gold {v} {x} dollars {w}.",
    "{W}, spot gold {v} {x} US dollars.",
    "The price of silver {v} ${x} {w}.",
    "Bitcoin {v} {x} dollars {w}, its holders' tally shows.",
    "Bullion {v} ${x} an ounce {w}.",
]
#: (window phrase, first day, last day) at the article date 2025-10-15.
WINDOWS = [
    ("in 2024", "2023-12-31", "2024-12-31"),
    ("in the second quarter", "2025-03-31", "2025-06-30"),
    ("in August", "2025-07-31", "2025-08-31"),
    ("so far this year", "2024-12-31", "2025-10-15"),
]
DAY = pd.Timestamp("2025-10-15")


def _status(text: str, asset: str, market: Market) -> str:
    checked = check_claims(extract_claims(text), DAY, market)
    (c,) = [c for c in checked if c.claim.asset == asset and c.claim.kind in ("move", "percent")]
    return c.status


@pytest.mark.parametrize("text", PHRASINGS)
@pytest.mark.parametrize(("window", "first", "last"), WINDOWS)
def test_dollar_moves(text: str, window: str, first: str, last: str, market: Market) -> None:
    asset = "btc" if "Bitcoin" in text else "silver" if "silver" in text else "gold"
    closes = market.close(asset)
    v0, v1 = float(closes.loc[:first].iloc[-1]), float(closes.loc[:last].iloc[-1])
    places = 2 if v0 < 100 else 0
    words = {"v": "rose" if v1 > v0 else "fell", "w": window, "W": window[0].upper() + window[1:]}
    true = text.format(x=f"{abs(v1 - v0):,.{places}f}", **words)
    false = text.format(x=f"{abs(v1 - v0) * 2 + 0.3 * v0:,.{places}f}", **words)
    assert _status(true, asset, market) == "confirmed", true
    assert _status(false, asset, market) == "contradicted", false
