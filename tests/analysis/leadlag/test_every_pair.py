"""No crash for any pair: each catalog pair gives a result or a LeadwatchError with a fix.

The fast test runs the pairs that crashed (issue 14: eth/vix/gpr -> btc in the
placebo draw, m2 -> btc in Granger, spx -> btc refusing for want of a VAR
stretch) and one pair per calendar kind; the slow test sweeps every ordered
pair of the catalog on the daily and weekly grids.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import leadwatch
from leadwatch.analysis.leadlag.battery import LeadLagResult
from leadwatch.errors import LeadwatchError

#: Pairs that crashed before, and one pair per calendar kind (24/7, weekdays, daily, monthly).
FAST = [
    ("eth", "btc", "daily"),
    ("vix", "btc", "daily"),
    ("gpr", "btc", "weekly"),
    ("m2", "btc", "daily"),
    ("fed_assets", "silver", "daily"),
    ("btc", "m2", "weekly"),
]


def _run(store: Path, leader: str, follower: str, grid: str, **kw: object) -> str:
    try:
        res = leadwatch.lead_lag(
            leader, follower, store=store, grid=grid, n_boot=99, lags=kw.pop("lags", None), **kw
        )  # type: ignore[arg-type]
    except LeadwatchError as err:
        assert err.fix, f"{leader}->{follower} {grid}: {err} has no fix"
        return "error"
    assert isinstance(res, LeadLagResult)
    assert res.verdict in {"supported", "contradicted", "conflict", "inconclusive"}
    assert str(res)  # renders
    return res.verdict


@pytest.mark.parametrize(("leader", "follower", "grid"), FAST)
def test_pairs_that_crashed_now_give_a_result(
    snapshot_store: Path, leader: str, follower: str, grid: str
) -> None:
    assert _run(snapshot_store, leader, follower, grid, controls=()) != "error"


def test_spx_btc_daily_with_default_controls_runs_without_a_var_stretch(
    snapshot_store: Path,
) -> None:
    res = leadwatch.lead_lag("spx", "btc", store=snapshot_store, n_boot=99, lags=range(1, 41))
    assert res.granger is not None and res.confounders is not None


#: One series per calendar and kind: 24/7 price, weekday price, daily index, weekly level,
#: monthly level, weekday rate, monthly price.
KINDS = ["btc", "silver", "gpr", "fed_assets", "m2", "real_yield_10y", "gold_monthly"]


@pytest.mark.slow
@pytest.mark.parametrize("grid", ["daily", "weekly"])
def test_every_pair_of_calendar_kinds_on_a_short_sample(snapshot_store: Path, grid: str) -> None:
    """A short sample (from 2019) is where thin pairs break: the weekly stability windows of a
    monthly series once had no complete pair (All-NaN slice). Every catalog pair, on the full
    history, runs in ``bench/every_pair.py`` (about 11 minutes: 0 crashes)."""
    outcomes = [
        _run(snapshot_store, a, b, grid, controls=(), lags=range(1, 6), start="2019-01-01")
        for a in KINDS
        for b in KINDS
        if a != b
    ]
    assert outcomes.count("error") < len(outcomes) // 2  # only pairs that never share a point
