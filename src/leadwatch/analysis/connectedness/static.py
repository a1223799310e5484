"""Diebold-Yilmaz connectedness: who transmits forecast-error variance to whom.

A VAR(p) with a constant is fitted by OLS; its moving-average coefficients
``Psi_0 = I, Psi_1, ..., Psi_{H-1}`` and residual covariance ``Sigma`` give the
``H``-step forecast-error variance decomposition (FEVD). Entry ``(i, j)`` of the
decomposition, in percent, is the share of series ``i``'s forecast-error
variance due to shocks to series ``j``: rows *receive*, columns *give*.

* ``method="generalized"`` (Pesaran-Shin, Diebold & Yilmaz 2012): invariant to
  the column order; rows are normalised to sum to 100.
* ``method="cholesky"`` (Diebold & Yilmaz 2009): orthogonalised shocks in the
  column order given (the first series is "most exogenous"); rows sum to 100.

From the table: FROM (row sum off the diagonal), TO (column sum off the
diagonal), NET = TO - FROM, the pairwise net spillover from ``a`` to ``b``
(``C[b, a] - C[a, b]``) and the total connectedness index (mean of FROM).

Conventions follow the papers and the R package ConnectednessApproach, and
reproduce their published tables to the printed two decimals (see
``tests/reference/README.md``): the ``H``-step FEVD sums ``Psi_0 .. Psi_{H-1}``,
``Sigma`` is the ML residual covariance (divisor ``T - p``; both FEVDs are
invariant to its scale). Pure: arrays/DataFrames in, a frozen result out.

Examples
--------
>>> import numpy as np, pandas as pd
>>> rng = np.random.default_rng(0)
>>> e = rng.standard_normal((600, 3))
>>> y = np.zeros_like(e)
>>> for t in range(1, 600):  # "a" drives "b" with a one-step lag; "c" is on its own
...     y[t] = e[t] + [0.0, 0.8 * y[t - 1, 0], 0.0]
>>> result = connectedness(pd.DataFrame(y, columns=["a", "b", "c"]), lags=1, horizon=10)
>>> round(result.total, 1), round(float(result.pairwise_net.loc["a", "b"]), 1)
(14.9, 43.7)
>>> result.net.round(1).tolist()
[44.4, -43.7, -0.7]
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeAlias, TypeVar

import numpy as np
import numpy.typing as npt
import pandas as pd

from leadwatch.analysis.connectedness.checks import (
    METHODS,
    Method,
    check_frame,
    check_int,
    check_method,
    check_sigma,
)
from leadwatch.analysis.connectedness.var import (
    fevd_shares,
    fit_var,
    lagged_design,
    ma_coefficients,
    table_parts,
)
from leadwatch.errors import DataError
from leadwatch.results import Result, date_label

__all__ = [
    "METHODS",
    "ConnectednessResult",
    "Method",
    "SpilloverParts",
    "check_frame",
    "check_int",
    "check_method",
    "check_sigma",
    "connectedness",
    "connectedness_from_var",
    "fevd_shares",
    "fit_var",
    "lagged_design",
    "ma_coefficients",
    "percent_shares",
    "table_parts",
    "table_result",
]

_Floats: TypeAlias = npt.NDArray[np.float64]


# -- result ----------------------------------------------------------------------------------


Part = TypeVar("Part", pd.Series, pd.DataFrame)


class SpilloverParts(Generic[Part]):
    """FROM, TO and NET of spillover tables: a Series by series, or a frame by window and series.

    A subclass says how to read one part (``"from"``, ``"to"``, ``"net"`` of
    :func:`table_parts`) with ``_part``.
    """

    __slots__ = ()

    def _part(self, name: str) -> Part:
        raise NotImplementedError

    @property
    def from_others(self) -> Part:
        """FROM: share each series receives from all others."""
        return self._part("from")

    @property
    def to_others(self) -> Part:
        """TO: sum of what each series contributes to the others (can exceed 100)."""
        return self._part("to")

    @property
    def net(self) -> Part:
        """NET = TO - FROM; positive for a net transmitter."""
        return self._part("net")


@dataclass(frozen=True, slots=True)
class ConnectednessResult(Result, SpilloverParts[pd.Series]):
    """Spillover (connectedness) table of one VAR.

    Attributes
    ----------
    fevd
        ``k x k`` percent shares: row = receiver, column = transmitter; rows sum to 100.
    total
        Total connectedness index (percent): mean over series of FROM.
    method
        ``generalized`` or ``cholesky``.
    lags, horizon
        VAR order ``p`` and forecast horizon ``H``.
    nobs
        Observations used by the VAR (rows minus ``lags``); ``None`` from
        :func:`connectedness_from_var`.
    start, end
        First and last row labels of the sample (``None`` when unknown).
    """

    fevd: pd.DataFrame
    total: float
    method: Method
    lags: int
    horizon: int
    nobs: int | None = None
    start: Any = None
    end: Any = None

    @property
    def series(self) -> tuple[str, ...]:
        """Series names, in column order."""
        return tuple(str(c) for c in self.fevd.columns)

    def _part(self, name: str) -> pd.Series:
        values = table_parts(self.fevd.to_numpy())[name]
        return pd.Series(values, index=self.fevd.index, name=name)

    @property
    def own(self) -> pd.Series:
        """Own share of each series' forecast-error variance (the diagonal)."""
        return self._part("own")

    @property
    def pairwise_net(self) -> pd.DataFrame:
        """``.loc[a, b]``: net spillover from ``a`` to ``b`` = ``fevd[b, a] - fevd[a, b]``."""
        values = self.fevd.to_numpy()
        return pd.DataFrame(values.T - values, index=self.fevd.index, columns=self.fevd.columns)

    def spillover_table(self) -> pd.DataFrame:
        """The published layout: the table plus FROM column and TO, Inc.Own, NET rows."""
        table = self.fevd.copy()
        table["FROM"] = self.from_others
        extra = pd.DataFrame(
            [self.to_others, self.own + self.to_others, self.net],
            index=["TO", "Inc.Own", "NET"],
        )
        extra["FROM"] = [float(self.from_others.sum()), np.nan, self.total]
        return pd.concat([table, extra])

    def summary(self) -> str:
        """Plain-text spillover table, two decimals, as printed in the papers."""
        table = self.spillover_table()
        width = max(
            8, *(len(str(c)) + 1 for c in table.columns), *(len(str(i)) for i in table.index)
        )
        sample = f", {self.nobs} obs" if self.nobs is not None else ""
        if self.start is not None and self.end is not None:
            sample += f" {date_label(self.start)}..{date_label(self.end)}"
        lines = [
            f"Connectedness ({self.method} FEVD, VAR({self.lags}), H={self.horizon}{sample})",
            "rows receive, columns give (percent of forecast-error variance)",
            " " * width + "".join(f"{c:>{width}}" for c in table.columns),
        ]
        for label, row in table.iterrows():
            cells = "".join(f"{'' if np.isnan(v) else f'{v:.2f}':>{width}}" for v in row)
            lines.append(f"{label!s:<{width}}{cells}")
        lines.append(f"Total connectedness index: {self.total:.2f}%")
        return "\n".join(lines)

    def to_frame(self) -> pd.DataFrame:
        """Tidy: one row per series with own, from_others, to_others, net (percent)."""
        return pd.DataFrame(
            {
                "series": list(self.series),
                "own": self.own.to_numpy(),
                "from_others": self.from_others.to_numpy(),
                "to_others": self.to_others.to_numpy(),
                "net": self.net.to_numpy(),
            }
        )

    def to_dict(self) -> dict[str, Any]:
        """JSON-safe form (plain floats, ISO dates)."""
        names = list(self.series)
        pair = self.pairwise_net.to_numpy()
        return {
            "method": self.method,
            "lags": self.lags,
            "horizon": self.horizon,
            "nobs": self.nobs,
            "start": None if self.start is None else date_label(self.start),
            "end": None if self.end is None else date_label(self.end),
            "series": names,
            "total": float(self.total),
            "fevd": [[float(v) for v in row] for row in self.fevd.to_numpy()],
            "own": dict(zip(names, map(float, self.own), strict=True)),
            "from_others": dict(zip(names, map(float, self.from_others), strict=True)),
            "to_others": dict(zip(names, map(float, self.to_others), strict=True)),
            "net": dict(zip(names, map(float, self.net), strict=True)),
            "pairwise_net": {
                a: {b: float(pair[i, j]) for j, b in enumerate(names) if j != i}
                for i, a in enumerate(names)
            },
        }

    def _repr_html_(self) -> str:
        caption = (
            f"Connectedness ({self.method}, VAR({self.lags}), H={self.horizon}): "
            f"total {self.total:.2f}%"
        )
        styled = self.spillover_table().to_html(float_format="{:.2f}".format, na_rep="")
        return f"<div><strong>{html.escape(caption)}</strong>{styled}</div>"


