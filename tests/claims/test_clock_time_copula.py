"""A quote with a time of day between the asset and its copula ("spot silver at 9:30 a.m.
ET was $31.42", "bitcoin as of 02:02 GMT was ..."): the asset's level (hand-written
phrasings)."""

from __future__ import annotations

import pytest

from leadwatch.claims import extract_claims


@pytest.mark.parametrize(
    ("text", "asset", "level"),
    [
        ("The spot silver price at 10:15 am was USD 31.42 per ounce.", "silver", 31.42),
        ("Bitcoin as of 03:40 GMT was $98,120.", "btc", 98120.0),
        ("Spot gold at 4 p.m. ET was $2,911.50.", "gold", 2911.5),
    ],
)
def test_a_quote_at_a_time_of_day_is_a_level(text: str, asset: str, level: float) -> None:
    levels = [(c.asset, c.level) for c in extract_claims(text).claims if c.kind == "level"]
    assert levels == [(asset, level)]


@pytest.mark.parametrize(
    "text",
    [
        "Gold at 10 was $3,100.",  # no clock: "at 10" is no time of day
        "The gold price at the 12 largest refiners was $2,950.",  # another figure's subject
    ],
)
def test_no_level_without_a_clock_time(text: str) -> None:
    assert not [c for c in extract_claims(text).claims if c.kind == "level"]
