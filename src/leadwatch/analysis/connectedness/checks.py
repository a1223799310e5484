"""Argument checks of the connectedness functions (static and rolling), and the methods."""

from __future__ import annotations

from typing import Literal, TypeAlias, get_args

import numpy as np
import numpy.typing as npt
import pandas as pd

from leadwatch.errors import DataError, InfeasibleTest
from leadwatch.results import date_label

__all__ = ["METHODS", "Method", "check_frame", "check_int", "check_method", "check_sigma"]

Method: TypeAlias = Literal["generalized", "cholesky"]
METHODS: tuple[Method, ...] = get_args(Method)
_Floats: TypeAlias = npt.NDArray[np.float64]


def check_int(value: object, name: str, minimum: int) -> int:
    """``value`` as an int >= ``minimum``, else DataError naming ``name``."""
    if isinstance(value, bool) or not isinstance(value, int | np.integer) or value < minimum:
        raise DataError(
            f"{name}={value!r} is not an integer >= {minimum}", fix=f"pass {name}>={minimum}"
        )
    return int(value)


def check_method(method: object) -> Method:
    """``method`` if it is one of :data:`METHODS`, else DataError."""
    if method not in METHODS:
        raise DataError(f"method={method!r} is unknown", fix="use 'generalized' or 'cholesky'")
    return method


def check_frame(frame: object, lags: int) -> _Floats:
    """Validate a frame of series for a VAR; return its values as float64."""
    if not isinstance(frame, pd.DataFrame):
        raise DataError(f"frame is a {type(frame).__name__}", fix="pass a pandas DataFrame")
    if frame.shape[1] < 2:
        raise DataError(f"frame has {frame.shape[1]} column(s)", fix="pass at least two series")
    if not frame.columns.is_unique:
        raise DataError("frame has duplicated column names", fix="give each series its own name")
    bad = [str(c) for c in frame.columns if not pd.api.types.is_numeric_dtype(frame[c])]
    if bad:
        raise DataError(f"frame columns {', '.join(bad)} are not numeric", fix="pass numbers")
    if isinstance(frame.index, pd.DatetimeIndex) and not frame.index.is_monotonic_increasing:
        raise DataError(
            "frame is not sorted by date (a VAR reads rows forward in time)",
            fix="call frame.sort_index()",
        )
    values = frame.to_numpy(dtype=np.float64)
    missing = ~np.isfinite(values)
    if missing.any():
        row = int(np.argmax(missing.any(axis=1)))
        raise DataError(
            f"frame has {int(missing.any(axis=1).sum())} row(s) with NaN or infinite values, "
            f"the first at {date_label(frame.index[row])}",
            fix="drop or fill them first, e.g. frame.dropna()",
        )
    needed = lags * (frame.shape[1] + 1) + 2
    if len(frame) < needed:
        raise InfeasibleTest(
            f"frame has {len(frame)} rows; a VAR({lags}) in {frame.shape[1]} series needs "
            f"at least {needed}",
            fix="use more data, fewer lags or fewer series",
        )
    constant = [str(c) for c, v in zip(frame.columns, values.T, strict=True) if np.ptp(v) == 0]
    if constant:
        raise InfeasibleTest(f"series {', '.join(constant)} are constant", fix="drop them")
    return values


def check_sigma(sigma: _Floats) -> None:
    """InfeasibleTest unless each covariance in ``sigma`` is (numerically) positive definite.

    Singular means a smallest eigenvalue of the correlation matrix below ``1e-10``:
    a series is (almost exactly) a linear combination of the others.
    """
    variances = np.diagonal(sigma, axis1=-2, axis2=-1)
    ok = bool((variances > 0).all())
    if ok:
        scale = np.sqrt(variances)
        corr = sigma / (scale[..., :, None] * scale[..., None, :])
        ok = bool((np.linalg.eigvalsh(corr)[..., 0] > 1e-10).all())
    if not ok:
        raise InfeasibleTest(
            "the VAR residual covariance is singular (a series is a linear combination "
            "of the others, or the window is too short)",
            fix="drop redundant series or use a longer sample",
        )