# -- public entry points ---------------------------------------------------------------------


def connectedness(
    frame: pd.DataFrame,
    lags: int = 4,
    horizon: int = 10,
    method: Method = "generalized",
) -> ConnectednessResult:
    """Diebold-Yilmaz spillover table of a VAR(``lags``) fitted to ``frame``.

    Parameters
    ----------
    frame
        One numeric column per series (returns or volatilities: stationary
        series), rows in time order, no missing values.
    lags
        VAR order ``p`` (a constant is always included).
    horizon
        Forecast horizon ``H`` of the variance decomposition (sums ``Psi_0 .. Psi_{H-1}``).
    method
        ``generalized`` (order-invariant, Diebold & Yilmaz 2012) or
        ``cholesky`` (column order matters, Diebold & Yilmaz 2009).

    Returns
    -------
    ConnectednessResult

    Raises
    ------
    DataError
        Bad parameters, a non-numeric column or missing values.
    InfeasibleTest
        Too few rows for the VAR, a constant series, or a singular residual covariance.

    Examples
    --------
    >>> rng = np.random.default_rng(1)
    >>> frame = pd.DataFrame(rng.standard_normal((300, 2)), columns=["x", "y"])
    >>> result = connectedness(frame, lags=1, horizon=5, method="cholesky")
    >>> result.fevd.sum(axis=1).round(10).tolist()
    [100.0, 100.0]
    >>> connectedness(frame, lags=0)
    Traceback (most recent call last):
    ...
    leadwatch.errors.DataError: lags=0 is not an integer >= 1. Fix: pass lags>=1.
    """
    lags = check_int(lags, "lags", 1)
    horizon = check_int(horizon, "horizon", 1)
    method = check_method(method)
    values = check_frame(frame, lags)
    coefs, sigma = fit_var(values, lags)
    shares = percent_shares(coefs, sigma, horizon, method)
    names = [str(c) for c in frame.columns]
    return table_result(
        shares, names, method, lags, horizon, len(frame) - lags, frame.index[0], frame.index[-1]
    )


