"""A common driver is not a lead once it is a control; a real lead survives controls."""

from __future__ import annotations

import numpy as np
import pytest
from numpy.testing import assert_allclose

from leadwatch.analysis.inference import Inference
from leadwatch.analysis.leadlag.ccf import cross_correlation
from leadwatch.analysis.leadlag.confounders import conditional_lead, control_design, residualize
from leadwatch.analysis.simulate import common_driver, planted_lead
from leadwatch.errors import DataError


def test_residualize_equals_statsmodels_ols_residuals() -> None:
    import statsmodels.api as sm

    rng = np.random.default_rng(0)
    z = rng.standard_normal(300)
    r = 0.5 * z + rng.standard_normal(300)
    r[[5, 50]] = np.nan
    design = control_design({"z": z}, 300, 3)
    ok = np.isfinite(r)
    want = sm.OLS(r[ok], sm.add_constant(design[ok])).fit().resid
    got = residualize(r, design)
    assert_allclose(got[ok], want, atol=1e-12)
    assert np.isnan(got[[5, 50]]).all()


def test_control_design_lags_and_missing_as_no_news() -> None:
    z = np.array([1.0, np.nan, 3.0, 4.0])
    d = control_design({"z": z}, 4, 2)
    assert_allclose(d, [[1, 0, 0], [0, 1, 0], [3, 0, 1], [4, 3, 0]])
    with pytest.raises(DataError, match="control 'w'"):
        control_design({"w": z[:3]}, 4, 1)


def test_common_driver_is_not_reported_as_a_lead_once_controlled() -> None:
    """Driver -> leader after 2, -> follower after 12: a spurious lead of 10 that controls remove.

    Each conditional test still has its 5% false-positive rate, so over three seeds at most one
    may reject (probability of two or more under a correct test: 0.7%); the bench sweeps rates.
    """
    rejections = 0
    for seed in range(3):
        x, y, z = common_driver(2500, 2, 12, rng=np.random.default_rng(seed))
        lags = range(1, 21)
        plain = cross_correlation(x, y, lags, inference=Inference(n_boot=199, seed=seed))
        assert plain.best_lag == 10 and plain.pvalue < 0.01  # the spurious lead b - a
        res = conditional_lead(
            x,
            y,
            {"driver": z},
            lags,
            control_lags=20,
            inference=Inference(n_boot=199, seed=seed),
            best_lag=plain.best_lag,
            best_r=plain.best_r,
            granger_order=10,
        )
        rejections += res.pvalue < 0.05
        assert abs(res.surviving_share) < 0.3
        assert res.granger is not None and res.granger.pvalue > 0.001
    assert rejections <= 1


def test_a_real_lead_survives_an_unrelated_control() -> None:
    rng = np.random.default_rng(5)
    x, y = planted_lead(2500, 7, 0.15, rng=rng)
    res = conditional_lead(
        x,
        y,
        {"noise": rng.standard_normal(2500)},
        range(1, 21),
        control_lags=10,
        inference=Inference(n_boot=199, seed=0),
    )
    assert res.best_lag == 7 and res.pvalue < 0.01
    assert 0.8 < res.surviving_share < 1.2
    assert "survives" in str(res) and res.to_dict()["controls"] == ["noise"]
    assert len(res.to_frame()) == 41


def test_empty_controls_rejected() -> None:
    with pytest.raises(DataError, match="controls"):
        x = np.random.default_rng(0).standard_normal(100)
        conditional_lead(x, x, {}, 5)


def test_residualize_pair_equals_two_separate_fits() -> None:
    from leadwatch.analysis.leadlag.confounders import residualize, residualize_pair

    rng = np.random.default_rng(3)
    design = rng.normal(size=(600, 40))
    x, y = rng.normal(size=600), rng.normal(size=600)
    for gap in (None, 7):  # same complete rows (one QR), then different rows (two)
        if gap is not None:
            y[gap] = np.nan
        rx, ry = residualize_pair(x, y, design)
        np.testing.assert_allclose(rx, residualize(x, design), atol=1e-12)
        np.testing.assert_allclose(ry, residualize(y, design), atol=1e-12)
    assert np.isnan(ry[7]) and np.isfinite(rx).all()
