"""Robustness inside the verdict: the lead at the best lag re-measured on sub-samples.

A lead that lives in one stretch of history (Bitcoin's thin 2010-2012 market,
say) is a story about that stretch. :func:`subsample_table` re-measures the
correlation at the full-sample best lag on

* the sample from the date both series are liquid market prices (when that
  is later than the start; see ``liquid_from`` in :mod:`leadwatch.catalog`),
* the first half and the second half of the sample,

beside the full sample, with an outlier-robust statistic next to the
Pearson correlation: the Spearman (rank) correlation of the same pairs, which
one crash or squeeze cannot carry. :func:`holds_up` is the rule the verdict
uses: in every sub-sample the correlation and the rank correlation keep the
full-sample sign and the correlation keeps at least ``share`` (default a
third) of its full-sample size.

No inference here (the inference is the full-sample test); the table shows
whether the effect is everywhere or somewhere.

Examples
--------
>>> import numpy as np, pandas as pd
>>> rng = np.random.default_rng(0)
>>> idx = pd.bdate_range("2011-01-03", periods=3000)
>>> x = rng.standard_normal(3000)
>>> y = 0.3 * np.r_[np.zeros(4), x[:-4]] + rng.standard_normal(3000)
>>> tab = subsample_table(x, y, idx, lag=4, liquid_start=pd.Timestamp("2013-01-01"))
>>> tab["sample"].tolist()
['full', 'from 2013-01-01', 'first half', 'second half']
>>> holds_up(tab)
True
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from leadwatch.analysis.validation import Floats

__all__ = ["holds_up", "lag_pairs", "spearman", "subsample_table"]

#: Fewest complete pairs for a sub-sample row to count.
MIN_PAIRS = 30


def lag_pairs(x: Floats, y: Floats, lag: int) -> tuple[Floats, Floats]:
    """The complete pairs ``(x_t, y_{t+lag})`` (missing returns dropped, never zero).

    Examples
    --------
    >>> a, b = lag_pairs(np.array([1.0, np.nan, 3.0, 4.0]), np.array([0.0, 5.0, 6.0, 7.0]), 1)
    >>> a.tolist(), b.tolist()
    ([1.0, 3.0], [5.0, 7.0])
    """
    xs, ys = x[: len(x) - lag], y[lag:]
    ok = np.isfinite(xs) & np.isfinite(ys)
    return xs[ok], ys[ok]


def spearman(a: Floats, b: Floats) -> float:
    """Spearman's rho: Pearson's r of the average ranks (as ``scipy.stats.spearmanr``).

    Examples
    --------
    >>> round(spearman(np.array([1.0, 2.0, 2.0, 5.0]), np.array([3.0, 4.0, 9.0, 10.0])), 6)
    0.948683
    """
    ra = pd.Series(a).rank(method="average").to_numpy()
    rb = pd.Series(b).rank(method="average").to_numpy()
    return float(np.corrcoef(ra, rb)[0, 1])


def _row(name: str, x: Floats, y: Floats, idx: pd.DatetimeIndex, lag: int) -> dict[str, object]:
    a, b = lag_pairs(x, y, lag)
    n = len(a)
    row: dict[str, object] = {
        "sample": name,
        "start": idx[0] if len(idx) else pd.NaT,
        "end": idx[-1] if len(idx) else pd.NaT,
        "n_pairs": n,
        "r": np.nan,
        "spearman": np.nan,
        "t": np.nan,
    }
    if n >= MIN_PAIRS and np.std(a) > 0 and np.std(b) > 0:
        a0, b0 = a - a.mean(), b - b.mean()
        row["r"] = float(np.sum(a0 * b0) / np.sqrt(np.sum(a0**2) * np.sum(b0**2)))
        row["spearman"] = spearman(a, b)
        den = float(np.sqrt(np.sum(a0**2 * b0**2)))
        row["t"] = float(np.sum(a0 * b0) / den) if den > 0 else np.nan
    return row


def subsample_table(
    x: Floats,
    y: Floats,
    index: pd.DatetimeIndex,
    lag: int,
    *,
    liquid_start: pd.Timestamp | None = None,
) -> pd.DataFrame:
    """One row per sample (full, from ``liquid_start``, halves): pairs, r, Spearman, robust t.

    ``x`` (leader) and ``y`` (follower) are returns on the grid ``index``
    (NaN = missing); ``lag`` is the lead in grid periods.
    """
    idx = pd.DatetimeIndex(index)
    rows = [_row("full", x, y, idx, lag)]
    if liquid_start is not None and liquid_start > idx[0]:
        i = int(idx.searchsorted(liquid_start))
        rows.append(_row(f"from {liquid_start.date()}", x[i:], y[i:], idx[i:], lag))
    mid = len(idx) // 2
    rows.append(_row("first half", x[:mid], y[:mid], idx[:mid], lag))
    rows.append(_row("second half", x[mid:], y[mid:], idx[mid:], lag))
    return pd.DataFrame(rows)


def holds_up(table: pd.DataFrame, share: float = 1 / 3) -> bool:
    """Whether every sub-sample keeps the full-sample sign and ``share`` of its size.

    Both the correlation and the rank correlation must keep the sign; a
    sub-sample too short to measure (NaN) fails.
    """
    full = float(table["r"].iloc[0])
    if not np.isfinite(full) or full == 0:
        return False
    sign = np.sign(full)
    sub = table.iloc[1:]
    r = sub["r"].to_numpy(dtype=np.float64)
    rho = sub["spearman"].to_numpy(dtype=np.float64)
    with np.errstate(invalid="ignore"):
        ok = (sign * r >= share * abs(full)) & (sign * rho > 0)
    return bool(np.all(ok))
