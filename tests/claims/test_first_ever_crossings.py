"""A first crossing told with "first-ever" ("its first-ever close above $X", "for the first
ever"): a record high at that level, like "for the first time" (hand-written phrasings)."""

from __future__ import annotations

import pytest

from leadwatch.claims import extract_claims


@pytest.mark.parametrize(
    ("text", "asset", "level"),
    [
        ("Gold notched its first-ever close above $2,900 on Monday.", "gold", 2900.0),
        ("Silver logged its first ever weekly close above $52.", "silver", 52.0),
        ("Bitcoin pushed past $110,000 for the first ever.", "btc", 110000.0),
    ],
)
def test_a_first_ever_crossing_is_a_record_at_its_level(
    text: str, asset: str, level: float
) -> None:
    records = [(c.asset, c.op, c.level) for c in extract_claims(text).claims if c.kind == "record"]
    assert records == [(asset, "high", level)]


@pytest.mark.parametrize(
    "text",
    [
        "A fund group launched the first-ever spot ether product in Asia.",
        "Ether fell under $2,000, its first-ever drop of that size in a week.",
    ],
)
def test_a_first_ever_thing_that_is_no_crossing_is_no_record(text: str) -> None:
    assert not [c for c in extract_claims(text).claims if c.kind == "record"]
