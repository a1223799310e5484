"""Tests of leadwatch.analysis.leadlag.predictive: sums, expanding forecasts, HAC, Clark-West."""

from __future__ import annotations

import numpy as np
import pytest
from numpy.testing import assert_allclose

from leadwatch.analysis.leadlag.predictive import (
    SCORE_LAGS,
    expanding_forecasts,
    predictive_regression,
    window_sums,
)
from leadwatch.errors import DataError, InfeasibleTest


def test_window_sums_equal_a_loop_and_treat_stale_as_carried() -> None:
    r = np.array([np.nan, 0.1, np.nan, 0.3, -0.2, 0.05, np.nan])
    got = window_sums(r, 1, 2)  # next two periods
    want = [0.1, 0.3, 0.1, -0.15, np.nan, np.nan, np.nan]  # last rows run past the last return
    assert_allclose(got, want, equal_nan=True)
    past = window_sums(r, -2, 0)  # last three periods incl. t
    assert np.isnan(past[:3]).all()  # not before the first return (t - 2 < 1)
    assert_allclose(past[3:6], [0.4, 0.1, 0.15])


def test_expanding_forecasts_equal_refitting_in_a_loop() -> None:
    rng = np.random.default_rng(0)
    past, future = rng.standard_normal(80), rng.standard_normal(80)
    future[7] = np.nan
    h, first = 3, 20
    model, mean = expanding_forecasts(past, future, h, first)
    for t in range(first, 80):
        s = np.arange(0, t - h + 1)
        s = s[np.isfinite(future[s])]
        b, a = np.polyfit(past[s], future[s], 1)
        assert_allclose(model[t], a + b * past[t], rtol=1e-9)
        assert_allclose(mean[t], future[s].mean(), rtol=1e-12)
    assert np.isnan(model[:first]).all()


def test_hac_matches_statsmodels_with_bandwidth_at_least_the_overlap() -> None:
    import statsmodels.api as sm

    rng = np.random.default_rng(1)
    x, y = rng.standard_normal(1500), rng.standard_normal(1500)
    res = predictive_regression(x, y, horizon=10, window=5)
    assert res.hac_lags == 14 >= res.horizon - 1  # the overlap h + w - 1
    past, future = window_sums(x, -4, 0), window_sums(y, 1, 10)
    ok = np.isfinite(past) & np.isfinite(future)
    fit = sm.OLS(future[ok], sm.add_constant(past[ok])).fit(
        cov_type="HAC", cov_kwds={"maxlags": 14, "use_correction": True}
    )
    assert_allclose([res.slope, res.nw_se], [fit.params[1], fit.bse[1]])
    with pytest.raises(InfeasibleTest, match="overlap"):
        predictive_regression(x, y, horizon=10, hac_lags=5)


def test_hodrick_se_equals_the_one_period_form_by_hand() -> None:
    rng = np.random.default_rng(4)
    x, y = rng.standard_normal(600), rng.standard_normal(600)
    h, w, gap = 6, 4, 3
    res = predictive_regression(x, y, horizon=h, window=w, gap=gap, score_lags=0)
    past, future = window_sums(x, -w + 1, 0), window_sums(y, gap + 1, gap + h)
    ok = np.isfinite(past) & np.isfinite(future)
    p = np.where(ok, past - past[ok].mean(), 0.0)
    rows = np.flatnonzero(ok)
    num, terms = 0.0, []
    for s in range(rows[0] + gap + 1, rows[-1] + gap + h + 1):
        z = sum(p[s - j] for j in range(gap + 1, gap + h + 1) if s - j >= 0)
        terms.append((y[s], z))
    ys = np.array([a for a, _ in terms])
    zs = np.array([b for _, b in terms])
    num = np.sum(p[ok] * future[ok])
    assert_allclose(num, np.sum(ys * zs) - 0.0, rtol=1e-9)  # the identity behind 1B
    se = np.sqrt(np.sum((ys - ys.mean()) ** 2 * zs**2)) / np.sum(p**2)
    assert_allclose(res.se, se, rtol=1e-9)
    assert res.gap == gap and "leads 4..12" in res.summary()
    # with short memory allowed for: Bartlett cross terms of the scores u_s, by hand
    u = (ys - ys.mean()) * zs
    lags = SCORE_LAGS
    cross = sum((1 - j / (lags + 1)) * np.sum(u[j:] * u[:-j]) for j in range(1, lags + 1))
    var = np.sum(u**2) + 2 * cross
    res3 = predictive_regression(x, y, horizon=h, window=w, gap=gap, score_lags=lags)
    assert_allclose(res3.se, np.sqrt(var) / np.sum(p**2), rtol=1e-9)
    default = predictive_regression(x, y, horizon=h, window=w, gap=gap)
    assert default.score_lags == 3
    assert_allclose(default.se, res3.se)