def connectedness_from_var(
    coefs: npt.ArrayLike,
    sigma: npt.ArrayLike,
    horizon: int = 10,
    method: Method = "generalized",
    series: Sequence[str] | None = None,
) -> ConnectednessResult:
    """Spillover table of a given VAR (e.g. ``VARResults.coefs`` and ``.sigma_u`` from statsmodels).

    Parameters
    ----------
    coefs
        ``(p, k, k)`` lag matrices ``A_1 .. A_p``.
    sigma
        ``(k, k)`` positive definite shock covariance.
    horizon, method
        As in :func:`connectedness`.
    series
        ``k`` names (default ``y1 .. yk``).

    Examples
    --------
    No cross terms and uncorrelated shocks: nothing spills over.

    >>> result = connectedness_from_var(np.diag([0.5, -0.3])[None], np.diag([1.0, 2.0]))
    >>> result.total, result.fevd.to_numpy().tolist()
    (0.0, [[100.0, 0.0], [0.0, 100.0]])
    """
    horizon = check_int(horizon, "horizon", 1)
    method = check_method(method)
    a = np.asarray(coefs, dtype=np.float64)
    s = np.asarray(sigma, dtype=np.float64)
    if a.ndim != 3 or a.shape[1] != a.shape[2] or a.shape[0] < 1:
        raise DataError(f"coefs has shape {a.shape}", fix="pass an array of shape (p, k, k)")
    k = a.shape[1]
    if s.shape != (k, k) or not np.allclose(s, s.T):
        raise DataError(
            f"sigma has shape {s.shape} or is not symmetric",
            fix=f"pass a symmetric ({k}, {k}) covariance",
        )
    if not (np.isfinite(a).all() and np.isfinite(s).all()):
        raise DataError("coefs or sigma has NaN or infinite values", fix="pass finite numbers")
    names = list(series) if series is not None else [f"y{i + 1}" for i in range(k)]
    if len(names) != k:
        raise DataError(f"series has {len(names)} names for {k} variables", fix=f"pass {k} names")
    shares = percent_shares(a, s, horizon, method)
    return table_result(shares, names, method, a.shape[0], horizon, None, None, None)


def percent_shares(coefs: _Floats, sigma: _Floats, horizon: int, method: Method) -> _Floats:
    """Checked covariance(s) ``sigma``, then the FEVD shares of ``coefs`` in percent.

    ``coefs`` is ``(..., p, k, k)`` and ``sigma`` ``(..., k, k)``: one VAR or one per window.
    """
    check_sigma(sigma)
    out: _Floats = fevd_shares(ma_coefficients(coefs, horizon), sigma, method) * 100.0
    return out


def table_result(
    shares: _Floats,
    names: list[str],
    method: Method,
    lags: int,
    horizon: int,
    nobs: int | None,
    start: Any,
    end: Any,
) -> ConnectednessResult:
    """The :class:`ConnectednessResult` of one ``(k, k)`` percent table."""
    fevd = pd.DataFrame(
        shares, index=pd.Index(names, name="to"), columns=pd.Index(names, name="from")
    )
    total = float(table_parts(shares)["total"])
    return ConnectednessResult(fevd, total, method, lags, horizon, nobs, start, end)
