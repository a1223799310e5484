"""Rolling Diebold-Yilmaz connectedness: total, TO/FROM/NET and pairwise net over time.

Each window of ``window`` rows gets its own VAR(p) with a constant (OLS on the
window only, so the estimate at a date uses no later data) and its own
spillover table, exactly as :func:`leadwatch.analysis.connectedness.static.connectedness`
would compute on that slice (the same convention as the R package
ConnectednessApproach's ``window.size``).

Speed: the lagged design matrix is built once; windows are processed in
chunks as stacked views of it (no copy), centred per window (which absorbs the
constant), and solved by batched normal equations; MA coefficients and FEVDs
are batched with ``matmul``/``einsum``. 15 years of daily data in five series
take well under a second, against tens of seconds for refitting a statsmodels
VAR per window (``bench/connectedness.py``).

Examples
--------
>>> import numpy as np, pandas as pd
>>> rng = np.random.default_rng(0)
>>> frame = pd.DataFrame(rng.standard_normal((300, 3)), columns=["a", "b", "c"],
...                      index=pd.bdate_range("2024-01-01", periods=300))
>>> rolling = rolling_connectedness(frame, window=100, lags=1, horizon=10)
>>> len(rolling.total), str(rolling.total.index[0].date())
(201, '2024-05-17')
>>> bool(np.allclose(rolling.net.sum(axis=1), 0.0))
True
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt
import pandas as pd

from leadwatch.analysis.connectedness.checks import (
    Method,
    check_frame,
    check_int,
    check_method,
)
from leadwatch.analysis.connectedness.static import (
    ConnectednessResult,
    SpilloverParts,
    lagged_design,
    percent_shares,
    table_parts,
    table_result,
)
from leadwatch.errors import DataError, InfeasibleTest
from leadwatch.results import Result, date_label

__all__ = ["RollingConnectednessResult", "rolling_connectedness", "rolling_var"]

_Floats = npt.NDArray[np.float64]

#: Window cells (windows x rows x regressors) handled at once: bounds memory to ~32 MB a buffer.
_CELLS = 1 << 22


def rolling_var(y: _Floats, window: int, lags: int) -> tuple[_Floats, _Floats]:
    """OLS VAR(p) with a constant on every window of ``window`` consecutive rows of ``y``.

    Parameters
    ----------
    y
        ``(T, k)`` data.
    window
        Rows per window (the VAR uses ``window - lags`` observations of each).
    lags
        VAR order ``p``.

    Returns
    -------
    coefs, sigma
        ``(W, p, k, k)`` and ``(W, k, k)`` with ``W = T - window + 1``; window
        ``w`` covers rows ``w .. w + window - 1``. ``sigma`` has divisor ``window - lags``.

    Examples
    --------
    >>> y = np.random.default_rng(0).standard_normal((50, 2))
    >>> coefs, sigma = rolling_var(y, window=30, lags=2)
    >>> coefs.shape, sigma.shape
    ((21, 2, 2, 2), (21, 2, 2))
    """
    target, lagged = lagged_design(y, lags)
    n = window - lags
    k, m = y.shape[1], lagged.shape[1]
    # (W, m, n) and (W, k, n) views: window w holds design rows w .. w + n - 1.
    xs = np.lib.stride_tricks.sliding_window_view(lagged, n, axis=0)
    ys = np.lib.stride_tricks.sliding_window_view(target, n, axis=0)
    n_windows = xs.shape[0]
    coefs = np.empty((n_windows, lags, k, k))
    sigma = np.empty((n_windows, k, k))
    chunk = max(1, _CELLS // (n * (m + k)))
    for lo in range(0, n_windows, chunk):
        hi = min(lo + chunk, n_windows)
        x = xs[lo:hi] - xs[lo:hi].mean(axis=2, keepdims=True)
        z = ys[lo:hi] - ys[lo:hi].mean(axis=2, keepdims=True)
        gram = x @ x.transpose(0, 2, 1)
        cross = x @ z.transpose(0, 2, 1)
        try:
            beta = np.linalg.solve(gram, cross)  # (b, m, k)
        except np.linalg.LinAlgError:
            raise InfeasibleTest(
                "a window's lagged design is singular (a series is constant there, or the "
                "window is too short)",
                fix="use a longer window or drop the series",
            ) from None
        resid = z - beta.transpose(0, 2, 1) @ x
        sigma[lo:hi] = resid @ resid.transpose(0, 2, 1) / n
        coefs[lo:hi] = beta.reshape(hi - lo, lags, k, k).transpose(0, 1, 3, 2)
    return coefs, sigma


@dataclass(frozen=True, slots=True)
class RollingConnectednessResult(Result, SpilloverParts[pd.DataFrame]):
    """Spillover tables over moving windows.

    Attributes
    ----------
    fevd
        ``(W, k, k)`` percent shares per window (row = receiver, column = transmitter).
    index
        Label of the last row of each window (the date the estimate is "as of").
    starts
        Label of the first row of each window.
    series
        Series names, in column order.
    window, lags, horizon, method
        Rows per window, VAR order, forecast horizon, FEVD identification.
    """

    fevd: _Floats
    index: pd.Index
    starts: pd.Index
    series: tuple[str, ...]
    window: int
    lags: int
    horizon: int
    method: Method

    def _part(self, name: str) -> pd.DataFrame:
        values = table_parts(self.fevd)[name]
        return pd.DataFrame(values, index=self.index, columns=pd.Index(self.series, name=name))

    @property
    def total(self) -> pd.Series:
        """Total connectedness index per window (percent)."""
        return pd.Series(table_parts(self.fevd)["total"], index=self.index, name="total")

    def pairwise_net(self, source: str, target: str) -> pd.Series:
        """Net spillover from ``source`` to ``target`` per window (``C[t, s] - C[s, t]``).

        Raises
        ------
        DataError
            ``source`` or ``target`` is not one of :attr:`series`, or they are equal.
        """
        i, j = self._position(source, "source"), self._position(target, "target")
        if i == j:
            raise DataError(f"source and target are both {source!r}", fix="pick two series")
        values = self.fevd[:, j, i] - self.fevd[:, i, j]
        return pd.Series(values, index=self.index, name=f"{source}->{target}")

    def _position(self, name: str, param: str) -> int:
        if name not in self.series:
            raise DataError(
                f"{param}={name!r} is not a series here", fix=f"use one of {', '.join(self.series)}"
            )
        return self.series.index(name)

    def at(self, label: Any) -> ConnectednessResult:
        """The full spillover table of the window ending at ``label`` (or the last one before)."""
        pos = int(self.index.searchsorted(label, side="right")) - 1
        if pos < 0:
            raise DataError(
                f"no window ends at or before {label!r}",
                fix=f"use a label from {self.index[0]} on",
            )
        return table_result(
            self.fevd[pos],
            list(self.series),
            self.method,
            self.lags,
            self.horizon,
            self.window - self.lags,
            self.starts[pos],
            self.index[pos],
        )

    def summary(self) -> str:
        """Span, total index (mean, range, last) and mean/last NET per series."""
        total = self.total
        lines = [
            f"Rolling connectedness ({self.method} FEVD, VAR({self.lags}), H={self.horizon}, "
            f"window {self.window} rows): {len(total)} windows ending "
            f"{date_label(self.index[0])}..{date_label(self.index[-1])}",
            f"  total index: mean {total.mean():.2f}%, min {total.min():.2f}%, "
            f"max {total.max():.2f}% ({date_label(total.idxmax())}), last {total.iloc[-1]:.2f}%",
            f"  {'series':<16}{'mean NET':>10}{'last NET':>10}{'last TO':>10}{'last FROM':>10}",
        ]
        net, to, frm = self.net, self.to_others, self.from_others
        for name in self.series:
            lines.append(
                f"  {name:<16}{net[name].mean():>10.2f}{net[name].iloc[-1]:>10.2f}"
                f"{to[name].iloc[-1]:>10.2f}{frm[name].iloc[-1]:>10.2f}"
            )
        return "\n".join(lines)

    def to_frame(self) -> pd.DataFrame:
        """One row per window: ``date`` (its last label), ``total``, then ``to_<s>``,
        ``from_<s>``, ``net_<s>`` per series."""
        parts = table_parts(self.fevd)
        data: dict[str, Any] = {"date": self.index, "total": parts["total"]}
        for key in ("to", "from", "net"):
            for pos, name in enumerate(self.series):
                data[f"{key}_{name}"] = parts[key][:, pos]
        return pd.DataFrame(data)

    def to_dict(self) -> dict[str, Any]:
        """JSON-safe: parameters, labels, and per-window total, TO, FROM, NET and pairwise net."""
        parts = table_parts(self.fevd)
        names = list(self.series)

        def per_series(key: str) -> dict[str, list[float]]:
            return {s: parts[key][:, i].tolist() for i, s in enumerate(names)}

        pairs = {
            f"{a}->{b}": self.pairwise_net(a, b).tolist()
            for i, a in enumerate(names)
            for b in names[i + 1 :]
        }
        return {
            "method": self.method,
            "lags": self.lags,
            "horizon": self.horizon,
            "window": self.window,
            "series": names,
            "index": [date_label(v) for v in self.index],
            "total": parts["total"].tolist(),
            "to_others": per_series("to"),
            "from_others": per_series("from"),
            "net": per_series("net"),
            "pairwise_net": pairs,
        }

    def heading(self) -> str:
        return f"Rolling connectedness ({self.method}, window {self.window})"


def rolling_connectedness(
    frame: pd.DataFrame,
    window: int = 200,
    lags: int = 4,
    horizon: int = 10,
    method: Method = "generalized",
) -> RollingConnectednessResult:
    """Diebold-Yilmaz connectedness on every trailing window of ``window`` rows.

    Parameters
    ----------
    frame
        One numeric column per series, rows in time order, no missing values.
    window
        Rows per window, the VAR's ``lags`` presample rows included (as R's
        ``window.size``); it must leave more observations than regressors.
    lags, horizon, method
        As in :func:`leadwatch.analysis.connectedness.static.connectedness`.

    Returns
    -------
    RollingConnectednessResult
        One table per window, labelled by the window's last row.

    Raises
    ------
    DataError
        Bad parameters, a non-numeric column, missing values, or ``window``
        longer than ``frame``.
    InfeasibleTest
        A window too short for the VAR, or a singular design or covariance in some window.

    Examples
    --------
    >>> rng = np.random.default_rng(2)
    >>> frame = pd.DataFrame(rng.standard_normal((120, 2)), columns=["x", "y"])
    >>> rolling_connectedness(frame, window=500, lags=1)
    Traceback (most recent call last):
    ...
    leadwatch.errors.DataError: window=500 is longer than frame (120 rows). Fix: pass window<=120.
    """
    lags = check_int(lags, "lags", 1)
    horizon = check_int(horizon, "horizon", 1)
    window = check_int(window, "window", 2)
    method = check_method(method)
    values = check_frame(frame, lags)
    k = values.shape[1]
    if window > len(frame):
        raise DataError(
            f"window={window} is longer than frame ({len(frame)} rows)",
            fix=f"pass window<={len(frame)}",
        )
    needed = lags * (k + 1) + 2
    if window < needed:
        raise InfeasibleTest(
            f"window={window} rows is too short for a VAR({lags}) in {k} series",
            fix=f"pass window>={needed} (more for stable estimates)",
        )
    coefs, sigma = rolling_var(values, window, lags)
    shares = percent_shares(coefs, sigma, horizon, method)
    return RollingConnectednessResult(
        fevd=shares,
        index=frame.index[window - 1 :],
        starts=frame.index[: len(frame) - window + 1],
        series=tuple(str(c) for c in frame.columns),
        window=window,
        lags=lags,
        horizon=horizon,
        method=method,
    )
