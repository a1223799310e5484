"""Whose figures a clause gives: the subject of a comparison, not its term; "the metal" and
"the white metal" as the text's topic; groups outside the store (sector stocks, funds
spelt out) keeping their own figures from the asset carried from before."""

from __future__ import annotations

import pytest

from leadwatch.claims import extract_claims


def _assets(text: str, sentence: int) -> list[tuple[str | None, str]]:
    return [(c.asset, c.kind) for c in extract_claims(text).claims if c.sentence == sentence]


@pytest.mark.parametrize(
    "text",
    [
        "Silver fared better than gold over May, opening at $31.20 and closing at $33.05, "
        "a 5.9% rise.",
        "Palladium did better than platinum in the quarter, ending at $1,020, up 7.5%.",
        "Spot silver held up better than gold last month, finishing at $32.40, up 2.8%.",
    ],
)
def test_figures_after_the_compared_term_are_the_subjects(text: str) -> None:
    subject = text.split()[0].lower() if text.split()[0] != "Spot" else text.split()[1]
    owners = {a for a, k in _assets(text, 0) if k in ("level", "percent")}
    assert owners == {subject}


def test_a_figure_the_term_owns_stays_the_terms() -> None:
    text = "Silver did better than gold in May, which itself closed at $2,310, up 1.2%."
    assert {a for a, k in _assets(text, 0) if k in ("level", "percent")} == {"gold"}


@pytest.mark.parametrize(
    ("text", "metal"),
    [
        ("Silver did better than gold in May. The metal reached its highest since 2013.", "silver"),
        ("Gold held up better than silver in May. The metal hit a record high.", "gold"),
        ("Silver rose 2% while gold fell 1%. The metal then climbed to $2,400.", "gold"),
    ],
)
def test_the_metal_after_a_comparison_is_its_subject(text: str, metal: str) -> None:
    assert {a for a, _ in _assets(text, 1)} == {metal}


@pytest.mark.parametrize(
    ("text", "metal"),
    [
        ("May was a strong month, with platinum leading. The white metal climbed 18% in May.",
         "platinum"),
        ("Palladium led the pack. The white metal added 9% in three weeks.", "palladium"),
        ("Gold led the pack. The white metal added 9% in three weeks.", "silver"),
    ],
)  # fmt: skip
def test_the_white_metal_after_platinum_or_palladium(text: str, metal: str) -> None:
    assert [a for a, k in _assets(text, 1) if k == "percent"] == [metal]


@pytest.mark.parametrize(
    "second",
    [
        "Utility stocks fell 0.6%, the worst sector of the week with a total drop of 3.1%.",
        "Junior miners have slid 2%, extending a weekly decline of 7%.",
    ],
)
def test_a_group_outside_the_store_keeps_its_figures(second: str) -> None:
    text = f"Gold rose 1% on Monday. {second}"
    assert "gold" not in {a for a, _ in _assets(text, 1)}


def test_prices_still_carry_the_asset_before() -> None:
    text = "Gold rose 1% on Monday. Prices fell 0.5% on Tuesday, a weekly drop of 1.4%."
    assert {a for a, _ in _assets(text, 1)} == {"gold"}


@pytest.mark.parametrize(
    "text",
    [
        "Ether fell 2%. Ether Exchange-Traded Funds (ETFs) drew inflows of $90 million, marking "
        "the highest level since May 14.",
        "Bitcoin rose 1%. Bitcoin Exchange-Traded Products posted inflows of $300 million, the "
        "highest level since June 3.",
    ],
)
def test_funds_spelt_out_are_not_the_coin(text: str) -> None:
    assert not {a for a, k in _assets(text, 1) if k == "record"} & {"btc", "eth"}


def test_the_coin_after_its_funds_in_another_clause_keeps_its_record() -> None:
    text = "Bitcoin Exchange-Traded Funds drew inflows as bitcoin rose to its highest since May 14."
    assert ("btc", "record") in _assets(text, 0)
