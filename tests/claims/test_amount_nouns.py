"""Moves in dollars or index points told as a noun ("a $324 gain", "a gain of $1.20", "a
2-point drop") or fronted ("Up $120 this week, gold ..."): graded like "rose $324"; an
amount with a scale (flows, market value) is no move."""

from __future__ import annotations

import pandas as pd
import pytest

from leadwatch.claims.check import check_claims
from leadwatch.claims.extract import extract_claims
from leadwatch.claims.market import Market

DAY = pd.Timestamp("2025-10-15")
#: Own phrasings: (text with ``{x}`` the amount and ``{n}`` a move noun, asset, first, last day).
PHRASINGS = [
    ("Gold posted a ${x} {n} in September.", "gold", "2025-08-31", "2025-09-30"),
    ("Silver logged a {n} of ${x} an ounce in September.", "silver", "2025-08-31", "2025-09-30"),
    (
        "{U} ${x} in the third quarter, gold now trades near record highs.",
        "gold",
        "2025-06-30",
        "2025-09-30",
    ),
    ("Bitcoin booked a {x} dollar {n} in the second quarter.", "btc", "2025-03-31", "2025-06-30"),
    ("The S&P 500 notched a {x}-point {n} in September.", "spx", "2025-08-31", "2025-09-30"),
    ("The VIX saw a {n} of {x} points in the third quarter.", "vix", "2025-06-30", "2025-09-30"),
    (
        "{U} {x} points in September, the dollar index sits near 98.",
        "dxy",
        "2025-08-31",
        "2025-09-30",
    ),
]


def _status(text: str, asset: str, market: Market) -> str:
    checked = check_claims(extract_claims(text), DAY, market)
    moves = [c for c in checked if c.claim.asset == asset and c.claim.kind in ("move", "percent")]
    assert len(moves) == 1, (text, [c.claim for c in checked])
    return moves[0].status


@pytest.mark.parametrize(("text", "asset", "first", "last"), PHRASINGS)
def test_amount_nouns(text: str, asset: str, first: str, last: str, market: Market) -> None:
    closes = market.close(asset)
    v0, v1 = float(closes.loc[:first].iloc[-1]), float(closes.loc[:last].iloc[-1])
    places = 2 if v0 < 100 else 0
    words = {"n": "gain" if v1 > v0 else "loss", "U": "Up" if v1 > v0 else "Down"}
    true = text.format(x=f"{abs(v1 - v0):,.{places}f}", **words)
    false = text.format(x=f"{abs(v1 - v0) * 2 + 0.3 * v0:,.{places}f}", **words)
    assert _status(true, asset, market) == "confirmed", true
    assert _status(false, asset, market) == "contradicted", false


@pytest.mark.parametrize(
    "text",
    [
        "Gold ETFs saw a $2 billion gain in holdings in September.",
        "Bitcoin funds recorded a gain of $1.2 billion last week.",
        "Gold could post a $300 gain if the Fed cuts.",
        "For bitcoin bulls, the loss of $80,000 is more than a technical level.",
    ],
)
def test_scaled_or_hypothetical_amounts_are_no_moves(text: str) -> None:
    moves = [c for c in extract_claims(text).claims if c.kind in ("move", "percent")]
    assert not [c for c in moves if "usd" in c.qualifiers], moves


@pytest.mark.parametrize(
    "text",
    [
        "The 10-year Treasury yield posted a {x}-basis-point {n} in September.",
        "Ten-year yields logged a {x}-bp {n} in September.",
        "The benchmark 10-year yield saw a {x} basis-point {n} in September.",
    ],
)
def test_hyphenated_basis_points(text: str, market: Market) -> None:
    closes = market.close("yield_10y")
    v0, v1 = float(closes.loc[:"2025-08-31"].iloc[-1]), float(closes.loc[:"2025-09-30"].iloc[-1])
    n = "rise" if v1 > v0 else "drop"
    true = text.format(x=round(abs(v1 - v0) * 100), n=n)
    false = text.format(x=round(abs(v1 - v0) * 100) * 2 + 15, n=n)
    assert _status(true, "yield_10y", market) == "confirmed", true
    assert _status(false, "yield_10y", market) == "contradicted", false
