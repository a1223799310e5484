"""A sentence whose subject is a named stock or coin the store does not hold keeps its
figures off the asset carried from the sentence before; a group of assets ("precious
metals") hitting records names no single metal (hand-written phrasings)."""

from __future__ import annotations

import pytest

from leadwatch.claims import extract_claims


def _claims(text: str) -> set[tuple[str | None, str]]:
    return {(c.asset, c.kind) for c in extract_claims(text).claims}


@pytest.mark.parametrize(
    ("text", "asset"),
    [
        (
            "Ether rose 4% to $2,310. The price of meme token Pepe coin, loved online, jumped 22%.",
            "eth",
        ),
        (
            "The S&P 500 fell 1.3% on Monday. Globex's stock dropped over 8 percent after hours.",
            "spx",
        ),
        ("The Dow slipped 0.6% on Friday. Shares of Initech tumbled 12% on weak guidance.", "dow"),
    ],
)
def test_a_named_stock_or_coin_lends_no_move(text: str, asset: str) -> None:
    moves = [c for c in extract_claims(text).claims if c.kind == "percent" and c.asset == asset]
    assert len(moves) == 1  # only the first sentence's


@pytest.mark.parametrize(
    "text",
    [
        "Ether rose 4% to $2,310. The price jumped another 3% overnight.",
        "The S&P 500 fell 1.3% on Monday. The index dropped another 0.8% on Tuesday.",
    ],
)
def test_the_carried_asset_stays_without_a_name(text: str) -> None:
    assert len([c for c in extract_claims(text).claims if c.kind == "percent"]) == 2


@pytest.mark.parametrize(
    "text",
    [
        "Silver climbed to 13-year highs. Precious metals hit record highs.",
        "Silver rose 2% on Monday. The precious metals set fresh all-time highs.",
    ],
)
def test_a_group_record_is_no_metal_record(text: str) -> None:
    claims = extract_claims(text).claims
    assert not [c for c in claims if c.kind == "record" and c.sentence == 1]


def test_a_named_metal_record_stays() -> None:
    claims = extract_claims("Silver rose 2% on Monday. Gold hit a record high.").claims
    assert [c.asset for c in claims if c.kind == "record"] == ["gold"]


@pytest.mark.parametrize(
    ("text", "carried"),
    [
        (
            "The 10-year yield fell to 4.1% on Monday. After logging their sharpest drop in a"
            " year, small caps rebounded 2% on Tuesday.",
            "yield_10y",
        ),
        (
            "Gold slipped 1% on Monday. Having posted their worst month since 2021, homebuilder"
            " shares gained 0.8%.",
            "gold",
        ),
    ],
)
def test_a_fronted_pronoun_looks_ahead_to_its_subject(text: str, carried: str) -> None:
    claims = extract_claims(text).claims
    assert not [c for c in claims if c.sentence == 1 and c.asset == carried]


def test_a_fronted_pronoun_before_a_price_noun_keeps_the_asset() -> None:
    text = "Gold slipped 1% on Monday. After posting its worst week since 2022, the price rose 2%."
    assert [c.asset for c in extract_claims(text).claims if c.sentence == 1 and c.pct == 2.0] == [
        "gold"
    ]


@pytest.mark.parametrize(
    ("text", "when"),
    [
        (
            "Gold and silver are at records again. After setting their previous record highs "
            "on May 3rd, both metals paused for a week.",
            ("date", (5, 3)),
        ),
        (
            "Gold and silver are at records again. After hitting their prior all-time highs "
            "in April, these two rested briefly.",
            ("month", (0, 4)),
        ),
    ],
)
def test_a_subject_pointing_back_keeps_the_carried_assets(
    text: str, when: tuple[str, object]
) -> None:
    records = [(c.asset, c.when) for c in extract_claims(text).claims if c.kind == "record"]
    assert ("gold", when) in records
