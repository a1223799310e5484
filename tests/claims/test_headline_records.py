"""Headlines that state a record or a price: title case is no reason to drop them."""

from __future__ import annotations

import pytest

from leadwatch.claims.extract import extract_claims


@pytest.mark.parametrize(
    ("text", "asset"),
    [
        ("Records Broken as Gold Surges Beyond $3,000 an Ounce", "gold"),
        ("Records Tumble as Silver Pushes Past $35", "silver"),
        ("All-time highs were shattered again as bitcoin climbed on Friday.", "btc"),
        ("Gold Smashes Record, Tops $3,000", "gold"),
        ("Another record fell on Tuesday: the S&P 500 closed at 6,100.", "spx"),
        ("Bitcoin: records rewritten as the rally runs on", "btc"),
    ],
)
def test_a_record_said_broken_is_a_record_high(text: str, asset: str) -> None:
    said = {(c.kind, c.asset, c.op) for c in extract_claims(text).claims}
    assert ("record", asset, "high") in said


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("Gold Surges Beyond $3,000", "gold break $3,000"),
        ("Bitcoin Slides Below $90K", "btc below $90,000"),
        ("Silver Climbs Past $40 as Dollar Weakens", "silver break $40"),
        ("Ether Jumps 8% To $2,600", "eth up 8%"),
    ],
)
def test_a_title_cased_headline_with_a_price_is_read(text: str, said: str) -> None:
    assert said in {c.describe() for c in extract_claims(text).claims}


@pytest.mark.parametrize(
    "text",
    [
        "Records Show Gold Demand Rose",
        "Bitcoin Outlook For Week 26 2025",
        "Top Picks",
        "Silver: Above $40 Again",  # a section's title; its body tells the move
    ],
)
def test_headings_without_a_price_still_say_nothing(text: str) -> None:
    assert extract_claims(text).claims == ()
