"""The dollar and the 10-year yield in wire copy: "the 10-year U.S.
government bonds' yield", "fell 6 basis points to mark 4.39%", "the value of the dollar
increased" beside another asset's figure (hand-written phrasings)."""

from __future__ import annotations

import pytest

from leadwatch.claims import extract_claims
from leadwatch.claims.assets import find_assets


@pytest.mark.parametrize(
    "text",
    [
        "The 10-year U.S. government bonds saw their yield ease 4 basis points to 4.21%.",
        "The 10-year US government note yield rose to 4.6%.",
    ],
)
def test_us_government_bonds_are_the_treasury(text: str) -> None:
    assert next(m.asset for m in find_assets(text)) == "yield_10y"


def test_another_country_s_government_bonds_are_not() -> None:
    assert "yield_10y" not in [
        m.asset for m in find_assets("Japan's 10-year government bond yield rose.")
    ]


@pytest.mark.parametrize(
    ("text", "level", "bp"),
    [
        ("The 10-year yield dropped 5 basis points to mark 4.12%.", 4.12, 5.0),
        ("The 10-year yield climbed 3 basis points to register 4.70%.", 4.70, 3.0),
    ],
)
def test_to_mark_a_yield_is_its_level_not_a_move(text: str, level: float, bp: float) -> None:
    claims = extract_claims(text).claims
    assert [(c.asset, c.level) for c in claims if c.kind == "level"] == [("yield_10y", level)]
    assert [c.pct for c in claims if c.kind == "percent"] == [bp]  # the basis points only


@pytest.mark.parametrize(
    ("text", "op"),
    [
        ("Copper jumped more than 3%, and the value of the dollar increased.", "up"),
        ("Oil slid 2%, and the dollar's value decreased.", "down"),
        ("The greenback increased on Tuesday.", "up"),
    ],
)
def test_a_figureless_dollar_move_after_another_asset_s_figure(text: str, op: str) -> None:
    claims = extract_claims(text).claims
    assert [(c.asset, c.op) for c in claims if c.kind == "move"] == [("dxy", op)]


@pytest.mark.parametrize(
    "text",
    [
        "The Fed increased its bond purchases.",  # an object: no move of the rate
        "Gold rose 1% and silver climbed.",  # no comma: the figure may be shared
        "A $2.10 dollar change on a $70 close is 3%.",  # a unit, not the dollar index
    ],
)
def test_no_dollar_or_rate_move(text: str) -> None:
    claims = extract_claims(text).claims
    assert [
        c for c in claims if c.kind == "move" and c.asset in ("dxy", "fed_funds", "silver")
    ] == []


@pytest.mark.parametrize(
    ("text", "asset"),
    [
        ("Demand lifted the US ten-year government bonds' yield to 4.02%.", "yield_10y"),
        ("Elsewhere, the \u20182-year\u2019 rose to 3.71%.", "yield_2y"),
        ("The \u201930-year\u2019 added 3 bp to 4.88%.", "yield_30y"),
    ],
)
def test_each_maturity_keeps_its_own_figure(text: str, asset: str) -> None:
    claims = extract_claims(text).claims
    assert [c.asset for c in claims if c.kind == "level"] == [asset]
