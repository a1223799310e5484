"""Highlight lines under a title, their bullets lost in the copy ("Copper, zinc slip from
record peaks"), repeat the body: a claim the body states again is reported once, there."""

from __future__ import annotations

import pytest

from leadwatch.claims.extract import extract_claims


def _sentences(text: str, asset: str) -> list[int]:
    return [c.sentence for c in extract_claims(text).claims if c.asset == asset]


@pytest.mark.parametrize(
    "text",
    [
        "MARKETS WRAP-Stocks firm, metals pause\nGold slips from record highs\nDollar steady"
        " ahead of data\nLONDON, May 4 - Stocks rose on Monday. Gold eased from record highs"
        " on Monday as traders booked profits.",
        "Bitcoin pauses after rally\nBitcoin hits record high\nBitcoin hit a record high on"
        " Tuesday before paring gains.",
    ],
)
def test_highlight_repeated_by_the_body_is_the_bodys(text: str) -> None:
    asset = "gold" if "Gold" in text else "btc"
    found = _sentences(text, asset)
    assert found and all(i == max(found) for i in found)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "MARKETS WRAP-Stocks firm, metals pause\nGold slips from record highs\n"
            "LONDON, May 4 - Stocks rose on Monday, led by banks.",
            [1],
        ),
        # a figure of its own: the line's claim is graded too
        (
            "Ether slides as hack fears spread\nEther Down 12% in 24 Hours\n"
            "Ether fell on Tuesday, extending its slide.",
            [1, 2],
        ),
    ],
)
def test_highlight_the_body_does_not_repeat_stays(text: str, want: list[int]) -> None:
    assert _sentences(text, "eth" if "Ether" in text else "gold") == want
