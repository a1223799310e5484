"""Maturities written short ("10Y", "UST 10Y", "US 2Y", "10yr", "30Y") name the Treasury
yield; other countries' short maturities and curve spreads ("2s10s") do not (hand-written
phrasings: morning notes, dashboards, rates desks)."""

from __future__ import annotations

import pytest

from leadwatch.claims import extract_claims
from leadwatch.claims.assets import find_assets


@pytest.mark.parametrize(
    ("text", "asset"),
    [
        ("Treasuries sold off: 10Y unchanged at 4.31% on the day.", "yield_10y"),
        ("UST 10Y at 4.05% after the auction.", "yield_10y"),
        ("US 10Y climbed 6 bp to 4.42%.", "yield_10y"),
        ("The curve flattened as 2Y rose 9 bp to 3.98%.", "yield_2y"),
        ("10yr yields slipped 4 bp to 4.18%.", "yield_10y"),
        ("30Y holding 5.02%, the highest since 2007.", "yield_30y"),
        ("In rates, 10y +7 bp to 4.6% and 2y +3 bp.", "yield_10y"),
    ],
)
def test_short_maturity_names_the_yield(text: str, asset: str) -> None:
    assert asset in {c.asset for c in extract_claims(text).claims}


@pytest.mark.parametrize(
    "text",
    [
        "The German 10Y rose 5 bp to 2.61%.",
        "JGB 10Y yields hit 1.6%.",
        "The 2s10s spread steepened 6 bp to 54 bp.",
        "Bitcoin's 1Y return is 85%, its 5Y return 900%.",
    ],
)
def test_other_short_maturities_are_not_the_treasury_yield(text: str) -> None:
    named = {m.asset for m in find_assets(text)}
    assert not named & {"yield_10y", "yield_2y", "yield_1y", "yield_5y"}


@pytest.mark.parametrize(
    ("text", "asset", "op"),
    [
        ("Rates: 10Y unchanged at 4.31% on the day but +8 bp on the week.", "yield_10y", "up"),
        ("US 2Y -6 bp to 3.91% after the data.", "yield_2y", "down"),
        ("The 10-year yield: 4.40% (+5 bp).", "yield_10y", "up"),
    ],
)
def test_a_signed_basis_point_change_is_a_yield_move(text: str, asset: str, op: str) -> None:
    found = {(c.asset, c.op) for c in extract_claims(text).claims if "bp" in c.qualifiers}
    assert (asset, op) in found


@pytest.mark.parametrize(
    "text",
    [
        "Treasuries were heavy: 10Y unchanged at 4.31% on the day.",
        "The 2-year yield was unchanged at 3.95% after the data.",
        "UST 30Y unchanged at 4.98% into the close.",
    ],
)
def test_a_rate_unchanged_at_its_level_is_also_a_flat_move(text: str) -> None:
    kinds = {(c.kind, c.op) for c in extract_claims(text).claims}
    assert ("level", "at") in kinds and ("percent", "flat") in kinds


def test_a_price_unchanged_at_its_level_stays_a_level() -> None:
    kinds = {(c.kind, c.op) for c in extract_claims("Gold was unchanged at $2,400.").claims}
    assert kinds == {("level", "at")}


@pytest.mark.parametrize(
    "text",
    [
        "\u2022 10Y\u20132Y yield curve spread: 0.61% (+4.0%)",
        "The 10Y-2Y spread widened to 61 bp.",
        "2Y/10Y curve steepened by 5 bp.",
    ],
)
def test_a_curve_spread_names_no_single_yield(text: str) -> None:
    assert not {m.asset for m in find_assets(text)} & {"yield_10y", "yield_2y"}
