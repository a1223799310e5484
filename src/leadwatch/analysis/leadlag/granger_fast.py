"""Granger F tests at every lag order 1..P in one pass (nested least squares).

statsmodels' ``grangercausalitytests(x, P)`` fits, for each order ``p``, two
OLS regressions on the rows ``t >= p``: ``y_t`` on ``[1, y_{t-1..t-p}]``
(restricted) and on ``[1, y_{t-1..t-p}, x_{t-1..t-p}]`` (unrestricted). Here
one design ``W = [1, y_{t-1}, x_{t-1}, ..., y_{t-P}, x_{t-P}, y_t]`` (pre-sample
lags set to 0; they never enter a model that uses them) gives one Gram matrix
``W'W`` by a single GEMM over rows ``t >= P``; rows ``P-1 .. p`` are added back
as rank-one updates while ``p`` falls, and each order's restricted and
unrestricted sums of squares are read from one Cholesky factor of the leading
block (columns interleaved, so the unrestricted model of order ``p`` is the
leading ``1 + 2p`` columns and the residual SSR is the last diagonal element
of the Cholesky factor of the bordered Gram). F statistics equal statsmodels'
``ssr_ftest`` to 1e-10 (a reference test asserts it).

Examples
--------
>>> import numpy as np
>>> rng = np.random.default_rng(0)
>>> x = rng.standard_normal(600)
>>> y = 0.3 * np.r_[0.0, x[:-1]] + rng.standard_normal(600)
>>> res = granger_orders(y, x, 5)
>>> res.to_frame().shape, bool(res.pvalue[0] < 1e-6)
((5, 6), True)
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd
from scipy.special import fdtrc

from leadwatch.analysis.validation import Floats, check_int
from leadwatch.errors import DataError, InfeasibleTest
from leadwatch.results import Result, alias, frame_records

__all__ = ["GrangerOrders", "granger_orders"]


@dataclass(frozen=True, slots=True)
class GrangerOrders(Result):
    """Classical Granger F test of ``cause -> effect`` at each lag order."""

    orders: tuple[int, ...]
    fstat: Floats
    pvalue: Floats
    df_num: tuple[int, ...]
    df_denom: tuple[int, ...]
    nobs: tuple[int, ...]

    method: str = "ssr F test per lag order"
    null_hypothesis: str = "the cause's past does not help predict the effect"

    statistic = alias[Floats]("fstat", "The F statistic per order (same as ``fstat``).")

    def to_frame(self) -> pd.DataFrame:
        """One row per lag order: ``order, fstat, pvalue, df_num, df_denom, nobs``."""
        return pd.DataFrame(
            {"order": self.orders, "fstat": self.fstat, "pvalue": self.pvalue,
             "df_num": self.df_num, "df_denom": self.df_denom, "nobs": self.nobs}
        )  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        return {"method": self.method, "rows": frame_records(self.to_frame())}

    def summary(self) -> str:
        return "Granger F by lag order\n" + self.to_frame().to_string(index=False)

    def heading(self) -> str:
        return "Granger F by lag order"


def _ssr(gram: Floats, cols: list[int], target: int) -> float:
    """SSR of regressing column ``target`` on ``cols`` from the Gram matrix (bordered Cholesky)."""
    idx = [*cols, target]
    chol = np.linalg.cholesky(gram[np.ix_(idx, idx)])
    return float(chol[-1, -1] ** 2)


def granger_orders(effect: object, cause: object, maxlag: int) -> GrangerOrders:
    """F tests of ``cause`` Granger-causing ``effect`` at orders 1..``maxlag`` in one pass.

    Parameters
    ----------
    effect, cause
        1-d arrays of equal length without missing values (as statsmodels).
    maxlag
        Largest lag order.
    """
    y = np.asarray(effect, dtype=np.float64)
    x = np.asarray(cause, dtype=np.float64)
    if y.ndim != 1 or x.shape != y.shape:
        raise DataError("effect and cause must be 1-d of equal length", fix="align them first")
    if not (np.isfinite(y).all() and np.isfinite(x).all()):
        raise DataError("effect/cause have missing values", fix="drop rows with NaN first")
    n = len(y)
    big = check_int(maxlag, "maxlag", 1)
    if n - big <= 2 * big + 1:
        raise InfeasibleTest(f"{n} rows are too few for maxlag={big}", fix="lower maxlag")
    width = 2 + 2 * big
    w = np.zeros((n, width))
    w[:, 0] = 1.0
    for i in range(1, big + 1):
        w[i:, 2 * i - 1] = y[:-i]
        w[i:, 2 * i] = x[:-i]
    w[:, -1] = y
    gram = w[big:].T @ w[big:]
    target = width - 1
    fstat, pvalue, df_num, df_denom, nobs = [], [], [], [], []
    for p in range(big, 0, -1):
        if p < big:
            row = w[p]
            gram += np.outer(row, row)
        unres = list(range(1 + 2 * p))
        restr = [0, *range(1, 2 * p, 2)]
        ssr_u = _ssr(gram, unres, target)
        ssr_r = _ssr(gram, restr, target)
        dfd = (n - p) - (1 + 2 * p)
        f = (ssr_r - ssr_u) / ssr_u / p * dfd
        fstat.append(f)
        pvalue.append(float(fdtrc(p, dfd, f)))
        df_num.append(p)
        df_denom.append(dfd)
        nobs.append(n - p)
    return GrangerOrders(
        orders=tuple(range(1, big + 1)),
        fstat=np.asarray(fstat[::-1]),
        pvalue=np.asarray(pvalue[::-1]),
        df_num=tuple(df_num[::-1]),
        df_denom=tuple(df_denom[::-1]),
        nobs=tuple(nobs[::-1]),
    )
