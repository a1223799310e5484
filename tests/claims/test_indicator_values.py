"""A technical indicator's value ("its 200-day moving average at $85,000") is no price of
the asset; the asset's own prices in the same sentence stay (hand-written phrasings)."""

from __future__ import annotations

import pytest

from leadwatch.claims import extract_claims


def _levels(text: str) -> set[float | None]:
    return {c.level for c in extract_claims(text).claims if c.kind == "level"}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Bitcoin is holding above its 200-day moving average at $85,000.", 85000.0),
        ("Ether trades near $1,750, with the 50-day MA at $1,668.", 1668.0),
        ("Gold found buyers at its 20-week EMA, around $3,050.", 3050.0),
        ("Silver bounced off the 100-day simple moving average near $29.40 on Friday.", 29.4),
        ("Bitcoin is testing the 50-week SMA, which is now at $58,300.", 58300.0),
        ("Ether reclaimed its VWAP at $2,410 during the session.", 2410.0),
    ],
)
def test_an_indicator_value_is_no_level(text: str, value: float) -> None:
    assert value not in _levels(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Ether trades near $1,750, with the 50-day MA at $1,668.", 1750.0),
        ("Bitcoin rose to $97,000, above its 100-day moving average.", 97000.0),
        ("Gold's VWAP came in lower as it closed at $2,425.", 2425.0),
    ],
)
def test_the_assets_own_price_stays(text: str, value: float) -> None:
    assert value in _levels(text)
