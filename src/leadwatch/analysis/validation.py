"""Shared argument validation and small numeric helpers of the analysis layer.

Every public analysis function validates its arguments here, once, so error
messages name the parameter and the fix the same way everywhere.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable
from typing import ParamSpec, TypeAlias, TypeVar

import numpy as np
import numpy.typing as npt
import pandas as pd

from leadwatch.errors import DataError, InfeasibleTest

Floats: TypeAlias = npt.NDArray[np.float64]
Ints: TypeAlias = npt.NDArray[np.int64]
I32: TypeAlias = npt.NDArray[np.int32]

#: The lag sign convention, quoted in every output.
SIGN_CONVENTION = "k > 0 means the leader's move at t is followed by the follower's move at t+k"


def as_returns(values: object, param: str, *, min_obs: int = 30) -> Floats:
    """A 1-d float array of returns; NaN marks a missing (stale) return."""
    if isinstance(values, pd.DataFrame):
        raise DataError(f"{param} is a DataFrame", fix=f"pass one column, e.g. frame['{param}']")
    try:
        arr = np.asarray(values, dtype=np.float64)
    except (TypeError, ValueError) as exc:
        raise DataError(f"{param} is not numeric", fix="pass returns as floats") from exc
    if arr.ndim != 1:
        raise DataError(f"{param} has {arr.ndim} dimensions", fix="pass a 1-d array or Series")
    if np.isinf(arr).any():
        raise DataError(f"{param} has infinite values", fix="replace them with NaN")
    n_obs = int(np.isfinite(arr).sum())
    if n_obs < min_obs:
        raise InfeasibleTest(
            f"{param} has {n_obs} non-missing returns; at least {min_obs} are needed",
            fix="widen start/end or use a finer grid",
        )
    if np.nanstd(arr) == 0.0:
        raise InfeasibleTest(f"{param} is constant", fix="check the input series")
    return arr


def same_length(*arrays: tuple[str, Floats]) -> None:
    """Raise unless all named arrays have the same length."""
    lengths = {name: len(a) for name, a in arrays}
    if len(set(lengths.values())) > 1:
        shown = ", ".join(f"{k}={v}" for k, v in lengths.items())
        raise DataError(f"lengths differ ({shown})", fix="align the series on one grid first")


def as_return_pair(leader: object, follower: object) -> tuple[Floats, Floats]:
    """``leader`` and ``follower`` through :func:`as_returns`, checked to be one length.

    Examples
    --------
    >>> x, y = as_return_pair(np.arange(40.0), np.arange(40.0) % 3)
    >>> len(x), len(y)
    (40, 40)
    """
    x = as_returns(leader, "leader")
    y = as_returns(follower, "follower")
    same_length(("leader", x), ("follower", y))
    return x, y


def as_lags(lags: object, *, param: str = "lags") -> Ints:
    """Sorted unique non-zero integer lags from a range, sequence or int (1..lags)."""
    if isinstance(lags, bool):
        raise DataError(f"{param}={lags!r} is not a lag range", fix="pass e.g. range(1, 131)")
    if isinstance(lags, int | np.integer):
        if lags < 1:
            raise DataError(f"{param}={lags} must be >= 1", fix="pass e.g. 130 or range(1, 131)")
        return np.arange(1, int(lags) + 1, dtype=np.int64)
    if not isinstance(lags, Iterable):
        raise DataError(f"{param}={lags!r} is not a lag range", fix="pass e.g. range(1, 131)")
    items = list(lags)
    if not items or not all(
        isinstance(v, int | np.integer) and not isinstance(v, bool) for v in items
    ):
        raise DataError(f"{param} must be non-empty integers", fix="pass e.g. range(1, 131)")
    out = np.unique(np.asarray(items, dtype=np.int64))
    if (out < 1).any():
        raise DataError(
            f"{param} contains {int(out[0])}; leads are searched at lags >= 1 "
            "(the reverse direction, k < 0, is reported automatically)",
            fix="pass positive lags, e.g. range(1, 131)",
        )
    return out


def check_alpha(alpha: float) -> float:
    if not (isinstance(alpha, float | int) and 0.0 < float(alpha) < 0.5):
        raise DataError(f"alpha={alpha!r} is outside (0, 0.5)", fix="use e.g. alpha=0.05")
    return float(alpha)


def check_int(value: object, param: str, lo: int, hi: int | None = None) -> int:
    if isinstance(value, bool) or not isinstance(value, int | np.integer):
        raise DataError(f"{param}={value!r} is not an integer", fix=f"pass an integer >= {lo}")
    if value < lo or (hi is not None and value > hi):
        rng = f">= {lo}" if hi is None else f"in {lo}..{hi}"
        raise DataError(f"{param}={value} is out of range", fix=f"pass {param} {rng}")
    return int(value)


def rng_from(seed: int | None) -> np.random.Generator:
    if seed is not None and (isinstance(seed, bool) or not isinstance(seed, int | np.integer)):
        raise DataError(f"seed={seed!r} is not an integer", fix="pass seed=0 (or any int)")
    return np.random.default_rng(seed)


def demeaned(x: Floats) -> Floats:
    """Subtract the mean of the non-missing values, then set missing values to 0."""
    out = x - np.nanmean(x)
    out[np.isnan(out)] = 0.0
    return out


_P = ParamSpec("_P")
_R = TypeVar("_R")


def singular_is_infeasible(func: Callable[_P, _R]) -> Callable[_P, _R]:
    """Turn a singular least-squares system inside ``func`` into an :class:`InfeasibleTest`.

    A regression is singular when its regressors are collinear or constant over
    the sample (a control that copies the leader, a series flat for months):
    the user gets the cause and the fix, not numpy's ``LinAlgError``.
    """

    @functools.wraps(func)
    def wrapper(*args: _P.args, **kwargs: _P.kwargs) -> _R:
        try:
            return func(*args, **kwargs)
        except np.linalg.LinAlgError as exc:
            raise InfeasibleTest(
                f"a regression of the test has a singular matrix ({exc}): its series are "
                "collinear or constant over the sample",
                fix="test two different series, drop a control that copies one of them, or "
                "widen start/end",
            ) from None

    return wrapper


def single_blas_thread(func: Callable[_P, _R]) -> Callable[_P, _R]:
    """Run ``func`` with BLAS/LAPACK limited to one thread (threadpoolctl).

    The battery's least-squares and matrix products are small enough that a
    second BLAS thread gains little, and on a shared 2-core machine threaded
    OpenBLAS slows them 3-9x when the cores are busy (measured in
    ``bench/leadlag.py``). Results are unchanged; only the thread count is.
    """

    @functools.wraps(func)
    def wrapper(*args: _P.args, **kwargs: _P.kwargs) -> _R:
        from threadpoolctl import threadpool_limits

        with threadpool_limits(limits=1, user_api="blas"):
            return func(*args, **kwargs)

    return wrapper
