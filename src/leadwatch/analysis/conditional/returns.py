"""Forward returns while a condition holds vs at other times (a circular-shift test).

:func:`conditional_returns`: while a condition holds at ``t`` (a 0/1 indicator
built by :func:`~leadwatch.analysis.conditional.regimes.regime_indicator` from
values known at ``t``), is the outcome's return over ``t+1..t+horizon`` higher
than at other times?

Inference keeps the persistence of both sides. The p-value comes from circular
shifts of the indicator against the outcome (every shift of at least ``guard``),
``p = (1 + #{shifted effect >= observed}) / (1 + shifts)``, one-sided in the
expected direction, and deterministic. The interval is a stationary block
bootstrap of the rows (resampled jointly, mean block at least twice the horizon).

Examples
--------
>>> import numpy as np, pandas as pd
>>> from leadwatch.analysis.inference import Inference
>>> rng = np.random.default_rng(0)
>>> idx = pd.date_range("2010-01-01", periods=800, freq="W-FRI")
>>> regime = (np.sin(np.arange(800) / 15) > 0).astype(float)   # long on/off spells
>>> r = 0.01 * rng.standard_normal(800) + 0.006 * np.r_[0.0, regime[:-1]]
>>> res = conditional_returns(r, regime, idx, horizon=4, guard=30, inference=Inference(n_boot=199))
>>> res.effect > 0, res.pvalue < 0.05
(True, True)
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from leadwatch.analysis.bootstrap import stationary_indices
from leadwatch.analysis.conditional.regimes import MIN_SIDE, InOutTest, expected_sign, shift_matrix
from leadwatch.analysis.inference import Inference
from leadwatch.analysis.leadlag.predictive import window_sums
from leadwatch.analysis.validation import check_int
from leadwatch.errors import DataError, InfeasibleTest
from leadwatch.results import jsonable, p_is

__all__ = ["ConditionalResult", "conditional_returns"]


@dataclass(frozen=True, slots=True)
class ConditionalResult(InOutTest):
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
    method: str = "circular shifts of the indicator; stationary block bootstrap interval"

    def summary(self) -> str:
        lo, hi = self.ci
        return "\n".join(
            [
                f"Conditional forward returns over {self.horizon} periods "
                f"(expected {self.expected})",
                f"  in regime {self.mean_in:+.4f} ({self.n_in} periods, {self.n_episodes} "
                f"episodes), otherwise {self.mean_out:+.4f} ({self.n_out})",
                f"  difference {self.effect:+.4f}, {1 - self.alpha:.0%} CI [{lo:+.4f}, {hi:+.4f}]"
                f"; shift {p_is(self.pvalue)} ({self.n_shifts} shifts)",
                f"  condition at the last date: {_yes(self.active_at_end)}",
            ]
        )

    def to_frame(self) -> pd.DataFrame:
        """One row per usable period: ``date, in_regime, forward``."""
        return self.frame.copy()

    def to_dict(self) -> dict[str, Any]:
        fields = {k: v for k, v in self.field_values().items() if k != "frame"}
        out: dict[str, Any] = jsonable(fields)
        return out


def _yes(value: bool | None) -> str:
    return "unknown" if value is None else ("yes" if value else "no")


def conditional_returns(
    outcome: object,
    indicator: object,
    index: pd.DatetimeIndex,
    *,
    horizon: int,
    expected: str = "positive",
    guard: int | None = None,
    inference: Inference = Inference(),
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
    inference
        Interval level, bootstrap replicates (>= 99) and seed
        (:class:`~leadwatch.analysis.inference.Inference`).
    """
    r = np.asarray(outcome, dtype=np.float64)
    d = np.asarray(indicator, dtype=np.float64)
    if r.shape != d.shape or len(index) != len(r) or r.ndim != 1:
        raise DataError("outcome, indicator and index lengths differ", fix="align them first")
    horizon = check_int(horizon, "horizon", 1, max(1, len(r) // 4))
    sign = expected_sign(expected)
    alpha = inference.alpha
    n_boot = check_int(inference.n_boot, "n_boot", 99)
    guard = 2 * horizon + 26 if guard is None else check_int(guard, "guard", 1)
    future = window_sums(r, 1, horizon)
    ok = np.isfinite(future) & np.isfinite(d)
    f, dd = future[ok], d[ok]
    n, n_in = len(f), int(dd.sum())
    if min(n_in, n - n_in) < MIN_SIDE:
        raise InfeasibleTest(
            f"the condition holds in {n_in} of {n} usable periods; each side needs "
            f"{MIN_SIDE} or more",
            fix="loosen the condition or use a longer sample",
        )
    effect = float(f[dd == 1].mean() - f[dd == 0].mean())
    idx = shift_matrix(n, guard)
    s_in = dd[idx] @ f
    null = s_in / n_in - (f.sum() - s_in) / (n - n_in)
    pvalue = float((1 + (sign * null >= sign * effect - 1e-12).sum()) / (1 + len(null)))
    block = float(max(2 * horizon, 8))
    boot = stationary_indices(n, n_boot, block, inference.rng())
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
