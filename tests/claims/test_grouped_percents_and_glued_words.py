"""Figures and move words as printed: a percentage grouped in thousands ("4,210%") is
thousands, not a decimal comma; a move word glued to another by a hyphen ("a
jaw-dropping 40%") is no move word; "earned 1.4%" is a gain; "its year-to-date growth to
38%" is the asset's own gain, not an economic indicator."""

from __future__ import annotations

import pytest

from leadwatch.claims import extract_claims
from leadwatch.claims.numbers import spelled_number


def _moves(text: str) -> set[tuple[str | None, str | None, float | None]]:
    return {(c.asset, c.op, c.pct) for c in extract_claims(text).claims if c.kind == "percent"}


@pytest.mark.parametrize(
    ("text", "pct"),
    [
        ("In 2013, Bitcoin soared by 4,210%.", 4210.0),
        ("Bitcoin rose 1,350% over five years.", 1350.0),
        ("Ether is up 2,045.5% since its launch.", 2045.5),
        ("Gold rose 2,5% today.", 2.5),  # a decimal comma stays a decimal
    ],
)
def test_a_percentage_grouped_in_thousands_is_read_whole(text: str, pct: float) -> None:
    assert any(p == pct for _, _, p in _moves(text))


def test_spelled_number_reads_thousands_and_decimal_commas() -> None:
    assert spelled_number("4,210") == 4210.0
    assert spelled_number("1,234,567.5") == 1234567.5
    assert spelled_number("3,75") == 3.75


@pytest.mark.parametrize(
    "text",
    [
        "Gold is up a jaw-dropping 40% over the past year.",
        "Silver posted an eye-watering, record-breaking 12% gain this month.",
    ],
)
def test_a_move_word_glued_to_another_is_no_move_word(text: str) -> None:
    assert {op for _, op, _ in _moves(text)} == {"up"}


def test_a_plain_drop_still_is_a_drop() -> None:
    assert ("btc", "down", 7.0) in _moves("Bitcoin had a sharp 7% drop on Monday.")


def test_earned_is_a_gain() -> None:
    assert ("gold", "up", 1.4) in _moves("Gold earned 1.4% yesterday.")


def test_the_assets_own_growth_is_its_gain() -> None:
    text = "Bitcoin kept rising, bringing its year-to-date growth to a remarkable 38%."
    assert ("btc", "up", 38.0) in _moves(text)


def test_an_economys_growth_is_still_an_indicator() -> None:
    moves = _moves("Gold held steady. China's GDP growth slowed to 4.6%.")
    assert not any(p == 4.6 and a == "gold" for a, _, p in moves)
