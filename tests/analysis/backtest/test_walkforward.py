"""Walk-forward: planted truth is found out of sample; fitting never sees the test window."""

from __future__ import annotations

import itertools
from collections.abc import Mapping
from typing import Any

import numpy as np
import pandas as pd
import pytest

from leadwatch.analysis.backtest.engine import Market
from leadwatch.analysis.backtest.strategies import Strategy, event_hold
from leadwatch.analysis.backtest.walkforward import fold_windows, walk_forward
from leadwatch.errors import InfeasibleTest

GRID = tuple({"delay": d, "hold": h} for d in (0, 10, 30) for h in (20, 60))


def _planted(seed: int, *, lead: bool) -> Market:
    """Silver spikes to a new high now and then; with ``lead``, BTC drifts up from 10 to 30
    days after each spike (the best set is delay=10, hold=20), otherwise BTC is noise."""
    rng = np.random.default_rng(seed)
    days = pd.date_range("2012-01-01", "2019-12-31")
    bdays = pd.bdate_range("2011-01-01", days[-1])
    silver = np.full(len(bdays), 20.0) * np.exp(rng.normal(0, 0.002, len(bdays)))
    spikes = np.sort(rng.choice(np.arange(300, len(bdays) - 5), 40, replace=False))
    for k, i in enumerate(spikes):
        silver[i] = 30.0 + k  # ever-higher highs: each is a breakout
    r = rng.normal(0, 0.02, len(days))
    if lead:
        fills = np.searchsorted(days, bdays[spikes]) + 1
        for f in fills:
            r[f + 10 : f + 30] += 0.01
    btc = pd.Series(100 * np.exp(np.cumsum(r)), days)
    return Market.from_series({"btc": btc, "silver": pd.Series(silver, bdays)})


def _strategy(grid: tuple[Mapping[str, Any], ...] = GRID) -> Strategy:
    fixed = {"leader": "silver", "asset": "btc", "rule": "breakout", "lookback": 250}
    return Strategy("planted", event_hold, grid, fixed)


def test_planted_lead_is_recovered_out_of_sample() -> None:
    wf = walk_forward(_strategy(), _planted(1, lead=True), train_years=3, test_years=1)
    assert (wf.folds["params"] == "delay=10, hold=20").mean() >= 0.6
    assert wf.oos.metrics.sharpe > 1.0
    assert wf.deflated_sharpe > 0.95
    assert wf.n_trials == len(GRID) and len(wf.trials) == len(GRID)
    assert wf.oos.metrics.start >= wf.folds["train_end"].iloc[0].tz_localize(None).normalize()


def test_null_gives_no_confident_deflated_sharpe() -> None:
    wf = walk_forward(_strategy(), _planted(2, lead=False), train_years=3, test_years=1)
    assert wf.deflated_sharpe < 0.95
    assert wf.deflated_sharpe <= wf.psr + 1e-12  # deflation never helps


def test_fitting_never_sees_test_data() -> None:
    market = _planted(3, lead=True)
    seen: list[pd.Timestamp] = []

    def spy(m: Market, **params: Any) -> dict[str, np.ndarray]:
        seen.append(max(m.leg("btc").known[-1], m.leg("silver").known[-1]))
        return event_hold(m, **params)

    strategy = Strategy("spy", spy, GRID, _strategy().fixed)
    wf = walk_forward(strategy, market, train_years=3, test_years=1)
    per_fold = len(GRID) + 1  # fit every set on the training data, then apply the choice
    probe = len(GRID)  # first every set on the full data (the trials, and which assets)
    for k, fold in enumerate(wf.folds.to_dict(orient="records")):
        fits = seen[probe + k * per_fold : probe + k * per_fold + len(GRID)]
        assert max(fits) <= fold["train_end"], k
        assert seen[probe + k * per_fold + len(GRID)] <= fold["test_end"]

    # and rewriting everything after a fold's training window leaves its choice unchanged
    cut = wf.folds["train_end"].iloc[2]
    legs = {
        k: pd.Series(
            np.where(v.known > cut, v.values * np.linspace(1, 3, len(v.values)), v.values),
            v.labels,
        )
        for k, v in market.legs.items()
    }
    other = walk_forward(_strategy(), Market.from_series(legs), train_years=3, test_years=1)
    assert other.folds["params"].iloc[:3].tolist() == wf.folds["params"].iloc[:3].tolist()


def test_windows_and_too_short_data() -> None:
    lo, hi = pd.Timestamp("2015-01-01", tz="UTC"), pd.Timestamp("2019-01-01", tz="UTC")
    rolling = fold_windows(lo, hi, train_years=2, test_years=1)
    anchored = fold_windows(lo, hi, train_years=2, test_years=1, anchored=True)
    assert [f[0].year for f in rolling] == [2015, 2016]
    assert [f[0].year for f in anchored] == [2015, 2015]
    assert all(a[2] == b[1] for a, b in itertools.pairwise(rolling))
    with pytest.raises(InfeasibleTest, match="train_years"):
        walk_forward(_strategy(), _planted(0, lead=False), train_years=10)
