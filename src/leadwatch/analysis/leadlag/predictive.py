"""Predictive regression: does the leader's past return predict the follower's future return?

The "sustained strength" form of a lead-lag claim. At each period t,

* ``past_t``    = leader's cumulative return over the last ``window`` periods (t-window+1..t),
* ``future_t``  = follower's cumulative return over the next ``horizon`` periods after a
  ``gap`` (t+gap+1..t+gap+horizon; ``gap`` = 0 by default),

and ``future_t = a + b * past_t + e_t`` is fitted by OLS on every period
(overlapping). The pair covers leads from ``gap + 1`` to ``gap + window +
horizon - 1`` periods, so a claim about a lead of ~60 days is checked with a
gap that centres that span on 60.

Both sides overlap, so ``past_t * e_t`` is autocorrelated up to ``window +
horizon - 1`` lags. Newey-West with that bandwidth (Bartlett weights) still
rejects 9-10% at 5% under the null (h = w = 20, n = 3000), so the test uses
Hodrick's (1992) "1B" standard error instead: the slope's numerator
``sum_t past_t future_t`` equals ``sum_s y_s Z_s`` with ``Z_s`` the sum of the
``horizon`` past values of ``past`` before ``s``; under the null the one-period
``y_s`` is unpredictable, so ``Var = sum_s e_s^2 Z_s^2`` needs no
long-bandwidth correction (heteroskedasticity-robust). Size 4.5-6.1% in the
same simulations (``tests/analysis/leadlag/test_predictive.py``). Real daily
returns have short memory (a follower closing before the leader, a stale fix:
part of a day's move lands the next day), where plain 1B rejects 9-10% at 5%;
so the scores ``e_s Z_s`` get a short Bartlett sum over ``score_lags`` lags
(:data:`SCORE_LAGS`, through statsmodels' ``S_hac_simple``). The
Newey-West error with bandwidth ``window + horizon - 1`` is kept beside it
(``nw_se``). A missing (stale) return adds nothing to a cumulative return:
the move it misses is carried by the next fresh return, so the sums telescope
to log-price changes.

Out of sample, with an expanding window: the forecast for ``future_t`` uses
only pairs whose future was already known at t (``s <= t - horizon``). It is
compared with the historical mean forecast by the Campbell-Thompson OOS R^2
and by the Clark-West (2007) test for nested models (one-sided, HAC).

Examples
--------
>>> from leadwatch.analysis.leadlag.predictive import predictive_regression
>>> from leadwatch.analysis.simulate import gaussian_lead
>>> x, y = gaussian_lead(3000, 1, 0.3, rng=0)
>>> res = predictive_regression(x, y, horizon=1)
>>> res.slope > 0, res.pvalue < 0.05, res.oos_r2 > 0, res.cw_pvalue < 0.05
(True, True, True, True)
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
import pandas as pd
from scipy.special import ndtr, ndtri
from statsmodels.stats.sandwich_covariance import S_hac_simple

from leadwatch.analysis.leadlag.ols import HacFit, hac_ols
from leadwatch.analysis.validation import (
    Floats,
    as_return_pair,
    check_alpha,
    check_int,
)
from leadwatch.errors import InfeasibleTest
from leadwatch.results import Result, alias, p_is, scalar_row

__all__ = [
    "SCORE_LAGS",
    "PredictiveResult",
    "expanding_forecasts",
    "hodrick_se",
    "oos_path",
    "predictive_regression",
    "window_sums",
]


def window_sums(r: Floats, start: int, stop: int) -> Floats:
    """``sum_{j=t+start}^{t+stop} r_j`` at each t (missing = 0); NaN where out of range.

    Also NaN before the series' first non-missing return (no history yet) and
    after its last.

    Examples
    --------
    >>> window_sums(np.array([1.0, np.nan, 2.0, 3.0]), 1, 2).tolist()
    [2.0, 5.0, nan, nan]
    """
    n = len(r)
    filled = np.where(np.isfinite(r), r, 0.0)
    cs = np.concatenate([[0.0], np.cumsum(filled)])
    t = np.arange(n)
    lo, hi = t + start, t + stop
    ok = (lo >= 0) & (hi < n)
    seen = np.flatnonzero(np.isfinite(r))
    ok &= (lo >= seen[0]) & (hi <= seen[-1]) if len(seen) else False
    out = np.full(n, np.nan)
    out[ok] = cs[hi[ok] + 1] - cs[lo[ok]]
    return out


@dataclass(frozen=True, slots=True)
class PredictiveResult(Result):
    """In-sample HAC predictive regression and its out-of-sample evaluation.

    Attributes
    ----------
    slope, se, tvalue, pvalue, slope_ci
        OLS slope of the follower's forward return on the leader's past return,
        Newey-West standard error, t, two-sided p and ``1 - alpha`` interval.
    corr, corr_ci
        The slope in correlation units (``slope * sd(past) / sd(future)``).
    oos_r2
        Campbell-Thompson out-of-sample R^2 against the historical mean.
    cw_stat, cw_pvalue
        Clark-West statistic and one-sided p-value (H1: the model beats the mean).
    """

    slope: float
    se: float
    tvalue: float
    pvalue: float
    slope_ci: tuple[float, float]
    corr: float
    corr_ci: tuple[float, float]
    r2: float
    nobs: int
    horizon: int
    window: int
    hac_lags: int
    oos_r2: float
    cw_stat: float
    cw_pvalue: float
    n_oos: int
    alpha: float
    gap: int = 0
    nw_se: float = math.nan
    score_lags: int = 0
    se_method: str = "Hodrick (1992) 1B"
    null_hypothesis: str = "the leader's past return does not predict the follower's future return"
    method: str = "OLS with Newey-West (HAC) errors; Clark-West out-of-sample test"

    statistic = alias[float]("tvalue", "The HAC t statistic of the slope (same as ``tvalue``).")

    def summary(self) -> str:
        lines = [
            f"Predictive regression: follower's next {self.horizon} on leader's last "
            f"{self.window} periods",
            f"  leads {self.gap + 1}..{self.gap + self.window + self.horizon - 1} periods; "
            f"slope {self.slope:.4f} ({self.se_method} se {self.se:.4f}, "
            f"{self.score_lags} score lags; Newey-West "
            f"{self.hac_lags} lags {self.nw_se:.4f}), "
            f"t = {self.tvalue:.2f}, {p_is(self.pvalue)}",
            f"  as a correlation {self.corr:.3f}, {1 - self.alpha:.0%} CI "
            f"[{self.corr_ci[0]:.3f}, {self.corr_ci[1]:.3f}]; in-sample R^2 {self.r2:.4f}, "
            f"n = {self.nobs}",
            f"  out of sample (expanding, {self.n_oos} forecasts): R^2 vs historical mean "
            f"{self.oos_r2:.4f}; Clark-West t = {self.cw_stat:.2f}, {p_is(self.cw_pvalue)}",
        ]
        return "\n".join(lines)

    def to_frame(self) -> pd.DataFrame:
        """One row (a single regression): every scalar field, intervals as ``_lo``/``_hi``."""
        return scalar_row(self)


def hodrick_se(
    past: Floats,
    y: Floats,
    ok: npt.NDArray[np.bool_],
    gap: int,
    horizon: int,
    score_lags: int = 0,
) -> float:
    """Hodrick (1992) 1B standard error of the overlapping predictive slope.

    ``slope = sum_t p_t F_t / sum_t p_t^2`` (``p`` = demeaned ``past`` on the
    rows ``ok``, ``F_t = sum_{j=gap+1}^{gap+horizon} y_{t+j}``) and
    ``sum_t p_t F_t = sum_s y_s Z_s`` with ``Z_s = sum_{j=gap+1}^{gap+horizon}
    p_{s-j}``; the variance is ``sum_s u_s^2 / (sum_t p_t^2)^2`` with the scores
    ``u_s = (y_s - ybar) Z_s``, plus, for ``score_lags`` L > 0, the Bartlett
    cross terms ``2 sum_{j=1}^{L} (1 - j / (L + 1)) sum_s u_s u_{s+j}`` (short
    memory of the one-period returns: clock differences, stale prices).

    Examples
    --------
    >>> rng = np.random.default_rng(0)
    >>> x, y = rng.standard_normal(500), rng.standard_normal(500)
    >>> p = window_sums(x, -4, 0)
    >>> ok = np.isfinite(p) & np.isfinite(window_sums(y, 1, 5))
    >>> 0.0 < hodrick_se(p, y, ok, 0, 5) < 0.1
    True
    """
    pc = np.where(ok, past - np.mean(past[ok]), 0.0)
    cs = np.concatenate([np.zeros(gap + horizon + 1), np.cumsum(pc)])
    s = np.arange(len(y))  # Z_s = sum of pc over s-gap-horizon..s-gap-1 (0 outside the data)
    z = cs[s + horizon] - cs[s]
    rows = np.flatnonzero(ok)
    use = np.zeros(len(y), dtype=bool)
    use[rows[0] + gap + 1 : rows[-1] + gap + horizon + 1] = True
    use &= np.isfinite(y)
    sxx = float(np.sum(pc**2))
    if sxx <= 0 or not use.any():
        return math.nan
    scores = np.zeros(len(y))  # a missing y is a zero score: lags stay in calendar order
    scores[use] = (y[use] - np.mean(y[use])) * z[use]
    span = np.flatnonzero(use)
    scores = scores[span[0] : span[-1] + 1]
    lags = min(score_lags, len(scores) - 1)
    if lags > 0:  # Bartlett weights: never negative
        var = float(S_hac_simple(scores[:, None], nlags=lags)[0, 0])
    else:
        var = float(np.sum(scores**2))
    return math.sqrt(var) / sxx if var > 0 else math.nan


#: Bartlett lags over the 1B scores: a clock difference or a stale price moves part of a
#: day's return to the next one or two; more lags only add noise (size 3-5% either way
#: on the nulls of ``tests/analysis/leadlag/test_predictive.py``).
SCORE_LAGS = 3


def _hac_ols(y: Floats, x: Floats | None, lags: int) -> HacFit:
    ones = np.ones((len(y), 1))
    return hac_ols(y, ones if x is None else np.column_stack([ones, x]), lags)


def expanding_forecasts(
    past: Floats, future: Floats, horizon: int, first: int
) -> tuple[Floats, Floats]:
    """Expanding-window OLS and mean forecasts at every t (NaN before ``first``)."""
    n = len(past)
    ok = np.isfinite(past) & np.isfinite(future)
    w = ok.astype(float)
    px, fy = np.where(ok, past, 0.0), np.where(ok, future, 0.0)
    c = [np.cumsum(a) for a in (w, px, fy, px * px, px * fy)]
    t = np.arange(n)
    j = t - horizon  # training pairs s <= t - horizon: their future is known at t
    model, mean = np.full(n, np.nan), np.full(n, np.nan)
    use = (j >= 0) & (t >= first)
    jj = j[use]
    cnt, sx, sy, sxx, sxy = (a[jj] for a in c)
    with np.errstate(divide="ignore", invalid="ignore"):
        vx = sxx - sx * sx / cnt
        b = np.where(vx > 0, (sxy - sx * sy / cnt) / vx, 0.0)
        mean[use] = sy / cnt
        model[use] = mean[use] + b * (past[use] - sx / cnt)
    return model, mean


def predictive_regression(
    leader: object,
    follower: object,
    horizon: int = 20,
    *,
    window: int | None = None,
    alpha: float = 0.05,
    hac_lags: int | None = None,
    train_frac: float = 0.4,
    gap: int = 0,
    score_lags: int | None = None,
) -> PredictiveResult:
    """Regress the follower's forward on the leader's past return (HAC), in and out of sample.

    Parameters
    ----------
    leader, follower
        Returns on one grid (same length; NaN = missing).
    horizon
        Forward-return horizon of the follower, in grid periods.
    window
        Look-back window of the leader's return; default ``horizon``.
    alpha
        Level of the confidence intervals.
    hac_lags
        Newey-West bandwidth of ``nw_se`` and of the Clark-West test; default
        ``horizon + window - 1`` (the overlap).
    train_frac
        Share of usable periods in the first training window (out-of-sample part).
    gap
        Periods skipped between the leader's window and the follower's (leads
        ``gap + 1 .. gap + window + horizon - 1`` are covered).
    score_lags
        Bartlett lags over the one-period 1B scores (short memory of the
        follower's returns); default :data:`SCORE_LAGS`.

    Returns
    -------
    PredictiveResult
    """
    x, y = as_return_pair(leader, follower)
    horizon = check_int(horizon, "horizon", 1, len(x) // 4)
    window = horizon if window is None else check_int(window, "window", 1, len(x) // 4)
    alpha = check_alpha(alpha)
    gap = check_int(gap, "gap", 0, len(x) // 4)
    overlap = horizon + window - 1
    lags = overlap if hac_lags is None else check_int(hac_lags, "hac_lags", 0)
    if lags < horizon - 1:
        raise InfeasibleTest(
            f"hac_lags={lags} is below the overlap ({horizon - 1})",
            fix=f"use hac_lags >= {horizon - 1} or leave it None",
        )
    if not 0.1 <= train_frac <= 0.9:
        raise InfeasibleTest(f"train_frac={train_frac} is outside 0.1..0.9", fix="use 0.4")
    past = window_sums(x, -window + 1, 0)
    future = window_sums(y, gap + 1, gap + horizon)
    ok = np.isfinite(past) & np.isfinite(future)
    n = int(ok.sum())
    if n < 10 * max(horizon, window) or n < 60:
        raise InfeasibleTest(
            f"only {n} usable periods for horizon {horizon} and window {window}",
            fix="use a shorter horizon or a longer sample",
        )
    fit = _hac_ols(future[ok], past[ok], lags)
    slope = float(fit.params[1])
    score_lags = SCORE_LAGS if score_lags is None else check_int(score_lags, "score_lags", 0)
    se = hodrick_se(past, y, ok, gap, horizon, score_lags)
    tvalue = slope / se if se > 0 else math.nan
    pvalue = float(2 * ndtr(-abs(tvalue))) if se > 0 else math.nan
    z = float(ndtri(1 - alpha / 2))
    scale = float(np.std(past[ok]) / np.std(future[ok]))
    ci = (slope - z * se, slope + z * se)

    idx = np.flatnonzero(ok)
    first = int(idx[int(train_frac * n)])
    model, mean = expanding_forecasts(past, future, horizon, first)
    ev = ok & np.isfinite(model)
    e_mean, e_model = future[ev] - mean[ev], future[ev] - model[ev]
    n_oos = int(ev.sum())
    oos_r2 = 1.0 - float(np.sum(e_model**2) / np.sum(e_mean**2))
    f = e_mean**2 - (e_model**2 - (mean[ev] - model[ev]) ** 2)
    if np.allclose(f, f[0]):
        cw_stat, cw_p = math.nan, math.nan
    else:
        cw = _hac_ols(f, None, horizon)
        cw_stat = float(cw.tvalues[0])
        cw_p = float(ndtr(-cw_stat))
    return PredictiveResult(
        slope=slope,
        se=se,
        tvalue=tvalue,
        pvalue=pvalue,
        slope_ci=(float(ci[0]), float(ci[1])),
        corr=slope * scale,
        corr_ci=(float(ci[0] * scale), float(ci[1] * scale)),
        r2=float(fit.rsquared),
        nobs=n,
        horizon=horizon,
        window=window,
        hac_lags=lags,
        oos_r2=oos_r2,
        cw_stat=cw_stat,
        cw_pvalue=cw_p,
        n_oos=n_oos,
        alpha=alpha,
        gap=gap,
        nw_se=float(fit.bse[1]),
        score_lags=score_lags,
    )


def oos_path(
    leader: object,
    follower: object,
    index: pd.DatetimeIndex,
    *,
    horizon: int,
    window: int | None = None,
    train_frac: float = 0.4,
) -> pd.DataFrame:
    """Cumulative out-of-sample squared-error gain of the predictive regression (Goyal-Welch).

    Same forecasts as :func:`predictive_regression`:
    at each date, the cumulative sum of ``(future - mean forecast)^2 - (future -
    model forecast)^2``; a rising line means the leader's past return helped.
    """
    x = np.asarray(leader, dtype=np.float64)
    y = np.asarray(follower, dtype=np.float64)
    window = horizon if window is None else window
    past = window_sums(x, -window + 1, 0)
    future = window_sums(y, 1, horizon)
    ok = np.isfinite(past) & np.isfinite(future)
    pos = np.flatnonzero(ok)
    if len(pos) < 20:
        raise InfeasibleTest("too few usable periods for an OOS path", fix="widen the sample")
    first = int(pos[int(train_frac * len(pos))])
    model, mean = expanding_forecasts(past, future, horizon, first)
    ev = ok & np.isfinite(model)
    gain = (future[ev] - mean[ev]) ** 2 - (future[ev] - model[ev]) ** 2
    return pd.DataFrame(
        {"date": pd.DatetimeIndex(index)[ev], "cum_gain": np.cumsum(gain)}
    ).reset_index(drop=True)
