"""A record's span with a hedge before its count ("in approximately 20 months", "in
roughly three years", "in close to two years") is the same span as without it, and "its
highest price point since April" is a record like "its highest point since April"."""

from __future__ import annotations

import pytest

from leadwatch.claims import extract_claims


@pytest.mark.parametrize(
    ("text", "asset", "side", "window"),
    [
        (
            "Silver fell to its lowest point in approximately 20 months on Friday.",
            "silver",
            "low",
            "last:20:month",
        ),
        (
            "Bitcoin hit its highest level in about six months on Tuesday.",
            "btc",
            "high",
            "last:6:month",
        ),
        (
            "The 10-year yield rose to its highest in roughly three years.",
            "yield_10y",
            "high",
            "last:3:year",
        ),
        ("Oil dropped to its lowest in around 18 months.", "oil", "low", "last:18:month"),
        ("Ether reached its highest in close to two years.", "eth", "high", "last:2:year"),
        ("Copper touched its lowest in some nine months.", "copper", "low", "last:9:month"),
        ("Gold traded at its highest in just over five years.", "gold", "high", "last:5:year"),
        ("Gold has reached its highest price point since April.", "gold", "high", "since:April"),
    ],
)
def test_a_hedged_span_is_the_record_s_span(text: str, asset: str, side: str, window: str) -> None:
    records = [c for c in extract_claims(text).claims if c.kind == "record"]
    assert [(c.asset, c.op, c.window) for c in records] == [(asset, side, window)]


def test_a_hedged_span_ahead_is_no_record() -> None:
    text = "The miner said gold output would be reviewed in about six months."
    assert not [c for c in extract_claims(text).claims if c.kind == "record"]


@pytest.mark.parametrize(
    ("text", "asset", "side", "window"),
    [
        (
            "Bitcoin slid under $58,000, setting a 19-month low.",
            "btc",
            "low",
            "last:19:month",
        ),
        (
            "Gold slid under $4,000, touching a three-month low on Friday.",
            "gold",
            "low",
            "last:3:month",
        ),
        ("Ether Climbs Above $5,000, Reaching A Two-Year High", "eth", "high", "last:2:year"),
        ("Oil sank below $60 a barrel, marking a four-year low.", "oil", "low", "last:4:year"),
    ],
)
def test_a_crossing_before_a_span_record_does_not_hide_it(
    text: str, asset: str, side: str, window: str
) -> None:
    """ "under $X, setting an N-month low": the "under" is the crossing's, not the
    record's ("5% below its 52-week high" stays no record)."""
    records = [c for c in extract_claims(text).claims if c.kind == "record"]
    assert [(c.asset, c.op, c.window) for c in records] == [(asset, side, window)]


@pytest.mark.parametrize(
    "text",
    ["Silver is trading 5% below its 52-week high.", "Bitcoin is well off its 52-week high."],
)
def test_a_distance_from_a_span_record_is_no_record(text: str) -> None:
    assert not [c for c in extract_claims(text).claims if c.kind == "record"]
