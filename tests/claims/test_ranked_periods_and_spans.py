"""Ranked period moves below the top ("its 2nd-best week since ..."), moves ranked over
several weeks ("the largest 5-week gain since ..."), and hyphened plural spans ("a
14-months low")."""

from __future__ import annotations

import pandas as pd

from leadwatch.claims import extract_claims
from leadwatch.claims.check import check_claims
from leadwatch.claims.market import Market
from leadwatch.claims.rankedcheck import period_returns
from tests.claims.extracted import records


def _ranked(s: str) -> list[tuple[str | None, str | None, str | None, tuple[str, ...]]]:
    out = extract_claims(s).claims
    return [(c.asset, c.op, c.window, c.qualifiers) for c in out if c.kind == "record"]


def test_ordinal_period_records_carry_their_rank() -> None:
    s = "The Dow rose 3%, posting its third-best week since March 2022."
    assert _ranked(s) == [("dow", "best:W", "since:March 2022", ("rank:3",))]
    s = "Silver logged the 2nd-worst monthly drop in five years."
    assert _ranked(s) == [("silver", "worst:M", "last:5:year", ("rank:2",))]


def test_top_ranked_period_record_has_no_rank() -> None:
    s = "The Dow posted its best week since March 2022."
    assert _ranked(s) == [("dow", "best:W", "since:March 2022", ())]


def test_multi_week_moves_are_ranked_over_weeks() -> None:
    s = "The Dow has climbed 11% over four weeks, its largest four-week gain since 2019."
    assert _ranked(s) == [("dow", "best:W4", "since:2019", ())]
    s = "Copper fell 9% in three weeks, the steepest 3-week drop in a year."
    assert _ranked(s) == [("copper", "worst:W3", "last:1:year", ())]
    s = "The Dow rose 3% over two days, its largest two-day gain since 2019."
    assert _ranked(s) == [("dow", "best:D2", "since:2019", ())]


def test_multi_week_returns_run_over_weekly_closes() -> None:
    days = pd.date_range("2026-01-02", periods=4, freq="W-FRI")
    closes = pd.Series([10.0, 11.0, 12.0, 15.0], index=days)
    assert period_returns(closes, "W2").round(3).tolist() == [0.2, 0.364]


def test_hyphened_plural_span_is_a_record() -> None:
    assert records("The dollar index sank to a 14-months low.") == [("dxy", "low", "last:14:month")]
    assert records("Platinum rallied to a three-years high.") == [
        ("platinum", "high", "last:3:year")
    ]


def test_spaced_plural_span_is_no_record() -> None:
    assert records("Silver has risen for 3 months high above its average.") == []


def test_a_year_told_with_the_move_is_the_year_ranked() -> None:
    ends = pd.date_range("2008-12-31", "2025-12-31", freq="YE")
    gains = {2010: 0.30, 2024: 0.27, 2025: 0.65}  # 2025's bigger gain is not the one told
    values, level = [], 100.0
    for end in ends:
        level *= 1 + gains.get(end.year, 0.05)
        values.append(level)
    gold = pd.Series(values, index=ends)
    day = pd.Timestamp("2025-12-31")
    text = "Gold rose 27% in 2024, its largest yearly advance since 2010."
    records = [c for c in check_claims(extract_claims(text), day, Market({"gold": gold}))
               if c.claim.kind == "record"]  # fmt: skip
    assert [c.status for c in records] == ["confirmed"], records[0].evidence
    late = "Gold rose 27% in 2024, its largest yearly advance since 2020."  # 2020's was small
    records = [c for c in check_claims(extract_claims(late), day, Market({"gold": gold}))
               if c.claim.kind == "record"]  # fmt: skip
    assert [c.status for c in records] == ["contradicted"]
