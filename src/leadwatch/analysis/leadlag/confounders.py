"""The lead conditional on controls: partial cross-correlation and conditional Granger.

A common driver ``z`` that moves the leader after ``a`` periods and the
follower after ``b > a`` periods makes the leader "lead" the follower by
``b - a`` with no link between them. Conditioning removes it: each series is
regressed on the controls' returns at lags ``0..control_lags`` (a stale control
return counts as no news, 0) and the cross-correlation test is run on the
residuals (a partial CCF, same bootstrap); the Granger test is rerun on the
same purged returns (Frisch-Waugh style: the controls' lags enter through the
residuals rather than as hundreds of extra regressors). The share of the lead that survives
is the partial correlation at the unconditional best lag over the unconditional
one.

Examples
--------
>>> import numpy as np
>>> from leadwatch.analysis.inference import Inference
>>> from leadwatch.analysis.leadlag.confounders import conditional_lead
>>> rng = np.random.default_rng(1)
>>> z = rng.standard_normal(1500)
>>> lag = lambda v, k: np.r_[np.zeros(k), v[:-k]]
>>> x = lag(z, 1) + rng.standard_normal(1500)   # driver hits the leader after 1 period
>>> y = lag(z, 6) + rng.standard_normal(1500)   # ... and the follower after 6
>>> res = conditional_lead(x, y, {"z": z}, lags=range(1, 11), control_lags=10,
...                        inference=Inference(n_boot=199), best_lag=5, best_r=0.5,
...                        granger_order=1)
>>> res.partial.pvalue > 0.05, abs(res.surviving_share) < 0.25
(True, True)
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any

import numpy as np
import pandas as pd

from leadwatch.analysis.inference import Inference
from leadwatch.analysis.leadlag.ccf import CrossCorrelationResult, cross_correlation
from leadwatch.analysis.leadlag.granger import GrangerTest, granger_f
from leadwatch.analysis.validation import (
    Floats,
    as_lags,
    as_return_pair,
    check_int,
)
from leadwatch.errors import DataError, InfeasibleTest
from leadwatch.results import HeadlineResult, jsonable, p_is

__all__ = ["ConfounderResult", "conditional_lead", "control_design", "residualize"]


def control_design(controls: Mapping[str, object], n: int, control_lags: int) -> Floats:
    """``(n, m * (control_lags + 1))`` matrix of control returns at lags 0..control_lags.

    Missing values (stale points and the first rows) are 0: no news.
    """
    cols = []
    for name, values in controls.items():
        z = np.asarray(values, dtype=np.float64)
        if z.shape != (n,):
            raise DataError(
                f"control '{name}' has shape {z.shape}, expected ({n},)",
                fix="align the controls on the same grid as leader and follower",
            )
        z = np.where(np.isfinite(z), z, 0.0)
        cols += [np.r_[np.zeros(j), z[: n - j]] for j in range(control_lags + 1)]
    return np.column_stack(cols)


def residualize(r: Floats, design: Floats) -> Floats:
    """Residuals of OLS of ``r`` on a constant and ``design`` (NaN where ``r`` is NaN).

    Solved by a pivoted QR (scipy), stable for the hundreds of lagged control columns.
    """
    return residualize_pair(r, r, design)[0]


def residualize_pair(x: Floats, y: Floats, design: Floats) -> tuple[Floats, Floats]:
    """:func:`residualize` of ``x`` and of ``y``: one QR factorisation when both are complete
    on the same rows (the usual case), which halves the cost of the conditional test."""
    from scipy.linalg import lstsq

    ok_x, ok_y = np.isfinite(x), np.isfinite(y)
    rows = [ok_x] if np.array_equal(ok_x, ok_y) else [ok_x, ok_y]
    fitted: list[Floats] = []
    for ok in rows:
        a = np.column_stack([np.ones(int(ok.sum())), design[ok]])
        b = np.column_stack([x[ok], y[ok]]) if len(rows) == 1 else (x if ok is ok_x else y)[ok]
        beta = lstsq(a, b, lapack_driver="gelsy", check_finite=False)[0]
        fitted.append(a @ beta)
    out_x, out_y = np.full(len(x), np.nan), np.full(len(y), np.nan)
    if len(rows) == 1:
        out_x[ok_x] = x[ok_x] - fitted[0][:, 0]
        out_y[ok_y] = y[ok_y] - fitted[0][:, 1]
    else:
        out_x[ok_x] = x[ok_x] - fitted[0]
        out_y[ok_y] = y[ok_y] - fitted[1]
    return out_x, out_y


@dataclass(frozen=True, slots=True)
class ConfounderResult(HeadlineResult):
    """How much of the lead survives conditioning on the controls."""

    controls: tuple[str, ...]
    control_lags: int
    partial: CrossCorrelationResult
    best_lag: int
    unconditional_r: float
    partial_r_at_best: float
    surviving_share: float
    granger: GrangerTest | None
    null_hypothesis: str = "no lead left once the controls' current and past moves are removed"

    def headline_test(self) -> CrossCorrelationResult:
        """The partial cross-correlogram (statistic: its max |robust t|)."""
        return self.partial

    @property
    def method(self) -> str:
        return f"partial cross-correlation ({self.partial.method} null)"

    def summary(self) -> str:
        lines = [
            f"Conditional on {', '.join(self.controls)} (lags 0..{self.control_lags}):",
            f"  partial r at lag {self.best_lag}: {self.partial_r_at_best:.3f} "
            f"(unconditional {self.unconditional_r:.3f}; {self.surviving_share:.0%} survives)",
            f"  partial max-over-lags {p_is(self.partial.pvalue)} "
            f"(best partial lag {self.partial.best_lag}, r = {self.partial.best_r:.3f})",
        ]
        if self.granger is not None:
            lines.append("  conditional Granger " + self.granger.line())
        return "\n".join(lines)

    def to_frame(self) -> pd.DataFrame:
        """The partial cross-correlogram, one row per lag."""
        return self.partial.to_frame()

    def to_dict(self) -> dict[str, Any]:
        g = self.granger
        out: dict[str, Any] = jsonable(
            {
                "controls": list(self.controls),
                "control_lags": self.control_lags,
                "best_lag": self.best_lag,
                "unconditional_r": self.unconditional_r,
                "partial_r_at_best": self.partial_r_at_best,
                "surviving_share": self.surviving_share,
                "partial_pvalue": self.partial.pvalue,
                "partial_best_lag": self.partial.best_lag,
                "partial_best_r": self.partial.best_r,
                "granger": (g),
            }
        )
        return out


def conditional_lead(
    leader: object,
    follower: object,
    controls: Mapping[str, object],
    lags: object = range(1, 131),
    *,
    control_lags: int | None = None,
    best_lag: int | None = None,
    best_r: float | None = None,
    granger_order: int | None = None,
    inference: Inference = Inference(n_boot=1999),
) -> ConfounderResult:
    """Partial CCF and conditional Granger test of leader -> follower given ``controls``.

    Parameters
    ----------
    leader, follower
        Returns on one grid (NaN = missing).
    controls
        Name -> control returns on the same grid.
    lags
        Lags searched by the partial CCF (as in :func:`.ccf.cross_correlation`).
    control_lags
        Control lags 0..control_lags removed from both series; default ``max(lags)``.
    best_lag, best_r
        The unconditional best lag and its r (the share that survives is
        measured there); default: computed here without a bootstrap.
    granger_order
        Order of the conditional Granger test (``None`` skips it).
    inference
        As in :func:`.ccf.cross_correlation`.
    """
    x, y = as_return_pair(leader, follower)
    searched = as_lags(lags)
    if not controls:
        raise DataError("controls is empty", fix="pass e.g. {'dxy': ..., 'spx': ...}")
    j = int(searched.max()) if control_lags is None else check_int(control_lags, "control_lags", 0)
    design = control_design(controls, len(x), j)
    if design.shape[1] + 30 > min(np.isfinite(x).sum(), np.isfinite(y).sum()):
        raise InfeasibleTest(
            f"{design.shape[1]} control columns leave too few observations",
            fix="use fewer controls or a smaller control_lags",
        )
    if best_lag is None or best_r is None:
        plain = cross_correlation(x, y, searched, inference=replace(inference, n_boot=99))
        best_lag, best_r = plain.best_lag, plain.best_r
    rx, ry = residualize_pair(x, y, design)
    partial = cross_correlation(rx, ry, searched, inference=inference)
    row = partial.table.loc[partial.table["lag"] == best_lag]
    partial_r = float(row["r"].iloc[0]) if len(row) else float("nan")
    share = partial_r / best_r if best_r else float("nan")
    test = None
    if granger_order is not None:  # on the control-purged returns, as the partial CCF
        test = granger_f(ry, rx, granger_order, names=("leader", "follower"))
    return ConfounderResult(
        controls=tuple(controls),
        control_lags=j,
        partial=partial,
        best_lag=int(best_lag),
        unconditional_r=float(best_r),
        partial_r_at_best=partial_r,
        surviving_share=float(share),
        granger=test,
    )
