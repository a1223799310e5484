"""VAR building blocks of connectedness: OLS fit, MA coefficients, FEVD shares, table sums.

Pure numpy, batched over leading axes (one VAR, or one per rolling window).
:mod:`leadwatch.analysis.connectedness.static` holds the validated entry points.

Examples
--------
>>> import numpy as np
>>> psi = ma_coefficients(np.array([[[0.5, 0.0], [0.2, 0.3]]]), horizon=10)
>>> fevd_shares(psi, np.eye(2), "cholesky").round(3).tolist()
[[1.0, 0.0], [0.067, 0.933]]
"""

from __future__ import annotations

from typing import Literal, TypeAlias

import numpy as np
import numpy.typing as npt

__all__ = ["fevd_shares", "fit_var", "lagged_design", "ma_coefficients", "table_parts"]

_Floats: TypeAlias = npt.NDArray[np.float64]


# -- pure linear algebra (batched over leading axes) -----------------------------------------


def ma_coefficients(coefs: _Floats, horizon: int) -> _Floats:
    """Moving-average coefficients ``Psi_0 = I .. Psi_{horizon-1}`` of a VAR.

    Parameters
    ----------
    coefs
        ``(..., p, k, k)``: ``coefs[..., j]`` is the lag-``j+1`` matrix ``A_{j+1}``
        (statsmodels' ``VARResults.coefs`` layout); leading axes are a batch.
    horizon
        Number of matrices returned (``H``).

    Returns
    -------
    numpy.ndarray
        ``(..., H, k, k)``.

    Examples
    --------
    >>> ma_coefficients(np.array([[[0.5]]]), 3)[:, 0, 0].tolist()
    [1.0, 0.5, 0.25]
    """
    *batch, p, k, _ = coefs.shape
    psi = np.zeros((*batch, horizon, k, k))
    psi[..., 0, :, :] = np.eye(k)
    for h in range(1, horizon):
        for j in range(min(h, p)):
            psi[..., h, :, :] += coefs[..., j, :, :] @ psi[..., h - j - 1, :, :]
    return psi


def fevd_shares(
    psi: _Floats, sigma: _Floats, method: Literal["generalized", "cholesky"] = "generalized"
) -> _Floats:
    """Forecast-error variance shares from MA coefficients and the shock covariance.

    Parameters
    ----------
    psi
        ``(..., H, k, k)`` from :func:`ma_coefficients`.
    sigma
        ``(..., k, k)`` residual covariance (positive definite).
    method
        ``generalized`` (rows normalised) or ``cholesky``.

    Returns
    -------
    numpy.ndarray
        ``(..., k, k)`` fractions; entry ``(i, j)`` is the share of ``i``'s
        ``H``-step forecast-error variance due to shocks to ``j``. Rows sum to 1.

    Examples
    --------
    >>> psi = ma_coefficients(np.zeros((1, 2, 2)), 5)
    >>> fevd_shares(psi, np.array([[1.0, 0.5], [0.5, 1.0]]), "cholesky").round(2).tolist()
    [[1.0, 0.0], [0.25, 0.75]]
    """
    total = np.einsum("...hij,...jl,...hil->...i", psi, sigma, psi)
    if method == "generalized":
        scaled = psi @ sigma[..., None, :, :]
        theta = (scaled**2).sum(axis=-3) / np.diagonal(sigma, axis1=-2, axis2=-1)[..., None, :]
        theta = theta / total[..., :, None]
        return np.asarray(theta / theta.sum(axis=-1, keepdims=True), dtype=np.float64)
    chol = np.linalg.cholesky(sigma)
    theta = ((psi @ chol[..., None, :, :]) ** 2).sum(axis=-3)
    return np.asarray(theta / total[..., :, None], dtype=np.float64)


def lagged_design(y: _Floats, lags: int) -> tuple[_Floats, _Floats]:
    """Targets ``y[p:]`` and the lag block ``[y_{t-1}, ..., y_{t-p}]`` (no constant)."""
    t = y.shape[0]
    lagged = np.hstack([y[lags - j - 1 : t - j - 1] for j in range(lags)])
    return y[lags:], lagged


def fit_var(y: _Floats, lags: int) -> tuple[_Floats, _Floats]:
    """OLS VAR(p) with a constant: ``(coefs (p, k, k), sigma (k, k))``, sigma with divisor T-p."""
    target, lagged = lagged_design(y, lags)
    design = np.hstack([np.ones((target.shape[0], 1)), lagged])
    beta, *_ = np.linalg.lstsq(design, target, rcond=None)
    resid = target - design @ beta
    k = y.shape[1]
    coefs = beta[1:].reshape(lags, k, k).transpose(0, 2, 1)
    return np.ascontiguousarray(coefs), resid.T @ resid / target.shape[0]


def table_parts(fevd: _Floats) -> dict[str, _Floats]:
    """FROM, TO, NET, own and total from percent tables ``(..., k, k)``."""
    own = np.diagonal(fevd, axis1=-2, axis2=-1)
    from_others = fevd.sum(axis=-1) - own
    to_others = fevd.sum(axis=-2) - own
    return {
        "own": own,
        "from": from_others,
        "to": to_others,
        "net": to_others - from_others,
        "total": from_others.mean(axis=-1),
    }
