"""Prices of bitcoin, ether and gold written without "$" ("at around 75k", "the record
high of 4,950") are read as levels when the number is in the asset's price range; counts,
index points and plain numbers are left alone."""

from __future__ import annotations

import pytest

from leadwatch.claims import extract_claims
from leadwatch.claims.dollarless import dollar_figures


def _levels(text: str) -> set[tuple[str | None, float | None]]:
    return {(c.asset, c.level) for c in extract_claims(text).claims if c.kind == "level"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bitcoin changed hands on Tuesday at roughly 91k.", ("btc", 91000.0)),
        ("Ether hovered near 2.7k in late trading.", ("eth", 2700.0)),
        ("Gold was quoted this morning at about 2,915.40 in London.", ("gold", 2915.4)),
        (
            "Bitcoin slipped, still below the record high of 109,350 set last month.",
            ("btc", 109350.0),
        ),
    ],
)
def test_bare_price_is_a_level(text: str, expected: tuple[str, float]) -> None:
    assert expected in _levels(text)


@pytest.mark.parametrize(
    "text",
    [
        "Bitcoin miners moved about 14,500 BTC to exchanges this week.",  # a count of coins
        "Bitcoin fell while the S&P 500 rose to 6,120 on Thursday.",  # index points
        "Bitcoin wallets grew to 52,300 addresses over the month.",  # a count of things
        "Ether traded at 3.2 times its March level.",  # a multiple, no "k"
        "Gold was at 350k ounces of ETF holdings.",  # out of gold's price range
        "Bitcoin's page grew to around 95k followers this year.",  # a count after "k"
    ],
)
def test_no_price_is_left_alone(text: str) -> None:
    assert dollar_figures(text) == text


def test_image_alt_text_is_left_alone() -> None:
    text = "Ether climbs toward 4k as funds buy - ETHUSD chart 800x420"
    assert dollar_figures(text) == text
