"""A year a span of figures starts from, running to a later year ("from 98% of GDP in 2024 to
118% by 2035": a projection's base and its horizon), is not the article's own year; a year
a move ends in without a later year still is."""

from __future__ import annotations

import pytest

from leadwatch.claims.yearhints import _mentions

#: Own phrasings: verbs, currencies, units, "by", "in", "through", decimals in the figures.
SPANS = [
    "Debt climbs from 98% of GDP in 2024 to 118% by 2035, the budget office says.",
    "The deficit widens from $1.8 trillion in 2025 to $2.7 trillion in 2034.",
    "Mine output grows from 3 million ounces in 2024 to 5 million ounces by 2030.",
    "Interest costs rise from 3.1% of GDP in 2024 to 5.4 percent in 2034.",
    "Central-bank buying of 1,000 tonnes in 2025 to about 1,200 tonnes through 2028 looks set.",
    "Reserves held in 2024, up to twice as much by 2030.",
    "Ownership should swell from 4.5m wallets in 2023 to 9m wallets until 2027, a survey says.",
]

#: A year a move or a level belongs to, with no later year after it: still the story's own.
OWN = [
    ("Gold rose 27% in 2024 to a record.", [(2024, "own")]),
    ("Gold climbed in 2025 to $4,000 by December.", [(2025, "own")]),
    ("Silver fell in 2024 to $20 in 2023 terms.", [(2024, "own"), (2023, "own")]),
]


@pytest.mark.parametrize("text", SPANS)
def test_span_base_and_horizon_not_own(text: str) -> None:
    assert _mentions(text) == []


@pytest.mark.parametrize(("text", "found"), OWN)
def test_year_of_a_move_still_own(text: str, found: list[tuple[int, str]]) -> None:
    assert _mentions(text) == found
