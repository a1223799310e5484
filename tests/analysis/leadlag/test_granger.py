"""Granger tests against statsmodels on the same data (reference values computed in the test)."""

from __future__ import annotations

import numpy as np
import pytest
from numpy.testing import assert_allclose

from leadwatch.analysis.leadlag.granger import granger, granger_f, irf, select_order

#: Granger F statistics against statsmodels' grangercausalitytests: the issue's tolerance.
REFERENCE = 1e-10


def _pair(n: int, seed: int) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    x = rng.standard_t(4, n)
    e = rng.standard_t(4, n)
    y = np.zeros(n)
    for t in range(2, n):
        y[t] = 0.2 * y[t - 1] + 0.15 * x[t - 1] - 0.1 * x[t - 2] + e[t]
    return x, y


def _statsmodels_f(effect: np.ndarray, cause: np.ndarray, p: int) -> tuple[float, float]:
    from statsmodels.tsa.stattools import grangercausalitytests

    out = grangercausalitytests(np.column_stack([effect, cause]), [p])
    f, pv, _, _ = out[p][0]["ssr_ftest"]
    return float(f), float(pv)


@pytest.mark.parametrize("p", [1, 2, 5, 12])
def test_f_statistics_equal_statsmodels_grangercausalitytests(p: int) -> None:
    x, y = _pair(700, p)
    for effect, cause in ((y, x), (x, y)):
        ours = granger_f(effect, cause, p)
        f, pv = _statsmodels_f(effect, cause, p)
        assert_allclose(ours.fstat, f, rtol=REFERENCE)
        assert_allclose(ours.pvalue, pv, rtol=1e-8, atol=1e-300)


def test_robust_f_is_the_hc3_wald_statistic() -> None:
    x, y = _pair(500, 3)
    p = 2
    test = granger_f(y, x, p)
    rows = np.arange(p, 500)
    design = np.column_stack(
        [y[rows - i] for i in range(1, p + 1)]
        + [x[rows - i] for i in range(1, p + 1)]
        + [np.ones(len(rows))]
    )
    target = y[rows]
    xtx_inv = np.linalg.inv(design.T @ design)
    beta = xtx_inv @ design.T @ target
    resid = target - design @ beta
    lev = np.einsum("ij,jk,ik->i", design, xtx_inv, design)
    meat = design.T @ (design * (resid**2 / (1 - lev) ** 2)[:, None])
    cov = xtx_inv @ meat @ xtx_inv
    b = beta[p : 2 * p]
    wald = b @ np.linalg.solve(cov[p : 2 * p, p : 2 * p], b) / p
    assert_allclose(test.robust_fstat, wald, rtol=1e-8)


def test_missing_rows_are_dropped_not_zero_filled() -> None:
    x, y = _pair(400, 4)
    x_gap = x.copy()
    x_gap[100] = np.nan
    full, gappy = granger_f(y, x, 2), granger_f(y, x_gap, 2)
    assert gappy.nobs == full.nobs - 2  # row 100 itself is no target, but rows 101, 102 lose a lag


def test_order_selection_matches_statsmodels_var() -> None:
    from statsmodels.tsa.api import VAR

    x, y = _pair(1500, 5)
    ours = select_order(x, y, 8)
    theirs = VAR(np.column_stack([x, y])).select_order(8).selected_orders
    for ic in ("aic", "bic", "hqic"):
        if theirs[ic] >= 1:  # statsmodels also tries order 0; we start at 1
            assert ours[ic] == theirs[ic]


def test_impulse_response_matches_statsmodels_and_bands_cover_it() -> None:
    from statsmodels.tsa.api import VAR

    x, y = _pair(1200, 6)
    fit = VAR(np.column_stack([x, y])).fit(2)
    resp = irf(x, y, 2, 10, 199, 0)
    assert_allclose(resp["irf"], fit.irf(10).orth_irfs[:, 1, 0], rtol=1e-9, atol=1e-12)
    assert (resp["lower"] <= resp["irf"] + 1e-12).all() and (resp["irf"] <= resp["upper"]).all()
    assert resp.loc[1, "lower"] > 0  # the planted lag-1 response is positive


def test_both_directions_and_interface() -> None:
    x, y = _pair(1500, 7)
    res = granger(x, y, maxlag=6, n_boot=49, seed=1)
    assert res.forward.pvalue < 1e-6 and res.reverse.pvalue > 0.01
    assert res.order == res.orders["bic"] >= 1
    text = str(res)
    assert "leader -> follower" in text and "follower -> leader" in text
    assert res.to_dict()["forward"]["order"] == res.order
    assert len(res.to_frame()) == 21
