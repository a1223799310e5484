"""Flat moves (issue 15, round 8): "was flat", "little changed", "held steady", "barely
moved" read as a move of about zero and graded against the flat tolerance."""

from __future__ import annotations

import pandas as pd
import pytest

from leadwatch.claims import extract_claims
from leadwatch.claims.check import check_claims
from leadwatch.claims.market import Market
from leadwatch.claims.nonpercentmoves import FLAT_TOLERANCE


def _flat(text: str) -> list[str | None]:
    return [c.asset for c in extract_claims(text).claims if c.op == "flat"]


@pytest.mark.parametrize(
    ("text", "asset"),
    [
        ("The dollar index was little changed after the payrolls report.", "dxy"),
        ("Spot silver ended nearly flat, while traders awaited the Fed.", "silver"),
        ("Bitcoin barely budged on Tuesday as volumes thinned.", "btc"),
        ("Gold prices held steady as investors weighed the tariff news.", "gold"),
        ("Ether was unchanged in early trading.", "eth"),
    ],
)
def test_a_flat_phrasing_is_a_move_of_about_zero(text: str, asset: str) -> None:
    assert _flat(text) == [asset]


@pytest.mark.parametrize(
    "text",
    [
        "Gold held steady at $2,650 an ounce.",  # a level held, checked as a level
        "The Fed kept rates unchanged in the 4.25%-4.5% range.",
        "Analysts expect silver to stay flat next week.",  # an expectation
    ],
)
def test_steady_at_a_named_level_or_a_forecast_is_no_flat_move(text: str) -> None:
    assert _flat(text) == []


def _market(last: float) -> Market:
    days = pd.bdate_range("2025-02-03", "2025-02-24")
    dxy = pd.Series(106.6, index=days)
    dxy.iloc[-1] = last
    return Market({"dxy": dxy})


@pytest.mark.parametrize(
    ("last", "status"),
    [
        (106.59, "confirmed"),  # -0.01%
        (106.6 * (1 - FLAT_TOLERANCE * 0.8), "confirmed"),  # inside the tolerance
        (106.6 * (1 + FLAT_TOLERANCE * 1.5), "contradicted"),  # a clear rise is not flat
        (105.5, "contradicted"),  # -1.0%
    ],
)
def test_a_flat_day_is_graded_against_the_flat_tolerance(last: float, status: str) -> None:
    ex = extract_claims("The US dollar index was flat on Monday.")
    checked = [c for c in check_claims(ex, pd.Timestamp("2025-02-24"), _market(last))]
    flat = [c for c in checked if c.claim.op == "flat"]
    assert [c.status for c in flat] == [status], [c.evidence for c in flat]


def test_a_flat_phrase_takes_a_carried_asset_only_after_a_pronoun() -> None:
    text = "The dollar index rose 0.5% on Monday. It was little changed on Tuesday."
    assert _flat(text) == ["dxy"]
    text = "The dollar index rose 0.5% on Monday. Stock futures held steady."
    assert _flat(text) == []


@pytest.mark.parametrize(("move", "status"), [(0.02, "confirmed"), (0.08, "contradicted")])
def test_a_flat_yield_is_graded_in_basis_points(move: float, status: str) -> None:
    days = pd.bdate_range("2025-02-03", "2025-02-24")
    ylds = pd.Series(4.40, index=days)
    ylds.iloc[-1] = 4.40 + move
    market = Market({"yield_10y": ylds})
    ex = extract_claims("The 10-year Treasury yield was little changed on Monday.")
    flat = [c for c in check_claims(ex, pd.Timestamp("2025-02-24"), market) if c.claim.op == "flat"]
    assert [c.status for c in flat] == [status], [c.evidence for c in flat]
