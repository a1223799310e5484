"""Robustness inside the verdict: a lead carried by one stretch of history is not supported."""

from __future__ import annotations

import numpy as np
import pandas as pd

from leadwatch.analysis.inference import Inference
from leadwatch.analysis.leadlag.battery import lead_lag_battery
from leadwatch.analysis.leadlag.robustness import holds_up, lag_pairs, subsample_table
from leadwatch.analysis.simulate import garch_t
from leadwatch.theses.evaluate.robust import event_subsamples, events_hold_up


def _frame(x: np.ndarray, y: np.ndarray) -> pd.DataFrame:
    idx = pd.bdate_range("2010-07-19", periods=len(x))
    return pd.DataFrame({"a": 0.01 * x, "b": 0.01 * y}, index=idx)


def test_lead_only_in_the_thin_early_years_is_not_supported() -> None:
    rng = np.random.default_rng(5)
    n, lag = 3200, 10
    x, e = garch_t(n + lag, 2, rng=rng)
    beta = np.where(np.arange(n) < 700, 0.6, 0.0)  # 2010-2012 only
    y = beta * x[:n] + e[:n]
    frame = _frame(x[lag:], y)
    res = lead_lag_battery(
        frame,
        "a",
        "b",
        lags=range(1, 41),
        inference=Inference(n_boot=199),
        liquid_start=pd.Timestamp("2013-01-01"),
    )
    assert res.best_lag == lag and res.pvalue < 0.01  # the full-sample test finds it
    tab = res.robustness
    assert tab is not None and "from 2013-01-01" in tab["sample"].tolist()
    assert not res.decision.checks["robust"] and res.verdict != "supported"
    assert "from 2013-01-01 r" in res.decision.paragraph


def test_lead_everywhere_holds_up_and_outliers_do_not_carry_it() -> None:
    rng = np.random.default_rng(6)
    x = rng.standard_normal(3000)
    y = 0.15 * np.r_[np.zeros(3), x[:-3]] + rng.standard_normal(3000)
    idx = pd.bdate_range("2012-01-02", periods=3000)
    assert holds_up(subsample_table(x, y, idx, 3, liquid_start=pd.Timestamp("2013-01-01")))
    # one huge co-move makes Pearson positive; the rank correlation does not follow
    x2, y2 = rng.standard_normal(3000), rng.standard_normal(3000)
    x2[100], y2[103] = 80.0, 80.0
    tab = subsample_table(x2, y2, idx, 3)
    assert float(tab["r"].iloc[0]) > 0.3 and not holds_up(tab)


def test_lag_pairs_drop_missing_returns_never_zero_them() -> None:
    a, b = lag_pairs(np.array([1.0, np.nan, 2.0]), np.array([np.nan, 3.0, 4.0]), 1)
    assert a.tolist() == [1.0] and b.tolist() == [3.0]


def test_events_carried_by_early_years_do_not_hold_up() -> None:
    idx = pd.bdate_range("2010-01-01", periods=1000)
    outcome = pd.Series(0.0, index=idx)
    early = idx[[50, 120, 200, 260]]
    late = idx[[600, 700, 800, 900]]
    outcome.loc[early] = 0.5
    outcome.loc[late] = -0.1
    tab = event_subsamples(early.append(late), outcome, idx[0])
    assert float(tab["excess"].iloc[0]) > 0 and not events_hold_up(tab)
    outcome.loc[late] = 0.4
    assert events_hold_up(event_subsamples(early.append(late), outcome, idx[0]))


def test_conditional_effect_from_one_half_does_not_hold_up() -> None:
    from leadwatch.theses.evaluate.robust import conditional_hold_up, conditional_subsamples

    days = pd.date_range("2013-01-04", periods=400, freq="W-FRI")
    regime = np.tile([1, 0], 200)
    forward = np.where((np.arange(400) < 200) & (regime == 1), 0.05, 0.0)
    frame = pd.DataFrame({"date": days, "in_regime": regime, "forward": forward})
    tab = conditional_subsamples(frame)
    assert float(tab["effect"].iloc[0]) > 0 and not conditional_hold_up(tab, 1.0)
    frame["forward"] = np.where(regime == 1, 0.05, 0.0)
    assert conditional_hold_up(conditional_subsamples(frame), 1.0)
    assert not conditional_hold_up(conditional_subsamples(frame), -1.0)  # wrong direction
