"""A rate's move told in percent is read as points or as a share of the rate, never as bp.

"The 10-year yield rose 1.1%" (a data feed's change: 3.97% to 4.01%) is a relative change;
"the Fed cut rates by 0.25%" is a cut of a quarter point. Before, both were read as basis
points (1.1 bp, 0.25 bp), so a true relative change was "contradicted".
"""

from __future__ import annotations

import pandas as pd
import pytest

from leadwatch.claims.check import check_claims
from leadwatch.claims.extract import extract_claims
from leadwatch.claims.market import Market

DAYS = pd.bdate_range("2024-12-02", "2025-10-31")


def _market() -> Market:
    y = pd.Series(4.50, index=DAYS)
    y.loc["2025-06-02":] = 4.00  # -50 bp, -11.1% since the start of the year
    y.loc["2025-10-23":] = 4.04  # +4 bp, +1.0% on the day
    return Market({"yield_10y": y})


def _moves(text: str, day: str) -> list[tuple[str, str]]:
    checked = check_claims(extract_claims(text), pd.Timestamp(day), _market())
    return [(c.claim.describe(), c.status) for c in checked if c.claim.kind == "percent"]


@pytest.mark.parametrize(
    "text",
    [
        "The 10-year Treasury yield rose 1.1% to 4.04% on Thursday.",
        "On Thursday the yield on the 10-year note climbed 1% to 4.04%.",
        "The benchmark 10-year yield was up 1.0% at 4.04% on Thursday.",
    ],
)
def test_a_days_relative_change_is_confirmed(text: str) -> None:
    found = _moves(text, "2025-10-23")
    assert len(found) == 1 and found[0][1] == "confirmed", found
    assert found[0][0].endswith("%") and "bp" not in found[0][0]


@pytest.mark.parametrize(
    "text",
    [
        "The 10-year yield has fallen 11% this year.",
        "So far this year the 10-year yield is down 0.5%.",  # points: 50 bp
        "The 10-year Treasury yield has dropped 10.5% year to date.",
    ],
)
def test_a_spans_change_in_either_reading_is_confirmed(text: str) -> None:
    assert [s for _, s in _moves(text, "2025-10-23")] == ["confirmed"]


@pytest.mark.parametrize(
    "text",
    [
        "The 10-year Treasury yield rose 6% to 4.04% on Thursday.",  # neither 6 pp nor +6%
        "The 10-year yield has fallen 30% this year.",
        "The 10-year yield rose 1% on Thursday.".replace("rose", "fell"),  # wrong side
    ],
)
def test_a_change_fitting_neither_reading_is_contradicted(text: str) -> None:
    assert [s for _, s in _moves(text, "2025-10-23")] == ["contradicted"]


def test_basis_points_keep_their_reading() -> None:
    found = _moves("The 10-year yield climbed 4 basis points to 4.04% on Thursday.", "2025-10-23")
    assert found == [("yield_10y up 4 bp", "confirmed")]
    found = _moves("The 10-year yield climbed 40 basis points on Thursday.", "2025-10-23")
    assert found == [("yield_10y up 40 bp", "contradicted")]
