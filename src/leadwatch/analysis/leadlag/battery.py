"""The lead-lag battery: every test on one aligned pair, and the verdict.

Pure: aligned returns in (from :meth:`leadwatch.align.AlignedFrame.returns`,
NaN at stale points), a frozen :class:`LeadLagResult` out. The data reading
and alignment live in :func:`leadwatch.api.lead_lag`.

Sign convention: k > 0 means the leader's move at t is followed by the
follower's move at t+k.

Examples
--------
>>> import pandas as pd
>>> from leadwatch.analysis.inference import Inference
>>> from leadwatch.analysis.leadlag.battery import lead_lag_battery
>>> from leadwatch.analysis.simulate import gaussian_lead
>>> idx = pd.bdate_range("2014-01-01", periods=1600)
>>> x, y = gaussian_lead(1600, 3, 0.5, scale=0.01, rng=0)
>>> rets = pd.DataFrame({"a": x, "b": y}, index=idx)
>>> boot = Inference(n_boot=199)
>>> res = lead_lag_battery(rets, "a", "b", lags=range(1, 21), horizon=5, inference=boot)
>>> res.best_lag, res.pvalue < 0.01, res.verdict
(3, True, 'supported')
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal

import numpy as np
import pandas as pd

from leadwatch.analysis.inference import Inference
from leadwatch.analysis.leadlag.ccf import CrossCorrelationResult, cross_correlation
from leadwatch.analysis.leadlag.confounders import ConfounderResult, conditional_lead
from leadwatch.analysis.leadlag.events import EventStudyResult, event_study
from leadwatch.analysis.leadlag.granger import GrangerResult, granger
from leadwatch.analysis.leadlag.predictive import PredictiveResult, predictive_regression
from leadwatch.analysis.leadlag.robustness import subsample_table
from leadwatch.analysis.leadlag.stability import StabilityResult, stability
from leadwatch.analysis.leadlag.verdict import Verdict, decide
from leadwatch.analysis.validation import (
    SIGN_CONVENTION,
    Floats,
    as_lags,
    check_int,
    single_blas_thread,
    singular_is_infeasible,
)
from leadwatch.errors import DataError, InfeasibleTest
from leadwatch.results import HeadlineResult, jsonable

__all__ = ["DEFAULTS", "LeadLagResult", "lead_lag_battery"]

GridName = Literal["daily", "weekly"]

#: Per-grid defaults, in grid periods.
DEFAULTS: dict[str, dict[str, Any]] = {
    "daily": {
        "lags": range(1, 131),
        "horizon": 20,
        "unit": "trading days",
        "year": 260,
        "quarter": 63,
        "min_gap": 20,
        "horizons": (5, 20, 60, 120),
        "window": 504,
        "step": 21,
        "maxlag": 20,
    },
    "weekly": {
        "lags": range(1, 27),
        "horizon": 4,
        "unit": "weeks",
        "year": 52,
        "quarter": 13,
        "min_gap": 4,
        "horizons": (1, 4, 12, 24),
        "window": 104,
        "step": 4,
        "maxlag": 8,
    },
}


@dataclass(frozen=True, slots=True)
class LeadLagResult(HeadlineResult):
    """Everything the battery found about "leader leads follower", with the verdict.

    Attributes
    ----------
    best_lag, pvalue
        Headline: lag of the strongest cross-correlation and its max-over-lags p-value.
    verdict
        ``supported``, ``contradicted``, ``conflict`` or ``inconclusive``; reasons
        in ``decision`` (rules in :mod:`.verdict`).
    ccf, predictive, granger, confounders, events, stability, decision
        The per-test results (``confounders`` is ``None`` without controls or
        when they cannot run; ``granger`` is ``None`` for a pair with too few
        complete rows, e.g. a monthly series on the daily grid).
    robustness
        The correlation at the best lag on sub-samples (:mod:`.robustness`).
    clock_lags
        Lags ``1..clock_lags`` left out as "same day, different clocks" (:mod:`.clocks`).
    """

    leader: str
    follower: str
    grid: str
    start: pd.Timestamp
    end: pd.Timestamp
    alpha: float
    n_boot: int
    seed: int | None
    ccf: CrossCorrelationResult
    predictive: PredictiveResult
    granger: GrangerResult | None
    confounders: ConfounderResult | None
    events: EventStudyResult
    stability: StabilityResult
    decision: Verdict
    sign_convention: str = SIGN_CONVENTION
    robustness: pd.DataFrame | None = None
    clock_lags: int = 0
    controls_unavailable: tuple[str, ...] = ()
    stale_inputs: tuple[str, ...] = ()

    @property
    def best_lag(self) -> int:
        return self.ccf.best_lag

    def headline_test(self) -> CrossCorrelationResult:
        """The cross-correlation test: its max-over-lags statistic, p-value and nobs."""
        return self.ccf

    @property
    def verdict(self) -> str:
        return self.decision.label

    def summary(self) -> str:
        head = (
            f"{self.leader} -> {self.follower}, {self.grid} grid, "
            f"{self.start.date()}..{self.end.date()} (alpha {self.alpha}, n_boot {self.n_boot}, "
            f"seed {self.seed})"
        )
        blocks = [
            head,
            f"Sign convention: {SIGN_CONVENTION}.",
            self.decision.summary() + self._unavailable_note(),
            str(self.ccf),
            str(self.predictive),
        ]
        if self.granger is not None:
            blocks.append(str(self.granger))
        if self.robustness is not None:
            blocks.append("Sub-samples at the best lag:\n" + self.robustness.to_string(index=False))
        if self.confounders is not None:
            blocks.append(str(self.confounders))
        blocks += [str(self.events), str(self.stability)]
        return "\n\n".join(blocks)

    def _unavailable_note(self) -> str:
        """Inputs that ended early and default controls missing from the store, if any."""
        notes = [f"\nStale input: {s}" for s in self.stale_inputs]
        if self.controls_unavailable:
            names = ", ".join(self.controls_unavailable)
            ran = "ran without them" if self.confounders else "did not run"
            notes.append(
                f"\nNot controlled for {names}: not in the store (import with leadwatch data "
                f"import); the confounder check {ran}."
            )
        return "".join(notes)

    def to_frame(self) -> pd.DataFrame:
        """The cross-correlogram (one row per lag), the table behind the headline."""
        return self.ccf.to_frame()

    def to_dict(self) -> dict[str, Any]:
        headline = {"best_lag": self.best_lag, "pvalue": self.pvalue, "verdict": self.verdict}
        out: dict[str, Any] = jsonable({**self.field_values(), **headline})
        return out

    def heading(self) -> str:
        return f"LeadLagResult: {self.verdict}"


@single_blas_thread
@singular_is_infeasible
def lead_lag_battery(
    returns: pd.DataFrame,
    leader: str,
    follower: str,
    *,
    controls: Sequence[str] = (),
    grid: GridName = "daily",
    lags: object = None,
    horizon: int | None = None,
    inference: Inference = Inference(n_boot=1999),
    leader_log_price: pd.Series | None = None,
    clock_lags: int = 0,
    liquid_start: pd.Timestamp | None = None,
    min_effect: float = 0.1,
) -> LeadLagResult:
    """Run the whole battery on aligned returns.

    Parameters
    ----------
    returns
        Grid-labelled returns (NaN = stale), with columns ``leader``,
        ``follower`` and each of ``controls``. Rows outside the span where
        both leader and follower have returns are dropped.
    leader, follower
        Column names.
    controls
        Columns to condition on (partial CCF, conditional Granger).
    grid
        ``daily`` or ``weekly``; sets the defaults in :data:`DEFAULTS`.
    lags, horizon
        Searched lags and predictive horizon; per-grid defaults.
    inference
        Level, bootstrap replicates (>= 99) and seed of every test
        (:class:`~leadwatch.analysis.inference.Inference`; deterministic given the seed).
    leader_log_price
        Leader's log price on the grid, possibly with earlier history, for the
        event rules (all-time highs need history); default: cumulated returns.
    clock_lags
        Leading lags ``1..clock_lags`` at which the two return windows overlap
        in time (:func:`.clocks.clock_lags`): "same day, different clocks",
        never searched as a lead.
    liquid_start
        First date at which both series are liquid market prices; adds a
        "from" row to the sub-sample table the verdict checks.
    min_effect
        Smallest correlation that counts as a lead: "contradicted" needs the
        data to rule out this much at every searched lag.
    """
    if grid not in DEFAULTS:
        raise DataError(f"grid={grid!r} is not supported here", fix="use daily or weekly")
    d = DEFAULTS[grid]
    missing = [c for c in (leader, follower, *controls) if c not in returns.columns]
    if missing:
        raise DataError(f"returns has no column {', '.join(missing)}", fix="align them first")
    searched = as_lags(d["lags"] if lags is None else lags)
    clock_lags = check_int(clock_lags, "clock_lags", 0)
    if clock_lags:
        kept = searched[searched > clock_lags]
        if len(kept) == 0:
            raise InfeasibleTest(
                f"every searched lag is within the series' observation-time difference "
                f"(lags 1..{clock_lags}: same day, different clocks)",
                fix=f"search lags above {clock_lags}",
            )
        searched = as_lags(kept)
    horizon = check_int(d["horizon"] if horizon is None else horizon, "horizon", 1)
    check_int(inference.n_boot, "n_boot", 99)
    alpha = inference.alpha
    both = returns[leader].notna() & returns[follower].notna()
    if not both.any():
        raise InfeasibleTest(
            f"{leader} and {follower} never have returns on the same {grid} grid point",
            fix="check start/end; series published on different days of the month never "
            "share a grid point (pair a monthly series with a daily or weekly one)",
        )
    rows = returns.index[both]
    frame = returns.loc[rows[0] : rows[-1]]
    x = frame[leader].to_numpy(dtype=np.float64)
    y = frame[follower].to_numpy(dtype=np.float64)
    idx = pd.DatetimeIndex(frame.index)
    _check_distinct(x, y, leader, follower)

    ccf = cross_correlation(x, y, searched, inference=inference)
    gap = max(clock_lags, ccf.best_lag - horizon)  # centre the predictive span on the best lag
    pred = predictive_regression(x, y, horizon, alpha=alpha, gap=gap)
    top = int(searched.max())
    gr = _granger(x, y, min(int(d["maxlag"]), top, max(1, len(x) // 20)), top, inference)
    conf = None
    if controls:
        try:
            conf = conditional_lead(
                x,
                y,
                {c: frame[c].to_numpy(dtype=np.float64) for c in controls},
                searched,
                best_lag=ccf.best_lag,
                best_r=ccf.best_r,
                granger_order=None if gr is None else gr.order,
                inference=inference,
            )
        except InfeasibleTest:  # too few periods for the controls: the check fails (below)
            conf = None
    if leader_log_price is None:
        lp = pd.Series(np.cumsum(np.nan_to_num(x)), index=idx)
    else:
        lp = leader_log_price.loc[: idx[-1]]
    ev_idx = pd.DatetimeIndex(lp.index)
    first = int(ev_idx.searchsorted(idx[0]))
    events = event_study(
        lp.to_numpy(dtype=np.float64),
        frame[follower].reindex(ev_idx).to_numpy(dtype=np.float64),
        ev_idx,
        horizons=[h for h in d["horizons"] if h <= len(lp) // 4] or d["horizons"][:1],  # short
        min_gap=d["min_gap"],
        year=d["year"],
        quarter=d["quarter"],
        first=first,
        inference=inference,
    )
    stab = stability(
        x,
        y,
        idx,
        searched,
        full_best_lag=ccf.best_lag,
        full_r=ccf.best_r,
        window=max(int(d["window"]), int(searched.max()) + int(d["window"]) // 2),  # long lags
        step=d["step"],
    )
    robust = subsample_table(x, y, idx, ccf.best_lag, liquid_start=liquid_start)
    decision = decide(
        leader=leader,
        follower=follower,
        unit=d["unit"],
        ccf=ccf,
        predictive=pred,
        stability=stab,
        confounders=conf,
        granger=gr,
        robustness=robust,
        clock_lags=clock_lags,
        controls_requested=bool(controls),
        alpha=alpha,
        min_effect=min_effect,
    )
    return LeadLagResult(
        leader=leader,
        follower=follower,
        grid=grid,
        start=idx[0],
        end=idx[-1],
        **inference.kwargs(),
        ccf=ccf,
        predictive=pred,
        granger=gr,
        confounders=conf,
        events=events,
        stability=stab,
        decision=decision,
        robustness=robust,
        clock_lags=clock_lags,
    )


def _granger(
    x: Floats, y: Floats, maxlag: int, periods: int, inference: Inference
) -> GrangerResult | None:
    """The Granger tests, or ``None`` where the pair has too few complete rows for them.

    Granger is informative only (the verdict never rests on it), so a monthly
    or sparse series on the daily grid drops it instead of failing the battery.
    """
    try:
        n_boot = min(inference.n_boot, 499)
        return granger(x, y, maxlag=maxlag, n_boot=n_boot, seed=inference.seed, irf_periods=periods)
    except InfeasibleTest:
        return None


def _check_distinct(x: Floats, y: Floats, leader: str, follower: str) -> None:
    """Refuse two series whose returns are the same up to scale: nothing can lead itself."""
    both = ~(np.isnan(x) | np.isnan(y))
    a, b = x[both], y[both]
    varied = len(a) > 2 and np.std(a) > 0 and np.std(b) > 0
    if varied and abs(float(np.corrcoef(a, b)[0, 1])) > 1.0 - 1e-9:
        raise InfeasibleTest(
            f"{leader} and {follower} have the same returns (one is a copy or a multiple of "
            "the other)",
            fix="test two different series",
        )
