"""Stability of a lead over time: rolling windows and fixed subperiods.

A lead that exists in one regime only is a story about that regime. For each
rolling window (default two years, stepping about monthly) and each fixed
subperiod (default: before 2020, 2020-2022, 2023 on) this reports the best lag
over the searched lags, its correlation, and the correlation at the
full-sample best lag. Two kinds of consistency:

* sign: the share of windows (subperiods) where the correlation at the
  full-sample best lag has the full-sample sign;
* lag: the share of windows (subperiods) whose own best lag is within
  ``max(1, ceil(lag_tolerance * full_best_lag))`` periods of the full-sample
  best lag (default tolerance 20%), with the median and interquartile range of
  the rolling best lags. A lead whose lag wanders is a weaker story than one
  that stays put; :attr:`StabilityResult.lag_stays_put` says whether it does
  (within tolerance in at least 2/3 of subperiods and 60% of windows).

No bootstrap here: windows are descriptive, the inference is the full-sample
test.

Examples
--------
>>> import pandas as pd
>>> from leadwatch.analysis.leadlag.stability import stability
>>> from leadwatch.analysis.simulate import gaussian_lead
>>> idx = pd.bdate_range("2015-01-01", periods=2600)
>>> x, y = gaussian_lead(2600, 4, 0.3, rng=0)
>>> res = stability(x, y, idx, lags=range(1, 21), full_best_lag=4, full_r=0.3)
>>> res.rolling_sign_share, res.subperiod_sign_share
(1.0, 1.0)
>>> res.subperiods["best_lag"].tolist()
[4, 4, 4]
>>> res.lag_tolerance, res.rolling_lag_share, res.lag_stays_put
(1, 1.0, True)
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from leadwatch.analysis.leadlag.ccf import lagged_sums
from leadwatch.analysis.validation import (
    Floats,
    Ints,
    as_lags,
    as_return_pair,
    check_int,
    demeaned,
)
from leadwatch.errors import DataError
from leadwatch.results import Result, fmt_share, jsonable

__all__ = ["StabilityResult", "lead_profile", "stability"]


def lead_profile(x: Floats, y: Floats, max_lag: int) -> tuple[Floats, Floats]:
    """Pairwise-complete ``r_k`` and robust ``t_k`` for ``k = 1..max_lag`` (see :mod:`.ccf`)."""
    mx, my = np.isfinite(x).astype(float), np.isfinite(y).astype(float)
    x0, y0 = demeaned(x), demeaned(y)
    num = lagged_sums(x0, y0, max_lag)[max_lag + 1 :]
    sxx = lagged_sums(x0 * x0, my, max_lag)[max_lag + 1 :]
    syy = lagged_sums(mx, y0 * y0, max_lag)[max_lag + 1 :]
    den = lagged_sums(x0 * x0, y0 * y0, max_lag)[max_lag + 1 :]
    with np.errstate(divide="ignore", invalid="ignore"):
        r = np.where((sxx > 0) & (syy > 0), num / np.sqrt(sxx * syy), np.nan)
        t = np.where(den > 0, num / np.sqrt(den), np.nan)
    return r, t


def _window_row(x: Floats, y: Floats, lags: Ints, full_lag: int) -> dict[str, Any]:
    max_lag = int(lags.max())
    r, t = (None, None)
    if min(np.isfinite(x).sum(), np.isfinite(y).sum()) >= max_lag + 30:
        r, t = lead_profile(x, y, max_lag)
    if r is None or t is None or not np.isfinite(t[lags - 1]).any():  # no complete pair at a lag
        return {
            "best_lag": np.nan,
            "best_r": np.nan,
            "best_t": np.nan,
            "r_at_full_lag": np.nan,
            "nobs": len(x),
        }
    pos = lags - 1
    i = int(np.nanargmax(np.abs(t[pos])))
    return {
        "best_lag": int(lags[i]),
        "best_r": float(r[pos][i]),
        "best_t": float(t[pos][i]),
        "r_at_full_lag": float(r[full_lag - 1]),
        "nobs": len(x),
    }


@dataclass(frozen=True, slots=True)
class StabilityResult(Result):
    """Rolling-window and subperiod best lags: sign consistency and whether the lag stays put.

    Attributes
    ----------
    rolling_sign_share, subperiod_sign_share
        Share of windows (subperiods) where r at the full-sample best lag has
        the full-sample sign.
    lag_tolerance
        Periods a window's best lag may differ from the full-sample one and
        still count as the same lag: ``max(1, ceil(tolerance * full_best_lag))``.
    rolling_lag_share, subperiod_lag_share
        Share of windows (subperiods) whose best lag is within ``lag_tolerance``.
    rolling_lag_median, rolling_lag_iqr
        Median and interquartile range (q25, q75) of the rolling best lags.
    """

    rolling: pd.DataFrame
    subperiods: pd.DataFrame
    full_best_lag: int
    full_r: float
    window: int
    step: int
    rolling_sign_share: float
    subperiod_sign_share: float
    lag_tolerance: int
    rolling_lag_share: float
    subperiod_lag_share: float
    rolling_lag_median: float
    rolling_lag_iqr: tuple[float, float]

    @property
    def lag_stays_put(self) -> bool:
        """Best lag within tolerance in >= 2/3 of subperiods and >= 60% of rolling windows."""
        return self.subperiod_lag_share >= 2 / 3 and self.rolling_lag_share >= 0.6

    def summary(self) -> str:
        k, tol = self.full_best_lag, self.lag_tolerance
        lines = [
            f"Stability of the lag-{k} lead (full-sample r = {self.full_r:.3f})",
            f"  rolling {self.window}-period windows every {self.step}: same sign in "
            f"{fmt_share(self.rolling_sign_share)} of {len(self.rolling)}; best lag within "
            f"{k} +- {tol} in {fmt_share(self.rolling_lag_share)} (median "
            f"{self.rolling_lag_median:.0f}, IQR {self.rolling_lag_iqr[0]:.0f}-"
            f"{self.rolling_lag_iqr[1]:.0f})",
        ]
        for row in self.subperiods.itertuples():
            lines.append(
                f"  {row.period:<22} best lag {row.best_lag:>5}, r {row.best_r:+.3f}; "
                f"r at lag {k}: {row.r_at_full_lag:+.3f}"
            )
        lines.append(
            f"  same sign in {fmt_share(self.subperiod_sign_share)} of subperiods; best lag within "
            f"{k} +- {tol} in {fmt_share(self.subperiod_lag_share)}; the lag "
            f"{'stays put' if self.lag_stays_put else 'does not stay put'}"
        )
        return "\n".join(lines)

    def to_frame(self) -> pd.DataFrame:
        """Rolling windows and subperiods stacked, with a ``kind`` column."""
        return pd.concat(
            [self.rolling.assign(kind="rolling"), self.subperiods.assign(kind="subperiod")],
            ignore_index=True,
        )

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = jsonable({**self.field_values(), "lag_stays_put": self.lag_stays_put})
        return out


def _share(values: pd.Series, sign: float) -> float:
    v = values.dropna().to_numpy(dtype=float)
    return float(np.mean(np.sign(v) == sign)) if len(v) else float("nan")


def _lag_share(best_lags: pd.Series, lag: int, tol: int) -> float:
    v = best_lags.dropna().to_numpy(dtype=float)
    return float(np.mean(np.abs(v - lag) <= tol)) if len(v) else float("nan")


def stability(
    leader: object,
    follower: object,
    index: pd.DatetimeIndex,
    lags: object = range(1, 131),
    *,
    full_best_lag: int,
    full_r: float,
    window: int = 504,
    step: int = 21,
    breaks: Sequence[str] = ("2020-01-01", "2023-01-01"),
    lag_tolerance: float = 0.2,
) -> StabilityResult:
    """Best lag and its correlation in rolling windows and in subperiods split at ``breaks``.

    Parameters
    ----------
    leader, follower
        Returns on one grid (NaN = missing); ``index`` holds its labels.
    lags
        Searched lags (positive).
    full_best_lag, full_r
        The full-sample best lag and its correlation (sign reference).
    window, step
        Rolling window length and step, in periods (default 2 years, ~monthly).
    breaks
        Subperiod boundaries (a period starts on its break date).
    lag_tolerance
        Relative tolerance for "the same best lag" (0.2: within 20% of the
        full-sample best lag, and at least 1 period).
    """
    x, y = as_return_pair(leader, follower)
    if len(index) != len(x):
        raise DataError("index length differs from the returns", fix="pass the grid labels")
    searched = as_lags(lags)
    window = check_int(window, "window", int(searched.max()) + 30)
    step = check_int(step, "step", 1)
    full_best_lag = check_int(full_best_lag, "full_best_lag", 1, int(searched.max()))
    if not (isinstance(lag_tolerance, float | int) and 0.0 <= lag_tolerance < 1.0):
        raise DataError(
            f"lag_tolerance={lag_tolerance!r} is outside [0, 1)", fix="use e.g. lag_tolerance=0.2"
        )
    tol = max(1, math.ceil(lag_tolerance * full_best_lag - 1e-9))
    rows = []
    for lo in range(0, max(1, len(x) - window + 1), step):
        row = _window_row(x[lo : lo + window], y[lo : lo + window], searched, full_best_lag)
        rows.append({"start": index[lo], "end": index[min(lo + window, len(x)) - 1], **row})
    rolling = pd.DataFrame(rows)
    idx = pd.DatetimeIndex(index)
    edges = [idx[0], *[pd.Timestamp(b) for b in breaks], idx[-1] + pd.Timedelta(days=1)]
    subs = []
    for a, b in itertools.pairwise(edges):
        m = (idx >= a) & (idx < b)
        if not m.any():
            continue
        label = f"{idx[m][0].date()}..{idx[m][-1].date()}"
        subs.append({"period": label, **_window_row(x[m], y[m], searched, full_best_lag)})
    subperiods = pd.DataFrame(subs)
    sign = float(np.sign(full_r))
    lags_seen = rolling["best_lag"].dropna().to_numpy(dtype=float)
    q25, q50, q75 = np.percentile(lags_seen, [25, 50, 75]) if len(lags_seen) else [np.nan] * 3
    return StabilityResult(
        rolling=rolling,
        subperiods=subperiods,
        full_best_lag=full_best_lag,
        full_r=float(full_r),
        window=window,
        step=step,
        rolling_sign_share=_share(rolling["r_at_full_lag"], sign),
        subperiod_sign_share=_share(subperiods["r_at_full_lag"], sign),
        lag_tolerance=tol,
        rolling_lag_share=_lag_share(rolling["best_lag"], full_best_lag, tol),
        subperiod_lag_share=_lag_share(subperiods["best_lag"], full_best_lag, tol),
        rolling_lag_median=float(q50),
        rolling_lag_iqr=(float(q25), float(q75)),
    )