def test_size_holds_when_the_follower_closes_before_the_leader() -> None:
    """One factor seen at two clocks (an MA(1) in the follower) under shared volatility.

    Plain 1B assumes unpredictable one-period returns and rejects about 9% here
    (``score_lags=0``); the short Bartlett sum over the scores brings it back.
    """
    from leadwatch.analysis.simulate_stress import clocked_factor

    plain, robust = [], []
    for seed in range(250):
        x, y = clocked_factor(1500, rng=seed)
        plain.append(predictive_regression(x, y, horizon=10, gap=1, score_lags=0).pvalue < 0.05)
        robust.append(predictive_regression(x, y, horizon=10, gap=1).pvalue < 0.05)
    assert np.mean(plain) >= 0.075, np.mean(plain)  # the failure being fixed
    assert 0.02 <= np.mean(robust) <= 0.07, np.mean(robust)


@pytest.mark.parametrize(("h", "n"), [(20, 3000), (4, 700)])
def test_size_of_the_overlapping_regression_is_3_to_7_percent(h: int, n: int) -> None:
    """Newey-West (any bandwidth up to 2x the overlap) rejects 9-11% here; 1B must not."""
    rej = []
    for seed in range(300):
        rng = np.random.default_rng(seed)
        vol = np.exp(np.convolve(rng.standard_normal(n), np.ones(40) / 6.0, mode="same"))
        x = rng.standard_t(4, n) * vol
        y = rng.standard_t(4, n) * vol  # shared volatility, no lead
        rej.append(predictive_regression(x, y, horizon=h, window=h).pvalue < 0.05)
    assert 0.03 <= np.mean(rej) <= 0.07, np.mean(rej)


def test_clark_west_and_oos_r2_by_hand() -> None:
    import statsmodels.api as sm
    from scipy.stats import norm

    rng = np.random.default_rng(2)
    x = rng.standard_normal(900)
    y = 0.3 * np.r_[0.0, x[:-1]] + rng.standard_normal(900)
    res = predictive_regression(x, y, horizon=1, train_frac=0.5)
    past, future = window_sums(x, 0, 0), window_sums(y, 1, 1)
    ok = np.isfinite(past) & np.isfinite(future)
    first = int(np.flatnonzero(ok)[int(0.5 * ok.sum())])
    model, mean = expanding_forecasts(past, future, 1, first)
    ev = ok & np.isfinite(model)
    e1, e2 = future[ev] - mean[ev], future[ev] - model[ev]
    assert_allclose(res.oos_r2, 1 - (e2**2).sum() / (e1**2).sum())
    f = e1**2 - (e2**2 - (mean[ev] - model[ev]) ** 2)
    hac = {"maxlags": 1, "use_correction": True}
    t = sm.OLS(f, np.ones(len(f))).fit(cov_type="HAC", cov_kwds=hac).tvalues[0]
    assert_allclose(res.cw_stat, t)
    assert_allclose(res.cw_pvalue, norm.sf(t))
    assert res.oos_r2 > 0 and res.cw_pvalue < 0.05 and res.pvalue < 0.001


def test_no_predictability_under_independence() -> None:
    rng = np.random.default_rng(3)
    res = predictive_regression(rng.standard_t(4, 2000), rng.standard_t(4, 2000), horizon=20)
    assert res.pvalue > 0.05 and res.oos_r2 < 0.01
    assert res.corr_ci[0] < 0 < res.corr_ci[1]
    assert "Clark-West" in str(res) and res.to_dict()["horizon"] == 20
    frame = res.to_frame()
    assert len(frame) == 1 and {"slope", "oos_r2", "corr_ci_lo"} <= set(frame.columns)
    assert frame["slope"].dtype == np.float64


def test_validation() -> None:
    rng = np.random.default_rng(4)
    x = rng.standard_normal(300)
    with pytest.raises(DataError, match="horizon"):
        predictive_regression(x, x, horizon=0)
    with pytest.raises(InfeasibleTest, match="usable periods"):
        predictive_regression(x, x, horizon=70)
