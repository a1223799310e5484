"""The VAR impulse response of the follower to a leader shock, with bootstrap bands.

A bivariate VAR(p) by least squares, the orthogonalised (Cholesky, leader first)
impulse response, and residual-resampling bootstrap bands; used by
:func:`leadwatch.analysis.leadlag.granger.granger`.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from leadwatch.analysis.validation import Floats, rng_from
from leadwatch.errors import InfeasibleTest

__all__ = ["irf"]


def _var_fit(data: Floats, p: int) -> tuple[Floats, Floats, Floats]:
    """OLS VAR(p) on a batch ``(B, T, 2)``: coefficients ``(B, 1+2p, 2)``, residuals, sigma."""
    b, n, _m = data.shape
    lags = [data[:, p - i : n - i] for i in range(1, p + 1)]
    design = np.concatenate([np.ones((b, n - p, 1)), *lags], axis=2)
    target = data[:, p:]
    dt = design.transpose(0, 2, 1)
    coef = np.linalg.solve(dt @ design, dt @ target)
    resid = target - design @ coef
    dof = n - p - design.shape[2]
    sigma = (resid.transpose(0, 2, 1) @ resid) / dof
    return coef, resid, sigma


def _orth_irf(coef: Floats, sigma: Floats, p: int, periods: int) -> Floats:
    """Response of variable 1 (follower) to a 1-sd orthogonal shock in variable 0 (leader)."""
    b = coef.shape[0]
    a = [coef[:, 1 + 2 * (i - 1) : 1 + 2 * i, :].transpose(0, 2, 1) for i in range(1, p + 1)]
    phi = [np.broadcast_to(np.eye(2), (b, 2, 2))]
    for h in range(1, periods + 1):
        phi.append(
            sum((phi[h - j] @ a[j - 1] for j in range(1, min(h, p) + 1)), np.zeros((b, 2, 2)))
        )
    chol = np.linalg.cholesky(sigma)
    out: Floats = np.stack([(f @ chol)[:, 1, 0] for f in phi], axis=1)
    return out


def irf(
    leader: Floats, follower: Floats, order: int, periods: int, n_boot: int, seed: int | None
) -> pd.DataFrame:
    """Orthogonalised IRF (leader ordered first) with residual-bootstrap percentile bands.

    Fitted on the longest stretch of rows where both series and their lags are
    present; each replicate re-simulates the VAR from resampled residual
    pairs and refits it. Columns: ``period, irf, lower, upper, cum_irf``.
    """
    data = np.column_stack([leader, follower])
    ok = np.isfinite(data).all(axis=1)
    edges = np.flatnonzero(np.diff(np.r_[0, ok.astype(int), 0]))
    runs = edges.reshape(-1, 2)
    lo, hi = runs[int(np.argmax(runs[:, 1] - runs[:, 0]))]
    block = data[lo:hi]
    if len(block) < 20 * order + 50:
        raise InfeasibleTest("no long complete stretch for a VAR", fix="use the weekly grid")
    coef, resid, sigma = _var_fit(block[None], order)
    point = _orth_irf(coef, sigma, order, periods)[0]
    rng = rng_from(seed)
    t = resid.shape[1]
    draws = resid[0][rng.integers(0, t, size=(n_boot, t))]
    sim = np.empty((n_boot, t + order, 2))
    sim[:, :order] = block[:order]
    a = [coef[0, 1 + 2 * (i - 1) : 1 + 2 * i, :] for i in range(1, order + 1)]
    for s in range(order, t + order):
        acc = coef[0, 0] + draws[:, s - order]
        for i in range(1, order + 1):
            acc = acc + sim[:, s - i] @ a[i - 1]
        sim[:, s] = acc
    bcoef, _, bsigma = _var_fit(sim, order)
    boot = _orth_irf(bcoef, bsigma, order, periods)
    lower, upper = np.percentile(boot, [2.5, 97.5], axis=0)
    return pd.DataFrame(
        {
            "period": np.arange(periods + 1),
            "irf": point,
            "lower": lower,
            "upper": upper,
            "cum_irf": np.cumsum(point),
        }
    )
