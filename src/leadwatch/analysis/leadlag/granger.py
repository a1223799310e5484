"""Granger causality in both directions, and the VAR impulse response with bootstrap bands.

For a lag order ``p`` the follower equation is

``y_t = c + sum_{i=1..p} a_i y_{t-i} + sum_{i=1..p} b_i x_{t-i} [+ controls] + e_t``

and "x Granger-causes y" is ``b_1 = ... = b_p = 0`` rejected. Two statistics:

* the classical F test from the restricted and unrestricted sums of squares,
  equal to statsmodels' ``grangercausalitytests(...)[p][0]["ssr_ftest"]`` on
  the same rows (a reference test asserts this to 1e-10);
* a heteroskedasticity-robust Wald F (HC3 covariance, statsmodels ``f_test``):
  returns are heavy-tailed and volatility clusters, which over-rejects the
  classical F.

``p`` is chosen by an information criterion (BIC by default) of the bivariate
VAR on one common sample, as statsmodels' ``VAR.select_order`` does. Rows with
a missing (stale) value in any used lag are dropped, never zero-filled;
a missing *control* return counts as no news (0).

Examples
--------
>>> from leadwatch.analysis.leadlag.granger import granger
>>> from leadwatch.analysis.simulate import gaussian_lead
>>> x, y = gaussian_lead(1500, 1, 0.4, rng=0)
>>> res = granger(x, y, maxlag=5, n_boot=99, seed=0)
>>> res.order, res.forward.pvalue < 0.001, res.reverse.pvalue > 0.01
(1, True, True)
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

import numpy as np
import pandas as pd
from scipy.special import fdtrc

from leadwatch.analysis.leadlag.irf import irf
from leadwatch.analysis.leadlag.ols import hc3_wald
from leadwatch.analysis.validation import Floats, as_return_pair, as_returns, check_int, same_length
from leadwatch.errors import DataError, InfeasibleTest
from leadwatch.results import (
    HeadlineResult,
    Result,
    alias,
    jsonable,
    p_is,
    scalar_row,
)

__all__ = ["GrangerResult", "GrangerTest", "granger", "granger_f", "irf", "lag_design"]

IC = Literal["bic", "aic", "hqic"]


def lag_design(y: Floats, x: Floats, p: int, trim: int | None = None) -> tuple[Floats, Floats]:
    """Target ``y_t`` and columns ``[y_{t-1..t-p}, x_{t-1..t-p}]`` on rows with all values present.

    ``trim`` (default ``p``) drops that many leading rows, so designs of
    different orders can share one sample.
    """
    trim = p if trim is None else trim
    n = len(y)
    cols = [y[trim - i : n - i] for i in range(1, p + 1)]
    cols += [x[trim - i : n - i] for i in range(1, p + 1)]
    target = y[trim:]
    design = np.column_stack(cols) if cols else np.empty((n - trim, 0))
    return target, design


def _ols_ssr(y: Floats, X: Floats) -> tuple[Floats, Floats, float]:
    beta: Floats = np.asarray(np.linalg.lstsq(X, y, rcond=None)[0], dtype=np.float64)
    resid: Floats = y - X @ beta
    return beta, resid, float(resid @ resid)


@dataclass(frozen=True, slots=True)
class GrangerTest(Result):
    """One direction of the Granger test at the chosen order."""

    cause: str
    effect: str
    order: int
    fstat: float
    pvalue: float
    df_num: int
    df_denom: int
    robust_fstat: float
    robust_pvalue: float
    nobs: int
    method: str = "F test on nested OLS, classical and HC3-robust"
    null_hypothesis: str = "the cause's past does not help predict the effect"

    statistic = alias[float]("fstat", "The classical F statistic (same as ``fstat``).")

    def summary(self) -> str:
        return self.line()

    def to_frame(self) -> pd.DataFrame:
        """One row (a single test)."""
        return scalar_row(self)

    def line(self) -> str:
        return (
            f"{self.cause} -> {self.effect}: F = {self.fstat:.3f} ({p_is(self.pvalue)}), "
            f"HC3-robust F = {self.robust_fstat:.3f} ({p_is(self.robust_pvalue)})"
        )


def granger_f(
    effect: object,
    cause: object,
    order: int,
    *,
    exog: Floats | None = None,
    trim: int | None = None,
    names: tuple[str, str] = ("cause", "effect"),
) -> GrangerTest:
    """Granger F test (classical and HC3-robust) of ``cause`` -> ``effect`` at ``order`` lags.

    ``exog`` (``(n, m)``; NaN = no news = 0) enters both the restricted and
    unrestricted models, so the test is conditional on it.

    Examples
    --------
    >>> from leadwatch.analysis.simulate import gaussian_lead
    >>> x, y = gaussian_lead(400, 1, 0.5, rng=0)
    >>> test = granger_f(y, x, 1)
    >>> round(test.fstat, 1), test.df_num, test.pvalue < 1e-6
    (119.6, 1, True)
    """
    y = as_returns(effect, "effect")
    x = as_returns(cause, "cause")
    same_length(("effect", y), ("cause", x))
    order = check_int(order, "order", 1, len(y) // 10)
    target, lagged = lag_design(y, x, order, trim)
    trim = order if trim is None else trim
    extra = np.empty((len(target), 0))
    if exog is not None:
        e = np.asarray(exog, dtype=np.float64).reshape(len(y), -1)
        extra = np.where(np.isfinite(e), e, 0.0)[trim:]
    ones = np.ones((len(target), 1))
    full = np.hstack([lagged, extra, ones])  # constant last, as statsmodels' Granger
    keep = np.isfinite(target) & np.isfinite(full).all(axis=1)
    target, full = target[keep], full[keep]
    k = full.shape[1]
    if len(target) < k + 10:
        raise InfeasibleTest(
            f"{len(target)} complete rows for a Granger test with {k} regressors",
            fix="use a lower order or a longer sample",
        )
    restricted = np.delete(full, np.s_[order : 2 * order], axis=1)
    _, _, ssr_u = _ols_ssr(target, full)
    _, _, ssr_r = _ols_ssr(target, restricted)
    df_denom = len(target) - k
    fstat = (ssr_r - ssr_u) / ssr_u / order * df_denom
    r = np.zeros((order, k))
    r[np.arange(order), order + np.arange(order)] = 1.0
    robust_f, robust_p = hc3_wald(target, full, r)
    return GrangerTest(
        cause=names[0],
        effect=names[1],
        order=order,
        fstat=float(fstat),
        pvalue=float(fdtrc(order, df_denom, fstat)),
        df_num=order,
        df_denom=df_denom,
        robust_fstat=robust_f,
        robust_pvalue=robust_p,
        nobs=len(target),
    )


def select_order(x: Floats, y: Floats, maxlag: int, ic: IC = "bic") -> dict[str, int]:
    """VAR lag order (1..maxlag) minimising AIC, BIC and HQIC on one common sample.

    Same criteria as statsmodels' ``VAR.select_order`` (which also tries 0).
    """
    data = np.column_stack([x, y])
    n = len(data)
    rows = np.isfinite(data[maxlag:]).all(axis=1)
    for i in range(1, maxlag + 1):
        rows &= np.isfinite(data[maxlag - i : n - i]).all(axis=1)
    target = data[maxlag:][rows]
    t = len(target)
    if t < 4 * maxlag + 2 + 10:
        raise InfeasibleTest(
            f"only {t} rows where both series and {maxlag} lags are present, too few to "
            "choose a VAR order",
            fix="use the weekly grid or a lower maxlag (a monthly or sparse series has "
            "few complete daily rows)",
        )
    best: dict[str, tuple[float, int]] = {}
    for p in range(1, maxlag + 1):
        lags = [data[maxlag - i : n - i][rows] for i in range(1, p + 1)]
        design = np.hstack([np.ones((t, 1)), *lags])
        beta, *_ = np.linalg.lstsq(design, target, rcond=None)
        resid = target - design @ beta
        ld = float(np.linalg.slogdet(resid.T @ resid / t)[1])
        k = 4 * p + 2  # free parameters (statsmodels counts k_ar * neqs**2 + neqs * trend)
        crit = {
            "aic": ld + 2.0 * k / t,
            "bic": ld + k * np.log(t) / t,
            "hqic": ld + 2.0 * k * np.log(np.log(t)) / t,
        }
        for name, value in crit.items():
            if name not in best or value < best[name][0]:
                best[name] = (float(value), p)
    return {name: p for name, (_, p) in best.items()}


@dataclass(frozen=True, slots=True)
class GrangerResult(HeadlineResult):
    """Granger tests both ways at the IC-chosen order, plus the VAR impulse response."""

    order: int
    ic: str
    orders: dict[str, int]
    forward: GrangerTest
    reverse: GrangerTest
    response: pd.DataFrame
    n_boot: int
    null_hypothesis: str = "the leader's past does not help predict the follower (and vice versa)"
    method: str = "F tests on a bivariate VAR at the IC-chosen order; bootstrap impulse response"

    def headline_test(self) -> GrangerTest:
        """The forward (leader -> follower) F test."""
        return self.forward

    def summary(self) -> str:
        peak = self.response.iloc[1:]
        if peak.empty:
            irf_line = "  impulse response: not estimated (no long stretch with both series)"
        else:
            top = peak.iloc[int(np.argmax(np.abs(peak["irf"].to_numpy(dtype=np.float64))))]
            irf_line = (
                f"  impulse response of follower to a 1-sd leader shock: largest at "
                f"{int(top['period'])} periods, {top['irf']:.5f} "
                f"[{top['lower']:.5f}, {top['upper']:.5f}] ({self.n_boot} bootstrap replicates)"
            )
        return "\n".join(
            [
                f"Granger causality, VAR order {self.order} by {self.ic.upper()} "
                f"(AIC {self.orders['aic']}, BIC {self.orders['bic']}, HQIC {self.orders['hqic']})",
                "  " + self.forward.line(),
                "  " + self.reverse.line(),
                irf_line,
            ]
        )

    def to_frame(self) -> pd.DataFrame:
        """The impulse response, one row per period."""
        return self.response.copy()

    def to_dict(self) -> dict[str, Any]:
        """The fields, the impulse response (records) under ``impulse_response``."""
        fields = self.field_values()
        fields["impulse_response"] = fields.pop("response")
        out: dict[str, Any] = jsonable(fields)
        return out


def granger(
    leader: object,
    follower: object,
    *,
    maxlag: int = 20,
    ic: IC = "bic",
    exog: Floats | None = None,
    irf_periods: int = 20,
    n_boot: int = 499,
    seed: int | None = 0,
) -> GrangerResult:
    """Granger tests both directions at the IC-chosen VAR order, and the bootstrap IRF.

    Parameters
    ----------
    leader, follower
        Returns on one grid (same length; NaN = missing).
    maxlag
        Largest VAR order considered by the information criterion.
    ic
        ``bic`` (default), ``aic`` or ``hqic``.
    exog
        Control returns ``(n, m)`` entered in both directions' tests (lags 0..order).
    irf_periods
        Horizon of the impulse response.
    n_boot
        Residual-bootstrap replicates for the IRF bands.
    seed
        Seed of the bootstrap.
    """
    x, y = as_return_pair(leader, follower)
    maxlag = check_int(maxlag, "maxlag", 1, len(x) // 20)
    if ic not in ("bic", "aic", "hqic"):
        raise DataError(f"ic={ic!r} is not an information criterion", fix="use bic, aic or hqic")
    n_boot = check_int(n_boot, "n_boot", 19)
    irf_periods = check_int(irf_periods, "irf_periods", 1)
    orders = select_order(x, y, maxlag)
    p = orders[ic]
    ex = None
    if exog is not None:
        e = np.asarray(exog, dtype=np.float64).reshape(len(x), -1)
        ex = np.column_stack(
            [
                np.r_[np.full(i, np.nan), e[: len(e) - i, j]]
                for j in range(e.shape[1])
                for i in range(p + 1)
            ]
        )
    fwd = granger_f(y, x, p, exog=ex, names=("leader", "follower"))
    rev = granger_f(x, y, p, exog=ex, names=("follower", "leader"))
    try:
        response = irf(x, y, p, irf_periods, n_boot, seed)
    except InfeasibleTest:  # the tests stand without the impulse response
        response = pd.DataFrame(columns=["period", "irf", "lower", "upper", "cum_irf"])
    return GrangerResult(
        order=p, ic=ic, orders=orders, forward=fwd, reverse=rev, response=response, n_boot=n_boot
    )
