"""Correlation of two return series, overall or inside vs outside a regime.

:func:`regime_correlation`: do two return series correlate with the expected
sign, and, given a regime, more inside it than outside? The p-value comes from
circular shifts (of the second series, or of the regime indicator), the
interval from a stationary block bootstrap of the rows.

Examples
--------
>>> import numpy as np
>>> from leadwatch.analysis.inference import Inference
>>> rng = np.random.default_rng(1)
>>> a = rng.standard_normal(600)
>>> b = 0.4 * a + rng.standard_normal(600)
>>> res = regime_correlation(a, b, inference=Inference(n_boot=199))
>>> res.effect > 0.2, res.pvalue < 0.05
(True, True)
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from leadwatch.analysis.bootstrap import block_length, stationary_indices
from leadwatch.analysis.conditional.regimes import MIN_SIDE, InOutTest, expected_sign, shift_matrix
from leadwatch.analysis.inference import Inference
from leadwatch.analysis.validation import Floats, check_int
from leadwatch.errors import DataError, InfeasibleTest
from leadwatch.results import p_is, scalar_row

__all__ = ["RegimeCorrelationResult", "regime_correlation"]


@dataclass(frozen=True, slots=True)
class RegimeCorrelationResult(InOutTest):
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
    method: str = "circular shifts; stationary block bootstrap interval"

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
            f"  {1 - self.alpha:.0%} CI [{lo:+.3f}, {hi:+.3f}]; shift {p_is(self.pvalue)} "
            f"({self.n_shifts} shifts)"
        )
        return "\n".join(lines)

    def to_frame(self) -> pd.DataFrame:
        """One row (a single test): scalar fields, the interval as ``ci_lo``/``ci_hi``."""
        return scalar_row(self)


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
    inference: Inference = Inference(),
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
    sign = expected_sign(expected)
    alpha = inference.alpha
    n_boot = check_int(inference.n_boot, "n_boot", 99)
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
    rng = inference.rng()
    block = max(block_length(m[:, 0], m[:, 1]), 4.0)
    boot = stationary_indices(n, n_boot, block, rng)
    if d is None:
        effect, corr_in, corr_out, n_in = corr_all, None, None, n
        idx = shift_matrix(n, guard)
        null = (m[:, 0][None, :] * m[:, 1][idx]).sum(axis=1) / np.sqrt(
            (m[:, 0] ** 2).sum() * (m[:, 1] ** 2).sum()
        )
        reps = np.array([_corr_rows(ones, m[row])[0] for row in boot])
    else:
        dd = d[ok]
        n_in = int(dd.sum())
        if min(n_in, n - n_in) < 2 * MIN_SIDE:
            raise InfeasibleTest(
                f"the regime holds in {n_in} of {n} periods; each side needs {2 * MIN_SIDE}",
                fix="loosen the regime or use a longer sample",
            )
        both = np.stack([dd, 1 - dd])
        corr_in, corr_out = (float(v) for v in _corr_rows(both, m))
        effect = corr_in - corr_out
        idx = shift_matrix(n, guard)
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
