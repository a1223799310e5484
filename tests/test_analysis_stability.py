"""Rolling and subperiod stability of a lead."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from leadwatch.analysis.stability import lead_profile, stability
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
    from leadwatch.analysis.ccf import cross_correlation

    rng = np.random.default_rng(1)
    x, y = rng.standard_normal(400), rng.standard_normal(400)
    r, t = lead_profile(x, y, 10)
    table = cross_correlation(x, y, 10, n_boot=99).table.set_index("lag")
    np.testing.assert_allclose(r, table.loc[1:10, "r"])
    np.testing.assert_allclose(t, table.loc[1:10, "t"])


def test_validation() -> None:
    idx = pd.bdate_range("2020-01-01", periods=300)
    x = np.random.default_rng(2).standard_normal(300)
    with pytest.raises(DataError, match="window"):
        stability(x, x, idx, 10, full_best_lag=1, full_r=0.1, window=20)
    with pytest.raises(DataError, match="index"):
        stability(x, x, idx[:-1], 10, full_best_lag=1, full_r=0.1)
