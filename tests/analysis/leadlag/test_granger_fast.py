"""Nested-lag Granger in one pass equals statsmodels' grangercausalitytests."""

from __future__ import annotations

import numpy as np
import pytest
from numpy.testing import assert_allclose

from leadwatch.analysis.leadlag.granger_fast import granger_orders
from leadwatch.errors import DataError, InfeasibleTest

TOL_F = 1e-10


@pytest.mark.parametrize("seed", [0, 1])
def test_f_statistics_equal_statsmodels(seed: int) -> None:
    from statsmodels.tsa.stattools import grangercausalitytests

    rng = np.random.default_rng(seed)
    x = rng.standard_t(4, 1200)
    y = 0.2 * np.r_[np.zeros(3), x[:-3]] + rng.standard_normal(1200)
    ref = grangercausalitytests(np.column_stack([y, x]), 25)
    got = granger_orders(y, x, 25)
    f = np.array([ref[p][0]["ssr_ftest"][0] for p in range(1, 26)])
    pv = np.array([ref[p][0]["ssr_ftest"][1] for p in range(1, 26)])
    dfd = [ref[p][0]["ssr_ftest"][2] for p in range(1, 26)]
    assert_allclose(got.fstat, f, rtol=TOL_F)
    assert_allclose(got.pvalue, pv, rtol=1e-8, atol=1e-14)
    assert list(got.df_denom) == dfd
    assert got.to_frame()["order"].tolist() == list(range(1, 26))


def test_bad_inputs() -> None:
    with pytest.raises(DataError, match="missing"):
        granger_orders([1.0, np.nan] * 50, np.ones(100), 2)
    with pytest.raises(InfeasibleTest, match="maxlag"):
        granger_orders(np.arange(20.0), np.arange(20.0), 10)
