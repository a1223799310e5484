"""Prices written as whole numbers with no "$" and no thousands comma (issue 15, units):
wire and desk copy writes "Bitcoin at 107800" or "gold trades at 3475"; such a number after
a level word, with the asset named before it in the clause, is a level (qualifier
``bare``, so the checker drops it where it is implausible); a year or a clock time is not."""

from __future__ import annotations

import pytest

from leadwatch.claims import extract_claims


def _levels(text: str) -> list[tuple[str | None, float | None]]:
    return [(c.asset, c.level) for c in extract_claims(text).claims if c.kind == "level"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bitcoin looks vulnerable at 107800.", ("btc", 107800.0)),
        ("Gold trades at 3475 this morning.", ("gold", 3475.0)),
        ("Ether slipped to 2415 in early trading.", ("eth", 2415.0)),
        ("BTC touched 98500 overnight before sellers stepped in.", ("btc", 98500.0)),
        ("Spot gold hovered around 3312 in Asian hours.", ("gold", 3312.0)),
        ("Gold reached 4381 on Monday.", ("gold", 4381.0)),
    ],
)
def test_a_whole_number_after_a_level_word_is_a_price(
    text: str, expected: tuple[str, float]
) -> None:
    assert expected in _levels(text)


@pytest.mark.parametrize(
    "text",
    [
        "Gold was quoted at 1430 GMT.",  # a clock time
        "Gold rallied at 2300 GMT on Friday.",
        "Bitcoin traded at 2025 prices all year.",  # a year
        "Gold miners at 1200 sites.",  # no level word for the metal
        "Silver rose to 1500 tonnes of demand.",  # a quantity with a unit
    ],
)
def test_a_year_a_clock_time_or_a_quantity_is_no_price(text: str) -> None:
    assert all(level not in (1430.0, 2300.0, 2025.0, 1200.0, 1500.0) for _, level in _levels(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gold at 3475 and silver at 40.45 this morning.", [("gold", 3475.0), ("silver", 40.45)]),
        (
            "Ether eased to 2,415.50 and bitcoin to 98,100.25 in Asia.",
            [("eth", 2415.5), ("btc", 98100.25)],
        ),
        (
            "With gold at 3,312.40 and silver near 36.20, miners rallied.",
            [("gold", 3312.4), ("silver", 36.2)],
        ),
    ],
)
def test_each_bare_price_of_a_list_is_read(text: str, expected: list[tuple[str, float]]) -> None:
    assert [x for x in _levels(text) if x in expected] == expected
