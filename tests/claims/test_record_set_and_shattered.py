"""A record set at its price is also the day's level ("scaled a record $4,966"); a barrier
shattered or obliterated is a price crossed, its side read from the move before it."""

from __future__ import annotations

import pytest

from leadwatch.claims import extract_claims


def _levels(text: str) -> list[tuple[str | None, str | None, float | None]]:
    return [(c.asset, c.op, c.level) for c in extract_claims(text).claims if c.kind == "level"]


@pytest.mark.parametrize(
    "verb", ["scaled", "set", "notched", "marked", "posted", "logged", "struck", "printed"]
)
def test_a_record_set_at_a_price_is_that_level(verb: str) -> None:
    text = f"Silver {verb} a record $109.44 on Monday."
    assert ("silver", "at", 109.44) in _levels(text)
    assert any(c.kind == "record" for c in extract_claims(text).claims)


@pytest.mark.parametrize(
    "text",
    [
        "The miner posted a record $2 billion profit.",  # no price of the asset
        "Silver posted a record 5% gain.",  # a move's size, no level
    ],
)
def test_a_record_amount_that_is_no_price_is_no_level(text: str) -> None:
    assert _levels(text) == []


@pytest.mark.parametrize(
    ("text", "op"),
    [
        ("Gold shattered the $5,100 barrier.", "break"),
        ("Gold has obliterated the key barrier of $5,100 an ounce.", "break"),
        ("Bitcoin slumped and shattered the $60,000 support.", "below"),
        ("Platinum broke the psychological barrier of $2,000 an ounce.", "break"),
        ("Ether smashed the $5,000 mark on Sunday.", "break"),
    ],
)
def test_a_shattered_barrier_is_a_price_crossed(text: str, op: str) -> None:
    assert [op for _, op, _ in _levels(text)] == [op]


@pytest.mark.parametrize(
    "text", ["Gold broke a record on Tuesday.", "Silver broke down after the data."]
)
def test_a_broken_record_or_a_breakdown_is_no_price_crossed(text: str) -> None:
    assert [op for _, op, _ in _levels(text)] == []
