"""Whose figure is it, and is it a move at all: a move said not to have happened, a record
of the currency measured against the dollar, a year told in a later clause, a comparison
whose subject is a market the store does not know, and a points move larger than the
close it ends at."""

from __future__ import annotations

import pandas as pd
import pytest

from leadwatch.claims import extract_claims
from leadwatch.claims.check import check_claims
from leadwatch.claims.market import Market


def _claims(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(c.kind, c.asset, c.window) for c in extract_claims(text).claims]


@pytest.mark.parametrize(
    "text",
    [
        "The S&P 500 has gone 200 sessions without a 2% or greater drop.",
        "The S&P 500 has not had a 1% decline since May, its calmest run in years.",
        "Bitcoin went three weeks without a single 5% daily drop.",
    ],
)
def test_a_move_said_not_to_have_happened_is_no_move(text: str) -> None:
    assert not [c for c in extract_claims(text).claims if c.kind == "percent"]


def test_a_move_that_happened_after_a_quiet_run_is_read() -> None:
    ex = extract_claims("The S&P 500 fell 2.1%, its first 2% drop in 200 sessions.")
    assert ("spx", "down", 2.1) in {(c.asset, c.op, c.pct) for c in ex.claims}


def test_a_record_told_after_against_the_dollar_is_the_currencys() -> None:
    text = "The euro has climbed 9% against the dollar since touching its 20-year low in May."
    assert ("record", "dxy", "last:20:year") not in _claims(text)
    text = "Gold rose 1% against the dollar to a record on Tuesday."
    assert ("record", "gold", None) in _claims(text)


def test_a_year_in_a_later_clause_is_not_the_peaks() -> None:
    text = (
        "The VIX touched a peak of 48.20, about 30 points above Friday's close, as a rout "
        "spread that at one point saw Asian shares match the losses seen in 2008."
    )
    levels = [(k, w) for k, a, w in _claims(text) if k == "level"]
    assert levels == [("level", None)]


def test_a_peak_set_in_a_year_told_right_after_it_is_that_years() -> None:
    text = "Silver is still far below the all-time peak of about $50, which was set in 2011."
    assert any((w or "").endswith("year:2011") for _, _, w in _claims(text))


def test_a_comparison_whose_subject_the_store_does_not_know_is_not_the_assets() -> None:
    text = (
        "The VIX jumped to 40 on Monday, in a rout that saw Korean stocks outpace even the "
        "slide of the previous week."
    )
    assert not [k for k, _, _ in _claims(text) if k == "comparison"]


def test_a_points_rise_larger_than_the_close_starts_from_the_close_before() -> None:
    days = pd.bdate_range("2024-07-29", periods=6)
    vix = pd.Series([16.0, 16.5, 17.0, 23.0, 38.0, 27.0], index=days)  # an intraday spike day
    checked = check_claims(
        extract_claims("The VIX rose 30 points on Monday morning."), days[4], Market({"vix": vix})
    )
    moves = [c for c in checked if c.claim.kind in ("percent", "move")]
    assert len(moves) == 1
    assert "of 23.00" in moves[0].evidence  # 30 points of the close before, not of 8
    assert moves[0].claim.pct == pytest.approx(100 * 30 / 23.0)
