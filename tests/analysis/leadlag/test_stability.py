"""Rolling and subperiod stability of a lead."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from leadwatch.analysis.inference import Inference
from leadwatch.analysis.leadlag.stability import lead_profile, stability
from leadwatch.errors import DataError


def test_a_lead_that_flips_sign_is_not_stable() -> None:
    rng = np.random.default_rng(0)
    idx = pd.bdate_range("2016-01-01", "2025-12-31")
    n = len(idx)
    x = rng.standard_normal(n)
    sign = np.where(idx < pd.Timestamp("2020-01-01"), 1.0, -1.0)
    y = 0.3 * sign * np.r_[np.zeros(5), x[:-5]] + rng.standard_normal(n)
    res = stability(x, y, idx, range(1, 21), full_best_lag=5, full_r=0.1)
    assert res.subperiods["best_lag"].tolist() == [5, 5, 5]
    assert np.sign(res.subperiods["r_at_full_lag"]).tolist() == [1.0, -1.0, -1.0]
    assert res.subperiod_sign_share == pytest.approx(1 / 3)
    assert res.rolling_sign_share < 0.5
    assert res.rolling["start"].is_monotonic_increasing
    assert set(res.to_frame()["kind"]) == {"rolling", "subperiod"}
    assert "same sign" in str(res)


def test_profile_matches_ccf_definition() -> None:
    from leadwatch.analysis.leadlag.ccf import cross_correlation

    rng = np.random.default_rng(1)
    x, y = rng.standard_normal(400), rng.standard_normal(400)
    r, t = lead_profile(x, y, 10)
    table = cross_correlation(x, y, 10, inference=Inference(n_boot=99)).table.set_index("lag")
    np.testing.assert_allclose(r, table.loc[1:10, "r"])
    np.testing.assert_allclose(t, table.loc[1:10, "t"])


def test_validation() -> None:
    idx = pd.bdate_range("2020-01-01", periods=300)
    x = np.random.default_rng(2).standard_normal(300)
    with pytest.raises(DataError, match="window"):
        stability(x, x, idx, 10, full_best_lag=1, full_r=0.1, window=20)
    with pytest.raises(DataError, match="index"):
        stability(x, x, idx[:-1], 10, full_best_lag=1, full_r=0.1)


def test_a_lead_whose_lag_moves_does_not_stay_put() -> None:
    """Same sign throughout, but the lag jumps from 5 to 30 in 2020: sign-stable, lag-unstable."""
    rng = np.random.default_rng(3)
    idx = pd.bdate_range("2016-01-01", "2025-12-31")
    n = len(idx)
    x = rng.standard_normal(n)
    before = idx < pd.Timestamp("2020-01-01")
    lagged = np.where(before, np.r_[np.zeros(5), x[:-5]], np.r_[np.zeros(30), x[:-30]])
    y = 0.3 * lagged + rng.standard_normal(n)
    res = stability(x, y, idx, range(1, 41), full_best_lag=5, full_r=0.1)
    assert res.subperiods["best_lag"].tolist() == [5, 30, 30]
    assert res.lag_tolerance == 1
    assert res.subperiod_lag_share == pytest.approx(1 / 3)
    assert res.rolling_lag_share < 0.5 and not res.lag_stays_put
    assert res.rolling_lag_iqr[0] <= 5 and res.rolling_lag_iqr[1] == 30
    assert "does not stay put" in str(res) and "within 5 +- 1" in str(res)
    payload = res.to_dict()
    assert payload["lag_stays_put"] is False and payload["lag_tolerance"] == 1


def test_a_lead_at_a_fixed_lag_stays_put_within_the_tolerance() -> None:
    rng = np.random.default_rng(4)
    idx = pd.bdate_range("2016-01-01", "2025-12-31")
    x = rng.standard_normal(len(idx))
    y = 0.3 * np.r_[np.zeros(40), x[:-40]] + rng.standard_normal(len(idx))
    res = stability(x, y, idx, range(1, 61), full_best_lag=40, full_r=0.3)
    assert res.lag_tolerance == 8  # 20% of 40
    assert res.rolling_lag_share == 1.0 and res.subperiod_lag_share == 1.0
    assert res.rolling_lag_median == 40 and res.lag_stays_put
    assert "the lag stays put" in res.summary()
    strict = stability(x, y, idx, range(1, 61), full_best_lag=39, full_r=0.3, lag_tolerance=0.0)
    assert strict.lag_tolerance == 1 and strict.rolling_lag_share == 1.0  # 40 is 39 +- 1
    with pytest.raises(DataError, match="lag_tolerance"):
        stability(x, y, idx, 10, full_best_lag=1, full_r=0.1, lag_tolerance=1.5)
