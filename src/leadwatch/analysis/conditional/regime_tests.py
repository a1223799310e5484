"""Conditional and regime-correlation tests, and the predictive regression's OOS path.

Pure: aligned grid data in, frozen results out. Two tests for the thesis kinds
that the lead-lag battery does not cover:

* :func:`conditional_returns`: while a condition holds at ``t`` (a 0/1
  indicator built by :func:`regime_indicator` from values known at ``t``), is
  the outcome's return over ``t+1..t+horizon`` higher than at other times?
* :func:`regime_correlation`: do two return series correlate with the expected
  sign, and, given a regime, more inside it than outside?

Inference keeps the persistence of both sides. The p-value comes from **circular
shifts**: the indicator (or the second series) is rotated against the outcome
by every shift that moves it at least ``guard`` periods, which keeps each series
exactly as it is (its runs, its overlaps) and breaks only their alignment;
``p = (1 + #{shifted effect >= observed}) / (1 + shifts)``, one-sided in the
expected direction, and deterministic. The interval is a stationary block
bootstrap of the rows (resampled jointly, mean block at least twice the horizon).

Examples
--------
>>> import numpy as np, pandas as pd
>>> rng = np.random.default_rng(0)
>>> idx = pd.date_range("2010-01-01", periods=800, freq="W-FRI")
>>> regime = (np.sin(np.arange(800) / 15) > 0).astype(float)   # long on/off spells
>>> r = 0.01 * rng.standard_normal(800) + 0.006 * np.r_[0.0, regime[:-1]]
>>> res = conditional_returns(r, regime, idx, horizon=4, guard=30, n_boot=199)
>>> res.effect > 0, res.pvalue < 0.05
(True, True)
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal

import numpy as np
import pandas as pd

from leadwatch.analysis.bootstrap import block_length, stationary_indices
from leadwatch.analysis.leadlag.predictive import expanding_forecasts, window_sums
from leadwatch.analysis.validation import (
    Floats,
    check_alpha,
    check_int,
    fmt_p,
    html_block,
    jsonable,
    rng_from,
)
from leadwatch.errors import DataError, InfeasibleTest

__all__ = [
    "ConditionRule",
    "ConditionalResult",
    "RegimeCorrelationResult",
    "conditional_returns",
    "oos_path",
    "regime_correlation",
    "regime_indicator",
]

State = Literal["rising", "falling", "above_average", "below_average"]
_MIN_SIDE = 10


@dataclass(frozen=True, slots=True)
class ConditionRule:
    """``series`` is ``state`` over ``window`` periods; ``log`` compares log levels."""

    series: str
    state: State
    window: int
    log: bool = True


def regime_indicator(
    levels: pd.DataFrame, rules: Sequence[ConditionRule], combine: str = "all"
) -> pd.Series:
    """1.0 where the rules hold (all or any), 0.0 where not, NaN while a rule lacks history.

    ``levels`` are values as known at each grid point (``AlignedFrame.values``).

    Examples
    --------
    >>> lv = pd.DataFrame({"dxy": [100.0, 99.0, 98.0, 99.5]})
    >>> regime_indicator(lv, [ConditionRule("dxy", "falling", 1)]).tolist()
    [nan, 1.0, 1.0, 0.0]
    """
    if combine not in ("all", "any"):
        raise DataError(f"combine={combine!r} is unknown", fix="use 'all' or 'any'")
    if not rules:
        raise DataError("rules is empty", fix="give at least one ConditionRule")
    parts = []
    for rule in rules:
        if rule.series not in levels.columns:
            raise DataError(f"levels has no column {rule.series!r}", fix="align it first")
        v: pd.Series = levels[rule.series].astype(np.float64)
        if rule.log:
            v = pd.Series(np.log(v.where(v > 0)), index=v.index)
        if rule.state in ("rising", "falling"):
            change = v - v.shift(rule.window)
            hold = change > 0 if rule.state == "rising" else change < 0
            known = change.notna()
        else:
            mean = v.rolling(rule.window, min_periods=rule.window).mean()
            hold = v > mean if rule.state == "above_average" else v < mean
            known = mean.notna() & v.notna()
        parts.append(hold.astype(np.float64).where(known))
    stacked = pd.concat(parts, axis=1)
    combined = stacked.min(axis=1) if combine == "all" else stacked.max(axis=1)
    out: pd.Series = combined.where(stacked.notna().all(axis=1))
    return out


@dataclass(frozen=True, slots=True)
class ConditionalResult:
    """Forward returns while a condition holds vs at other times.

    Attributes
    ----------
    effect, ci
        ``mean_in - mean_out`` of the forward return and its bootstrap interval.
    pvalue
        Circular-shift p-value, one-sided in the ``expected`` direction.
    active_at_end
        Whether the condition held at the last grid point (``None`` if unknown).
    frame
        One row per usable period: ``date, in_regime, forward``.
    """

    effect: float
    ci: tuple[float, float]
    pvalue: float
    mean_in: float
    mean_out: float
    n_in: int
    n_out: int
    n_episodes: int
    horizon: int
    expected: str
    active_at_end: bool | None
    n_shifts: int
    block: float
    alpha: float
    frame: pd.DataFrame
    null_hypothesis: str = "forward returns do not depend on the condition"

    @property
    def nobs(self) -> int:
        return self.n_in + self.n_out

    def summary(self) -> str:
        lo, hi = self.ci
        return "\n".join(
            [
                f"Conditional forward returns over {self.horizon} periods "
                f"(expected {self.expected})",
                f"  in regime {self.mean_in:+.4f} ({self.n_in} periods, {self.n_episodes} "
                f"episodes), otherwise {self.mean_out:+.4f} ({self.n_out})",
                f"  difference {self.effect:+.4f}, {1 - self.alpha:.0%} CI [{lo:+.4f}, {hi:+.4f}]"
                f"; shift p = {fmt_p(self.pvalue)} ({self.n_shifts} shifts)",
                f"  condition at the last date: {_yes(self.active_at_end)}",
            ]
        )

    def to_frame(self) -> pd.DataFrame:
        return self.frame.copy()

    def to_dict(self) -> dict[str, Any]:
        fields = {f: getattr(self, f) for f in self.__dataclass_fields__ if f != "frame"}
        out: dict[str, Any] = jsonable(fields)
        return out

    def _repr_html_(self) -> str:
        return html_block("ConditionalResult", self.summary())

    def __str__(self) -> str:
        return self.summary()


def _yes(value: bool | None) -> str:
    return "unknown" if value is None else ("yes" if value else "no")


def _shift_matrix(n: int, guard: int) -> np.ndarray[Any, np.dtype[np.int64]]:
    shifts = np.arange(guard, n - guard + 1)
    if len(shifts) < 50:
        raise InfeasibleTest(
            f"{n} usable periods leave {len(shifts)} circular shifts of at least {guard}",
            fix="use a shorter horizon or window, or a longer sample",
        )
    out: np.ndarray[Any, np.dtype[np.int64]] = (np.arange(n)[None, :] - shifts[:, None]) % n
    return out


def _sign(expected: str) -> float:
    if expected not in ("positive", "negative"):
        raise DataError(f"expected={expected!r} is unknown", fix="use 'positive' or 'negative'")
    return 1.0 if expected == "positive" else -1.0


def conditional_returns(
    outcome: object,
    indicator: object,
    index: pd.DatetimeIndex,
    *,
    horizon: int,
    expected: str = "positive",
    guard: int | None = None,
    alpha: float = 0.05,
    n_boot: int = 999,
    seed: int | None = 0,
) -> ConditionalResult:
    """Outcome's return over the next ``horizon`` periods, in vs out of the condition.

    Parameters
    ----------
    outcome
        One-period returns on the grid (NaN = missing), e.g. target minus versus.
    indicator
        1/0 (NaN = unknown) on the same grid, known at each period.
    index
        Grid labels.
    horizon
        Forward horizon in periods.
    expected
        ``positive`` (higher in the regime) or ``negative``.
    guard
        Smallest circular shift; default ``2 * horizon + 26``.
    alpha, n_boot, seed
        Interval level, bootstrap replicates, seed.
    """
    r = np.asarray(outcome, dtype=np.float64)
    d = np.asarray(indicator, dtype=np.float64)
    if r.shape != d.shape or len(index) != len(r) or r.ndim != 1:
        raise DataError("outcome, indicator and index lengths differ", fix="align them first")
    horizon = check_int(horizon, "horizon", 1, max(1, len(r) // 4))
    sign = _sign(expected)
    alpha = check_alpha(alpha)
    n_boot = check_int(n_boot, "n_boot", 99)
    guard = 2 * horizon + 26 if guard is None else check_int(guard, "guard", 1)
    future = window_sums(r, 1, horizon)
    ok = np.isfinite(future) & np.isfinite(d)
    f, dd = future[ok], d[ok]
    n, n_in = len(f), int(dd.sum())
    if min(n_in, n - n_in) < _MIN_SIDE:
        raise InfeasibleTest(
            f"the condition holds in {n_in} of {n} usable periods; each side needs "
            f"{_MIN_SIDE} or more",
            fix="loosen the condition or use a longer sample",
        )
    effect = float(f[dd == 1].mean() - f[dd == 0].mean())
    idx = _shift_matrix(n, guard)
    s_in = dd[idx] @ f
    null = s_in / n_in - (f.sum() - s_in) / (n - n_in)
    pvalue = float((1 + (sign * null >= sign * effect - 1e-12).sum()) / (1 + len(null)))
    block = float(max(2 * horizon, 8))
    boot = stationary_indices(n, n_boot, block, rng_from(seed))
    bd, bf = dd[boot], f[boot]
    cnt = bd.sum(axis=1)
    with np.errstate(invalid="ignore", divide="ignore"):
        diffs = (bd * bf).sum(axis=1) / cnt - ((1 - bd) * bf).sum(axis=1) / (n - cnt)
    diffs = diffs[np.isfinite(diffs)]
    ci = (float(np.quantile(diffs, alpha / 2)), float(np.quantile(diffs, 1 - alpha / 2)))
    last = d[np.isfinite(d)]
    episodes = int(((dd[1:] == 1) & (dd[:-1] == 0)).sum() + (dd[0] == 1))
    frame = pd.DataFrame(
        {"date": pd.DatetimeIndex(index)[ok], "in_regime": dd.astype(bool), "forward": f}
    )
    return ConditionalResult(
        effect=effect,
        ci=ci,
        pvalue=pvalue,
        mean_in=float(f[dd == 1].mean()),
        mean_out=float(f[dd == 0].mean()),
        n_in=n_in,
        n_out=n - n_in,
        n_episodes=episodes,
        horizon=horizon,
        expected=expected,
        active_at_end=bool(last[-1] == 1) if len(last) else None,
        n_shifts=len(null),
        block=block,
        alpha=alpha,
        frame=frame,
    )


@dataclass(frozen=True, slots=True)
class RegimeCorrelationResult:
    """Correlation of two return series, overall or inside vs outside a regime.

    ``effect`` is the correlation (no regime) or ``corr_in - corr_out``.
    """

    effect: float
    ci: tuple[float, float]
    pvalue: float
    corr_all: float
    corr_in: float | None
    corr_out: float | None
    n_in: int
    n_out: int
    expected: str
    n_shifts: int
    block: float
    alpha: float
    null_hypothesis: str = "the returns are uncorrelated (or equally so in and out of the regime)"

    @property
    def nobs(self) -> int:
        return self.n_in + self.n_out

    @property
    def regime(self) -> bool:
        return self.corr_in is not None

    def summary(self) -> str:
        lo, hi = self.ci
        lines = [f"Correlation of returns (expected {self.expected}): {self.corr_all:+.3f} overall"]
        if self.corr_in is not None and self.corr_out is not None:
            lines.append(
                f"  in regime {self.corr_in:+.3f} ({self.n_in} periods), outside "
                f"{self.corr_out:+.3f} ({self.n_out}); difference {self.effect:+.3f}"
            )
        lines.append(
            f"  {1 - self.alpha:.0%} CI [{lo:+.3f}, {hi:+.3f}]; shift p = {fmt_p(self.pvalue)} "
            f"({self.n_shifts} shifts)"
        )
        return "\n".join(lines)

    def to_frame(self) -> pd.DataFrame:
        return pd.DataFrame([self.to_dict()])

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = jsonable({f: getattr(self, f) for f in self.__dataclass_fields__})
        return out

    def _repr_html_(self) -> str:
        return html_block("RegimeCorrelationResult", self.summary())

    def __str__(self) -> str:
        return self.summary()


def _corr_rows(w: Floats, m: Floats) -> Floats:
    """Correlations of the two columns of ``m`` (n, 2) weighted by 0/1 rows ``w`` (k, n)."""
    a, b = m[:, 0], m[:, 1]
    cols = np.stack([np.ones_like(a), a, b, a * a, b * b, a * b], axis=1)
    s = w @ cols
    cnt, sa, sb, saa, sbb, sab = (s[..., i] for i in range(6))
    with np.errstate(invalid="ignore", divide="ignore"):
        cov = sab - sa * sb / cnt
        out: Floats = cov / np.sqrt((saa - sa * sa / cnt) * (sbb - sb * sb / cnt))
    return out


def regime_correlation(
    a: object,
    b: object,
    indicator: object | None = None,
    *,
    expected: str = "positive",
    guard: int = 26,
    alpha: float = 0.05,
    n_boot: int = 999,
    seed: int | None = 0,
) -> RegimeCorrelationResult:
    """Correlation of ``a`` and ``b`` (same grid), or its excess inside a regime.

    Without ``indicator`` the effect is the correlation and the null rotates
    ``b`` against ``a``; with it, the effect is ``corr_in - corr_out`` and the
    null rotates the indicator. Rows where ``a``, ``b`` (or the indicator) are
    missing are dropped first.
    """
    x = np.asarray(a, dtype=np.float64)
    y = np.asarray(b, dtype=np.float64)
    if x.shape != y.shape or x.ndim != 1:
        raise DataError("a and b lengths differ", fix="align them on one grid first")
    sign = _sign(expected)
    alpha = check_alpha(alpha)
    n_boot = check_int(n_boot, "n_boot", 99)
    ok = np.isfinite(x) & np.isfinite(y)
    d = None
    if indicator is not None:
        d = np.asarray(indicator, dtype=np.float64)
        if d.shape != x.shape:
            raise DataError("indicator length differs from a and b", fix="align it first")
        ok &= np.isfinite(d)
    m = np.stack([x[ok], y[ok]], axis=1)
    n = len(m)
    if n < 60:
        raise InfeasibleTest(f"only {n} periods where both have returns", fix="widen the sample")
    m = m - m.mean(axis=0)
    ones = np.ones((1, n))
    corr_all = float(_corr_rows(ones, m)[0])
    rng = rng_from(seed)
    block = max(block_length(m[:, 0], m[:, 1]), 4.0)
    boot = stationary_indices(n, n_boot, block, rng)
    if d is None:
        effect, corr_in, corr_out, n_in = corr_all, None, None, n
        idx = _shift_matrix(n, guard)
        null = (m[:, 0][None, :] * m[:, 1][idx]).sum(axis=1) / np.sqrt(
            (m[:, 0] ** 2).sum() * (m[:, 1] ** 2).sum()
        )
        reps = np.array([_corr_rows(ones, m[row])[0] for row in boot])
    else:
        dd = d[ok]
        n_in = int(dd.sum())
        if min(n_in, n - n_in) < 2 * _MIN_SIDE:
            raise InfeasibleTest(
                f"the regime holds in {n_in} of {n} periods; each side needs {2 * _MIN_SIDE}",
                fix="loosen the regime or use a longer sample",
            )
        both = np.stack([dd, 1 - dd])
        corr_in, corr_out = (float(v) for v in _corr_rows(both, m))
        effect = corr_in - corr_out
        idx = _shift_matrix(n, guard)
        rot = dd[idx]
        null = _corr_rows(rot, m) - _corr_rows(1 - rot, m)
        reps = np.array(
            [np.subtract(*_corr_rows(np.stack([dd[row], 1 - dd[row]]), m[row])) for row in boot]
        )
    reps = reps[np.isfinite(reps)]
    pvalue = float((1 + (sign * null >= sign * effect - 1e-12).sum()) / (1 + len(null)))
    return RegimeCorrelationResult(
        effect=float(effect),
        ci=(float(np.quantile(reps, alpha / 2)), float(np.quantile(reps, 1 - alpha / 2))),
        pvalue=pvalue,
        corr_all=corr_all,
        corr_in=corr_in,
        corr_out=corr_out,
        n_in=n_in,
        n_out=n - n_in,
        expected=expected,
        n_shifts=len(null),
        block=float(block),
        alpha=alpha,
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

    Same forecasts as :func:`leadwatch.analysis.leadlag.predictive.predictive_regression`:
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
