"""Prices in a possessive or an aside are the asset's level (hand-written phrasings)."""

from __future__ import annotations

import pytest

from leadwatch.claims import extract_claims


def _levels(text: str) -> set[tuple[str | None, float | None]]:
    return {(c.asset, c.level) for c in extract_claims(text).claims if c.kind == "level"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Silver looks cheap next to gold\u2019s $4,120.", ("gold", 4120.0)),
        ("Ether lagged, a far cry from bitcoin's $91,500.", ("btc", 91500.0)),
        ("Platinum demand rose. Silver \u2014 its price \u2014 was ignored.", None),
        (
            "Silver drew buyers. Its cheaper price \u2014 about $52 an ounce \u2014 helped.",
            ("silver", 52.0),
        ),
        ("Gold held firm. Its current price, roughly $3,950, drew buyers.", ("gold", 3950.0)),
    ],
)
def test_possessive_and_aside_prices_are_levels(
    text: str, expected: tuple[str, float] | None
) -> None:
    if expected is None:
        assert not _levels(text)
    else:
        assert expected in _levels(text)


@pytest.mark.parametrize(
    "text",
    [
        "Analysts lifted gold's $5,000 target for next year.",
        "Bitcoin's $60,000 support held again.",
        "Bitcoin's $2 trillion market value grew.",
    ],
)
def test_possessive_targets_and_technical_levels_are_no_level(text: str) -> None:
    assert not any(c.kind == "level" and c.op == "near" for c in extract_claims(text).claims)


def test_aside_price_is_no_dating_evidence() -> None:
    from leadwatch.claims.datingclaims import dating_claims

    ex = extract_claims("Silver trails. It looks cheap next to gold\u2019s $4,120.")
    assert ("gold", 4120.0) in {(c.asset, c.level) for c in ex.claims}
    assert not [c for c in dating_claims(ex) if c.asset == "gold"]
