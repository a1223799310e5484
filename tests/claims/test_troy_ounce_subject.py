""" "The troy ounce" (or "the fine ounce") as a subject stands for the metal named last,
as "the metal" does; "the troy ounce of gold" names its own metal."""

from __future__ import annotations

import pytest

from leadwatch.claims.extract import extract_claims


@pytest.mark.parametrize(
    ("text", "asset", "level"),
    [
        ("Silver is slipping. The troy ounce gave up 1.2 percent to $31.40.", "silver", 31.4),
        ("Gold holds firm. The fine ounce added 0.4 percent to $2,655.", "gold", 2655.0),
    ],
)
def test_the_ounce_is_the_last_metal(text: str, asset: str, level: float) -> None:
    claims = extract_claims(text).claims
    assert {(c.kind, c.asset) for c in claims} >= {("percent", asset), ("level", asset)}
    assert [c.level for c in claims if c.kind == "level"] == [level]


def test_the_ounce_of_a_named_metal_keeps_that_metal() -> None:
    claims = extract_claims("Platinum rose. The troy ounce of gold fell 1 percent.").claims
    assert [c.asset for c in claims if c.kind == "percent"] == ["gold"]


def test_the_exchange_as_a_subject_is_the_last_metal() -> None:
    text = "Silver futures eased in Asia. Overnight, Comex settled at $31.85 per ounce."
    claims = extract_claims(text).claims
    assert [(c.asset, c.level) for c in claims if c.kind == "level"] == [("silver", 31.85)]


@pytest.mark.parametrize(
    "text",
    [
        "Platinum rose. Gold for February delivery on the Comex exchange was at $4,230.",
        "Platinum rose. On Comex, gold traded at $4,230.",
    ],
)
def test_the_exchange_as_a_place_names_no_metal(text: str) -> None:
    claims = extract_claims(text).claims
    assert [c.asset for c in claims if c.kind == "level"] == ["gold"]
