"""Forward returns by phase: does Bitcoin really do best in ``debasement``?

For each asset and each day t with a phase, the forward log return over the
next ``horizon`` rows is ``log(P[t+horizon] / P[t])``. Consecutive forward
returns share ``horizon - 1`` days, so they are heavily autocorrelated, and
phases last weeks to months. Two inferences respect that:

* **Newey-West** (HAC) regressions with bandwidth ``hac_lags >= horizon``:
  forward return on one dummy per phase (no constant) gives each phase's mean
  and interval; on a constant and the ``target`` dummy gives the difference
  "target minus all other phases" with a HAC t-test (two-sided and one-sided,
  H1: target higher); a HAC Wald test asks whether all phase means are equal.
* a **stationary block bootstrap** (Politis-Romano, mean block ``block >=
  horizon``) of (phase, forward return) pairs gives a percentile interval of
  the same difference.

Neither fixes the deeper limit: a phase that occurred in only a handful of
episodes is a handful of observations, however many days it spans. The table
reports the number of episodes beside the number of days.

Examples
--------
>>> import numpy as np, pandas as pd
>>> from leadwatch.analysis.inference import Inference
>>> rng = np.random.default_rng(0)
>>> days = pd.bdate_range("2010-01-01", periods=3000)
>>> phase = pd.Series(np.repeat(["a", "b"] * 15, 100), index=days)
>>> drift = np.where(phase == "b", 0.002, 0.0)
>>> prices = pd.DataFrame({"x": np.exp(np.cumsum(drift + 0.01 * rng.standard_normal(3000)))},
...                       index=days)
>>> res = forward_returns_by_phase(phase, prices, horizon=20, target="b",
...                                inference=Inference(n_boot=199))
>>> row = res.tests.iloc[0]
>>> bool(row["diff"] > 0), bool(row["pvalue_greater"] < 0.05)
(True, True)
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd
from scipy.stats import chi2, norm

from leadwatch.analysis.bootstrap import stationary_indices
from leadwatch.analysis.inference import Inference
from leadwatch.analysis.validation import check_int
from leadwatch.errors import DataError, InfeasibleTest
from leadwatch.results import Result, p_is

__all__ = ["PhaseReturnsResult", "forward_log_returns", "forward_returns_by_phase"]


def forward_log_returns(prices: pd.Series, horizon: int) -> pd.Series:
    """``log(P[t+horizon] / P[t])`` per row; NaN where either price is missing or <= 0.

    Examples
    --------
    >>> forward_log_returns(pd.Series([1.0, 2.0, 4.0]), 1).round(3).tolist()
    [0.693, 0.693, nan]
    """
    p = prices.astype(np.float64)
    later = p.shift(-horizon)
    ok = (p > 0) & (later > 0)
    return pd.Series(np.log(later.where(ok) / p.where(ok)), index=prices.index)


def _hac(y: np.ndarray[Any, Any], x: np.ndarray[Any, Any], lags: int) -> Any:
    from statsmodels.regression.linear_model import OLS

    return OLS(y, x).fit(cov_type="HAC", cov_kwds={"maxlags": lags, "use_correction": True})


@dataclass(frozen=True, slots=True, eq=False)
class PhaseReturnsResult(Result):
    """Forward returns by phase with HAC and block-bootstrap inference.

    Attributes
    ----------
    table
        One row per (asset, phase): ``n`` days, ``episodes``, ``mean``, HAC ``se``,
        ``ci_low``/``ci_high`` (``1 - alpha``), ``median``, ``share_positive``.
    tests
        One row per asset: ``diff`` (target mean minus the other phases' mean),
        ``se``, ``tvalue``, ``pvalue`` (two-sided), ``pvalue_greater`` (H1: target
        higher), bootstrap ``boot_low``/``boot_high``, ``boot_share_le0``, and
        ``joint_stat``/``joint_pvalue`` (HAC Wald: all phase means equal).
    """

    table: pd.DataFrame
    tests: pd.DataFrame
    target: str
    horizon: int
    hac_lags: int
    block: float
    n_boot: int
    alpha: float
    null_hypothesis: str = "forward returns in the target phase equal those in the other phases"
    method: str = "Newey-West (HAC) t and Wald tests; stationary block bootstrap intervals"

    def summary(self) -> str:
        lines = [
            f"Forward {self.horizon}-day log returns by phase (Newey-West {self.hac_lags} lags; "
            f"block bootstrap, mean block {self.block:.0f}, {self.n_boot} replicates)"
        ]
        for asset, rows in self.table.groupby("asset", sort=False):
            lines.append(f"{asset}:")
            for r in rows.to_dict(orient="records"):
                ci = f"[{r['ci_low']:+.3f}, {r['ci_high']:+.3f}]" if r["n"] else ""
                lines.append(
                    f"  {r['phase']:<12} n={r['n']:>5} days, {r['episodes']:>3} episodes  "
                    f"mean {r['mean']:+.3f} {ci}"
                )
            t = self.tests.loc[self.tests["asset"] == asset].iloc[0]
            lines.append(
                f"  {self.target} minus other phases: {t['diff']:+.3f} (HAC t = {t['tvalue']:.2f}, "
                f"{p_is(t['pvalue'])}, one-sided {p_is(t['pvalue_greater'])}; "
                f"bootstrap {1 - self.alpha:.0%} CI "
                f"[{t['boot_low']:+.3f}, {t['boot_high']:+.3f}]); "
                f"all phases equal: {p_is(t['joint_pvalue'])}"
            )
        lines.append(
            "Overlapping windows and long phases: the effective sample is closer to the number "
            "of episodes than to the number of days."
        )
        return "\n".join(lines)

    def to_frame(self) -> pd.DataFrame:
        """The per-(asset, phase) table."""
        return self.table.copy()


def _episodes(labels: np.ndarray[Any, Any], used: np.ndarray[Any, Any], name: str) -> int:
    inside = (labels == name) & used
    return int(np.sum(inside & ~np.r_[False, inside[:-1]]))


def forward_returns_by_phase(
    phases: pd.Series,
    prices: pd.DataFrame,
    horizon: int = 60,
    *,
    target: str = "debasement",
    inference: Inference = Inference(),
    hac_lags: int | None = None,
    block: float | None = None,
    min_days: int = 20,
    order: Sequence[str] | None = None,
) -> PhaseReturnsResult:
    """Forward log returns of each column of ``prices`` by phase, and a test for ``target``.

    Parameters
    ----------
    phases
        Phase label per date (e.g. :attr:`PhaseHistory.phase`).
    prices
        Prices on the same dates (or a superset; reindexed to ``phases``).
    horizon
        Forward horizon in rows (business days on the daily grid).
    target
        Phase whose mean is compared with all other phases pooled.
    inference
        Level of the intervals, bootstrap replicates (>= 99) and seed
        (:class:`~leadwatch.analysis.inference.Inference`).
    hac_lags
        Newey-West bandwidth; default ``horizon`` (must be >= ``horizon - 1``).
    block
        Mean block length of the bootstrap; default ``max(horizon, 20)``.
    min_days
        Phases with fewer usable days get no estimate (NaN), only their count.
    order
        Phase order of the table; default order of first appearance.
    """
    if not isinstance(phases, pd.Series) or not isinstance(prices, pd.DataFrame):
        raise DataError("phases must be a Series and prices a DataFrame", fix="see the docstring")
    horizon = check_int(horizon, "horizon", 1, max(1, len(phases) // 4))
    alpha = inference.alpha
    lags = horizon if hac_lags is None else check_int(hac_lags, "hac_lags", 0)
    if lags < horizon - 1:
        raise InfeasibleTest(
            f"hac_lags={lags} is below the overlap ({horizon - 1})",
            fix=f"use hac_lags >= {horizon} or leave it None",
        )
    block = float(max(horizon, 20) if block is None else block)
    n_boot = check_int(inference.n_boot, "n_boot", 99)
    min_days = check_int(min_days, "min_days", 2)
    rng = inference.rng()
    names = list(order) if order is not None else list(dict.fromkeys(phases.dropna().tolist()))
    table, tests = [], []
    z = float(norm.ppf(1 - alpha / 2))
    for asset in prices.columns:
        fwd = forward_log_returns(prices[asset].reindex(phases.index), horizon).to_numpy()
        labels = phases.to_numpy(dtype=object)
        used = np.isfinite(fwd) & pd.notna(phases).to_numpy()
        y, lab = fwd[used], labels[used]
        fit_names = [p for p in names if int((lab == p).sum()) >= min_days]
        est: dict[str, tuple[float, float]] = {}
        fit = None
        if len(fit_names) >= 1 and len(y) > 2 * horizon:
            design = np.column_stack([(lab == p).astype(float) for p in fit_names])
            keep = design.sum(axis=1) > 0
            fit = _hac(y[keep], design[keep], lags)
            est = {p: (float(fit.params[k]), float(fit.bse[k])) for k, p in enumerate(fit_names)}
        for p in names:
            sel = lab == p
            mean, se = est.get(p, (np.nan, np.nan))
            table.append(
                {
                    "asset": asset,
                    "phase": p,
                    "n": int(sel.sum()),
                    "episodes": _episodes(labels, used, p),
                    "mean": mean,
                    "se": se,
                    "ci_low": mean - z * se,
                    "ci_high": mean + z * se,
                    "median": float(np.median(y[sel])) if sel.any() else np.nan,
                    "share_positive": float(np.mean(y[sel] > 0)) if sel.any() else np.nan,
                }
            )
        tests.append(
            _target_test(
                asset, y, lab, target, fit_names, fit, lags, block, n_boot, alpha, rng, min_days
            )
        )
    return PhaseReturnsResult(
        table=pd.DataFrame(table),
        tests=pd.DataFrame(tests),
        target=target,
        horizon=horizon,
        hac_lags=lags,
        block=block,
        n_boot=n_boot,
        alpha=alpha,
    )


def _target_test(
    asset: str,
    y: np.ndarray[Any, Any],
    lab: np.ndarray[Any, Any],
    target: str,
    fit_names: list[str],
    fit: Any,
    lags: int,
    block: float,
    n_boot: int,
    alpha: float,
    rng: np.random.Generator,
    min_days: int,
) -> dict[str, Any]:
    row: dict[str, Any] = {"asset": asset, "target": target}
    dummy = (lab == target).astype(float)
    n_in = int(dummy.sum())
    nan_keys = (
        "diff",
        "se",
        "tvalue",
        "pvalue",
        "pvalue_greater",
        "boot_low",
        "boot_high",
        "boot_share_le0",
        "joint_stat",
        "joint_pvalue",
    )
    row |= dict.fromkeys(nan_keys, np.nan)
    row["n_target"], row["n_other"] = n_in, len(y) - n_in
    if n_in < min_days or len(y) - n_in < min_days:
        return row
    x = np.column_stack([np.ones(len(y)), dummy])
    res = _hac(y, x, lags)
    t = float(res.tvalues[1])
    row |= {
        "diff": float(res.params[1]),
        "se": float(res.bse[1]),
        "tvalue": t,
        "pvalue": float(2 * norm.sf(abs(t))),
        "pvalue_greater": float(norm.sf(t)),
    }
    idx = stationary_indices(len(y), n_boot, block, rng)
    yb, db = y[idx], dummy[idx]
    n1 = db.sum(axis=1)
    with np.errstate(invalid="ignore", divide="ignore"):
        diffs = (yb * db).sum(axis=1) / n1 - (yb * (1 - db)).sum(axis=1) / (len(y) - n1)
    diffs = diffs[np.isfinite(diffs)]
    if len(diffs):
        row["boot_low"] = float(np.quantile(diffs, alpha / 2))
        row["boot_high"] = float(np.quantile(diffs, 1 - alpha / 2))
        row["boot_share_le0"] = float(np.mean(diffs <= 0))
    if fit is not None and len(fit_names) >= 2:
        k = len(fit_names)
        contrast = np.zeros((k - 1, k))
        contrast[:, 0] = 1.0
        contrast[np.arange(k - 1), np.arange(1, k)] = -1.0
        b = np.asarray(fit.params)
        cov = np.asarray(fit.cov_params())
        d = contrast @ b
        stat = float(d @ np.linalg.pinv(contrast @ cov @ contrast.T) @ d)
        row["joint_stat"], row["joint_pvalue"] = stat, float(chi2.sf(stat, k - 1))
    return row
