"""Ordinary least squares with robust covariances, in NumPy (statsmodels' arithmetic).

statsmodels' ``OLS(...).fit(cov_type=...)`` is the reference: the tests compare
these to it on the same data. They live here because importing statsmodels'
regression imports ``scipy.stats`` and formulaic, about half a second at every
command-line start, for a few matrix products.

* :func:`hc3_wald` is ``OLS(y, X).fit(cov_type="HC3").f_test(R)``: the Wald
  F statistic of ``R @ beta = 0`` with MacKinnon-White HC3 errors and its
  p-value on ``F(q, n - k)``.
* :func:`hac_ols` is ``OLS(y, X).fit(cov_type="HAC", cov_kwds={"maxlags": L,
  "use_correction": True})``: Newey-West errors (Bartlett weights) scaled by
  ``n / (n - k)``.

Examples
--------
>>> import numpy as np
>>> rng = np.random.default_rng(0)
>>> x = rng.standard_normal(200)
>>> y = 0.5 * x + rng.standard_normal(200)
>>> fit = hac_ols(y, np.column_stack([np.ones(200), x]), lags=4)
>>> bool(abs(fit.params[1] - 0.5) < 3 * fit.bse[1])
True
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy.special import fdtrc

from leadwatch.analysis.validation import Floats

__all__ = ["HacFit", "hac_ols", "hc3_wald"]


@dataclass(frozen=True, slots=True)
class HacFit:
    """An OLS fit with Newey-West standard errors (the fields statsmodels names so)."""

    params: Floats
    bse: Floats
    tvalues: Floats
    rsquared: float


def _fit(y: Floats, X: Floats) -> tuple[Floats, Floats, Floats, Floats]:
    """``(params, resid, pinv(X), (X'X)^+)`` as statsmodels computes them (by pinv)."""
    pinv: Floats = np.asarray(np.linalg.pinv(X), dtype=np.float64)
    params: Floats = pinv @ y
    resid: Floats = y - X @ params
    xtx_inv: Floats = pinv @ pinv.T
    return params, resid, pinv, xtx_inv


def hc3_wald(y: Floats, X: Floats, R: Floats) -> tuple[float, float]:
    """Wald F statistic of ``R @ beta = 0`` under HC3 errors and its p-value.

    Parameters
    ----------
    y : ndarray
        Target, ``(n,)``.
    X : ndarray
        Design, ``(n, k)``, full column rank.
    R : ndarray
        Restrictions, ``(q, k)``.

    Returns
    -------
    tuple of float
        ``(F, p)`` with ``p`` from ``F(q, n - k)``.

    Examples
    --------
    >>> rng = np.random.default_rng(1)
    >>> X = np.column_stack([rng.standard_normal(300), np.ones(300)])
    >>> f, p = hc3_wald(rng.standard_normal(300), X, np.array([[1.0, 0.0]]))
    >>> bool(p > 0.01)
    True
    """
    n, k = X.shape
    params, resid, pinv, _ = _fit(y, X)
    lev = np.einsum("ij,ji->i", X, pinv)
    scale = (resid / (1.0 - lev)) ** 2
    cov = pinv @ (scale[:, None] * pinv.T)
    rb = R @ params
    q = R.shape[0]
    f = float(rb @ np.linalg.pinv(R @ cov @ R.T) @ rb / q)
    return f, float(fdtrc(q, n - k, f))


def hac_ols(y: Floats, X: Floats, lags: int) -> HacFit:
    """OLS with Newey-West (Bartlett, ``lags``) errors, small-sample corrected.

    Parameters
    ----------
    y : ndarray
        Target, ``(n,)``.
    X : ndarray
        Design, ``(n, k)``, with its constant column.
    lags : int
        Newey-West bandwidth.

    Returns
    -------
    HacFit
    """
    n, k = X.shape
    params, resid, _, xtx_inv = _fit(y, X)
    xu = X * resid[:, None]
    weights = 1.0 - np.arange(lags + 1) / (lags + 1.0)
    s = weights[0] * (xu.T @ xu)
    for lag in range(1, lags + 1):
        c = xu[lag:].T @ xu[:-lag]
        s = s + weights[lag] * (c + c.T)
    cov = xtx_inv @ s @ xtx_inv.T * (n / float(n - k))
    bse = np.sqrt(np.diag(cov))
    centered = y - y.mean()
    rsquared = 1.0 - float(resid @ resid) / float(centered @ centered)
    return HacFit(params=params, bse=bse, tvalues=params / bse, rsquared=rsquared)
