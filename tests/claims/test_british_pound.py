""" "The British pound" (or "the UK pound") is sterling, a currency outside the store: its move
and its record are its own, never the dollar index's; a pound of weight stays a unit."""

from __future__ import annotations

import pytest

from leadwatch.claims import extract_claims


@pytest.mark.parametrize(
    "text",
    [
        "The dollar index slid 1%. The British pound jumped 0.9%, its highest since May 2022.",
        "The dollar index slid 1%. The UK pound rose 0.9% to a two-year high.",
    ],
)
def test_the_british_pound_is_sterling(text: str) -> None:
    claims = extract_claims(text).claims
    said = sorted((c.asset, c.kind) for c in claims if c.sentence == 1)
    assert said == [("gbp", "percent"), ("gbp", "record")]


def test_a_pound_of_weight_is_a_unit() -> None:
    claims = extract_claims("Copper rose 2% to $4.39 per pound.").claims
    assert {c.asset for c in claims} == {"copper"}
