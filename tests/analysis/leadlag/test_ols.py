"""The NumPy regressions, BH and Spearman equal statsmodels' and scipy's on the same data.

They replaced statsmodels and ``scipy.stats`` in the battery's path (start-up time,
issue 17); the libraries stay the reference here, to a tolerance far below any
printed digit.
"""

from __future__ import annotations

import numpy as np
import pytest
from numpy.testing import assert_allclose

from leadwatch.analysis.leadlag.ccf import bh_adjust
from leadwatch.analysis.leadlag.ols import hac_ols, hc3_wald
from leadwatch.analysis.leadlag.robustness import spearman

TOL = 1e-10


def _design(seed: int, n: int, k: int) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    x = rng.standard_normal((n, k - 1)) * rng.uniform(0.5, 3.0, k - 1)
    X = np.column_stack([x, np.ones(n)])
    noise = rng.standard_t(4, n) * (1 + np.abs(x[:, 0]))  # heteroskedastic, heavy tailed
    return X @ rng.standard_normal(k) * 0.2 + noise, X


@pytest.mark.parametrize(("seed", "n", "k", "q"), [(0, 120, 3, 1), (1, 500, 5, 2), (2, 80, 7, 3)])
def test_hc3_wald_equals_statsmodels_f_test(seed: int, n: int, k: int, q: int) -> None:
    from statsmodels.regression.linear_model import OLS

    y, X = _design(seed, n, k)
    R = np.zeros((q, k))
    R[np.arange(q), np.arange(q)] = 1.0
    ref = OLS(y, X).fit(cov_type="HC3").f_test(R)
    f, p = hc3_wald(y, X, R)
    assert_allclose(f, float(np.squeeze(ref.fvalue)), rtol=TOL)
    assert_allclose(p, float(np.squeeze(ref.pvalue)), rtol=TOL, atol=1e-300)


@pytest.mark.parametrize(
    ("seed", "n", "k", "lags"), [(3, 200, 2, 0), (4, 600, 2, 39), (5, 150, 1, 5)]
)
def test_hac_ols_equals_statsmodels_newey_west(seed: int, n: int, k: int, lags: int) -> None:
    from statsmodels.regression.linear_model import OLS

    y, X = _design(seed, n, k + 1) if k > 1 else (_design(seed, n, 2)[0], np.ones((n, 1)))
    X = X[:, -k:]
    ref = OLS(y, X).fit(cov_type="HAC", cov_kwds={"maxlags": lags, "use_correction": True})
    ours = hac_ols(y, X, lags)
    assert_allclose(ours.params, ref.params, rtol=TOL)
    assert_allclose(ours.bse, ref.bse, rtol=TOL)
    assert_allclose(ours.tvalues, ref.tvalues, rtol=TOL)
    assert_allclose(ours.rsquared, ref.rsquared, rtol=TOL, atol=1e-12)


@pytest.mark.parametrize("seed", [6, 7, 8])
def test_bh_adjust_equals_statsmodels_multipletests(seed: int) -> None:
    from statsmodels.stats.multitest import multipletests

    rng = np.random.default_rng(seed)
    p = np.concatenate([rng.uniform(0, 0.02, 15), rng.uniform(0, 1, 60), [0.3, 0.3, 0.3, 1.0]])
    rng.shuffle(p)
    assert_allclose(bh_adjust(p), multipletests(p, method="fdr_bh")[1], rtol=1e-14)


@pytest.mark.parametrize("seed", [9, 10])
def test_spearman_equals_scipy_with_ties(seed: int) -> None:
    from scipy.stats import spearmanr

    rng = np.random.default_rng(seed)
    a = np.round(rng.standard_normal(300), 1)  # many ties
    b = a + rng.standard_normal(300)
    assert_allclose(spearman(a, b), spearmanr(a, b).statistic, rtol=1e-12)
