"""Rolling Pearson correlation between pairs of return series.

Pure: DataFrames in, a DataFrame out; no I/O. Missing returns (``NaN``) are
*missing*, not zero: each window uses only the rows where both series of the
pair have a value (pairwise-complete observations), and a window with fewer
than ``min_periods`` such rows is ``NaN``. A window where either series is
constant is ``NaN`` too (the correlation is undefined there).

Examples
--------
>>> import numpy as np
>>> import pandas as pd
>>> from leadwatch.analysis.correlation import rolling_correlation
>>> returns = pd.DataFrame(
...     {"silver": [0.01, -0.02, 0.03, np.nan, 0.01, -0.01],
...      "btc": [0.04, -0.01, 0.02, 0.05, -0.03, -0.02]},
...     index=pd.date_range("2024-01-05", periods=6, freq="W-FRI"),
... )
>>> corr = rolling_correlation(returns, [("silver", "btc")], window=4, min_periods=3)
>>> corr.round(3)
pair        silver~btc
2024-01-05         NaN
2024-01-12         NaN
2024-01-19       0.684
2024-01-26       0.684
2024-02-02       0.500
2024-02-09       0.756

The week of 2024-01-26 has no silver return, so its window has three complete
pairs (the same three as the week before) instead of four.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import numpy.typing as npt
import pandas as pd

from leadwatch.errors import DataError

__all__ = ["pair_name", "rolling_correlation"]

_FloatArray = npt.NDArray[np.float64]

#: Window cells processed at once (rows x window); bounds temporary memory (~16 MB a buffer).
_CELLS = 1 << 21


def pair_name(first: str, second: str) -> str:
    """Column name of a pair in :func:`rolling_correlation`'s result.

    Examples
    --------
    >>> pair_name("silver", "btc"), pair_name("btc", "silver")  # order kept
    ('silver~btc', 'btc~silver')
    """
    return f"{first}~{second}"


def rolling_correlation(
    returns: pd.DataFrame,
    pairs: Sequence[tuple[str, str]],
    window: int,
    min_periods: int | None = None,
) -> pd.DataFrame:
    """Trailing-window Pearson correlation for each pair of columns.

    Parameters
    ----------
    returns
        Returns (not prices), one column per series, rows in time order (the
        index must be sorted and unique). ``NaN`` marks a missing return.
    pairs
        ``(first, second)`` column pairs, e.g. ``[("silver", "btc")]``.
    window
        Number of rows in each trailing window (>= 3), the current row included.
    min_periods
        Fewest rows with *both* returns present for a window to get a value;
        ``None`` (default) means ``window``, i.e. a complete window. Between 3
        and ``window``. With ``min_periods < window`` the first rows get values
        from partial windows, as in :meth:`pandas.DataFrame.rolling`.

    Returns
    -------
    pandas.DataFrame
        Same index as ``returns``; one float column per pair, named
        ``"first~second"`` (see :func:`pair_name`), in the order of ``pairs``.

    Raises
    ------
    DataError
        On an unknown or non-numeric column, an infinite value, an unsorted or
        duplicated index, or a ``window``/``min_periods`` out of range.

    Examples
    --------
    >>> import numpy as np
    >>> import pandas as pd
    >>> rng = np.random.default_rng(0)
    >>> x = rng.standard_normal(500)
    >>> returns = pd.DataFrame({"a": x, "b": x + rng.standard_normal(500), "c": -x})
    >>> corr = rolling_correlation(returns, [("a", "b"), ("a", "c")], window=100)
    >>> list(corr.columns)
    ['a~b', 'a~c']
    >>> bool(corr["a~b"].iloc[:99].isna().all()), round(float(corr["a~c"].iloc[-1]), 6)
    (True, -1.0)
    >>> rolling_correlation(returns, [("a", "x")], window=100)
    Traceback (most recent call last):
    ...
    leadwatch.errors.DataError: pairs: unknown column 'x'. Fix: use columns of returns: a, b, c.
    """
    window, min_periods = _check_window(window, min_periods)
    _check_frame(returns)
    checked = _check_pairs(returns, pairs)
    out: dict[str, _FloatArray] = {}
    for first, second in checked:
        x = _column(returns, first)
        y = _column(returns, second)
        out[pair_name(first, second)] = _rolling_pair(x, y, window, min_periods)
    result = pd.DataFrame(out, index=returns.index, columns=list(out), dtype=np.float64)
    result.columns.name = "pair"
    return result


def _check_window(window: int, min_periods: int | None) -> tuple[int, int]:
    if isinstance(window, bool) or not isinstance(window, int | np.integer):
        raise DataError(
            f"window must be an integer number of rows, got {window!r}",
            fix="pass window as an int, e.g. window=13",
        )
    if window < 3:
        raise DataError(
            f"window={window} is too small for a correlation",
            fix="use window >= 3 (with 2 points a correlation is always +1 or -1)",
        )
    if min_periods is None:
        return int(window), int(window)
    if isinstance(min_periods, bool) or not isinstance(min_periods, int | np.integer):
        raise DataError(
            f"min_periods must be an integer or None, got {min_periods!r}",
            fix="pass min_periods as an int between 3 and window, or None for a full window",
        )
    if min_periods > window:
        raise DataError(
            f"min_periods={min_periods} is larger than window={window}",
            fix=f"use min_periods <= {window}, or None to require full windows",
        )
    if min_periods < 3:
        raise DataError(
            f"min_periods={min_periods} is too small for a correlation",
            fix="use min_periods >= 3 (with 2 points a correlation is always +1 or -1)",
        )
    return int(window), int(min_periods)


def _check_frame(returns: pd.DataFrame) -> None:
    if not isinstance(returns, pd.DataFrame):
        raise DataError(
            f"returns must be a pandas DataFrame, got {type(returns).__name__}",
            fix="pass a DataFrame with one column of returns per series",
        )
    index = returns.index
    if not (index.is_monotonic_increasing and index.is_unique):
        raise DataError(
            "returns: the index must be sorted and unique (rolling windows run in row order)",
            fix="call returns.sort_index() and drop duplicated dates first",
        )


def _check_pairs(returns: pd.DataFrame, pairs: Sequence[tuple[str, str]]) -> list[tuple[str, str]]:
    if isinstance(pairs, str) or len(pairs) == 0:
        raise DataError(
            f"pairs must be a non-empty sequence of (first, second) tuples, got {pairs!r}",
            fix='pass e.g. pairs=[("silver", "btc")]',
        )
    known = list(returns.columns)
    checked: list[tuple[str, str]] = []
    for pair in pairs:
        if isinstance(pair, str) or len(pair) != 2:
            raise DataError(
                f"pairs: {pair!r} is not a (first, second) pair",
                fix='pass each pair as a 2-tuple of column names, e.g. ("silver", "btc")',
            )
        first, second = pair
        for name in (first, second):
            if name not in known:
                raise DataError(
                    f"pairs: unknown column {name!r}",
                    fix=f"use columns of returns: {', '.join(map(str, known))}",
                )
            if known.count(name) > 1:
                raise DataError(
                    f"returns: column {name!r} appears more than once",
                    fix="give every column of returns a unique name",
                )
        if first == second:
            raise DataError(
                f"pairs: {pair!r} correlates a column with itself",
                fix="pair two different columns",
            )
        if (first, second) in checked:
            raise DataError(f"pairs: {pair!r} is listed twice", fix="list each pair once")
        checked.append((first, second))
    return checked


def _column(returns: pd.DataFrame, name: str) -> _FloatArray:
    series = returns[name]
    if not (pd.api.types.is_numeric_dtype(series) and not pd.api.types.is_bool_dtype(series)):
        raise DataError(
            f"returns: column {name!r} is not numeric (dtype {series.dtype})",
            fix="convert it with pd.to_numeric before computing correlations",
        )
    values = series.to_numpy(dtype=np.float64, na_value=np.nan)
    if np.isinf(values).any():
        raise DataError(
            f"returns: column {name!r} holds an infinite value",
            fix="check the prices behind it for zeros; mark a missing return as NaN",
        )
    return values


def _rolling_pair(x: _FloatArray, y: _FloatArray, window: int, min_periods: int) -> _FloatArray:
    """Two-pass (centred) correlation on each trailing window; exact, no cancellation."""
    n = x.shape[0]
    pad = np.full(window - 1, np.nan)
    xw = np.lib.stride_tricks.sliding_window_view(np.concatenate([pad, x]), window)
    yw = np.lib.stride_tricks.sliding_window_view(np.concatenate([pad, y]), window)
    out = np.full(n, np.nan)
    chunk = max(1, _CELLS // window)
    for start in range(0, n, chunk):
        stop = min(start + chunk, n)
        out[start:stop] = _windows_corr(xw[start:stop], yw[start:stop], min_periods)
    return out


def _windows_corr(xw: _FloatArray, yw: _FloatArray, min_periods: int) -> _FloatArray:
    both = ~(np.isnan(xw) | np.isnan(yw))
    count = both.sum(axis=1)
    safe = np.maximum(count, 1)
    xz = np.where(both, xw, 0.0)
    yz = np.where(both, yw, 0.0)
    dx = np.where(both, xz - (xz.sum(axis=1) / safe)[:, None], 0.0)
    dy = np.where(both, yz - (yz.sum(axis=1) / safe)[:, None], 0.0)
    sxy = (dx * dy).sum(axis=1)
    sxx = (dx * dx).sum(axis=1)
    syy = (dy * dy).sum(axis=1)
    denom = np.sqrt(sxx * syy)
    # A constant series inside a window leaves only rounding noise in sxx/syy.
    scale = np.sqrt((xz * xz).sum(axis=1) * (yz * yz).sum(axis=1))
    ok = (count >= min_periods) & (denom > 1e-14 * scale) & (denom > 0)
    corr = np.full(xw.shape[0], np.nan)
    corr[ok] = np.clip(sxy[ok] / denom[ok], -1.0, 1.0)
    return corr
