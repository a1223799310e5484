"""Diebold-Yilmaz spillovers of stored series' returns."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TypedDict, Unpack, overload

import pandas as pd

from leadwatch.align import align
from leadwatch.defaults import DEFAULT_VAR_LAGS
from leadwatch.errors import DataError
from leadwatch.store import Store, opened_store

if TYPE_CHECKING:
    from typing import Literal

    from leadwatch.align import DateLike
    from leadwatch.analysis.connectedness.rolling import RollingConnectednessResult
    from leadwatch.analysis.connectedness.static import ConnectednessResult

# -- connectedness (Diebold-Yilmaz spillovers) -------------------------------------------------

#: Series of the "capital flows" spillover view: metals, Bitcoin, the dollar and real rates.
SPILLOVER_SERIES: tuple[str, ...] = ("silver", "gold", "btc", "dxy", "real_yield_10y")


def spillover_returns(
    ids: Sequence[str] = SPILLOVER_SERIES,
    *,
    store: Store | Path | str | None = None,
    grid: Literal["daily", "weekly"] = "weekly",
    start: DateLike | None = None,
    end: DateLike | None = None,
) -> pd.DataFrame:
    """Aligned returns of ``ids`` (no look-ahead), complete rows only, for a spillover VAR.

    Log returns for prices and indices, changes for rates (see
    :meth:`leadwatch.align.AlignedFrame.returns`), from the first date on which
    every series has a value. Rows where any series has no fresh value (a
    holiday) are dropped, so the VAR treats the rows around them as adjacent.
    """
    if grid not in ("daily", "weekly"):
        raise DataError(f"grid={grid!r} is not supported", fix="use grid='daily' or 'weekly'")
    names = list(dict.fromkeys(ids))
    if len(names) < 2:
        raise DataError(f"spillovers need at least two series, got {names}", fix="name more ids")
    with opened_store(store) as opened:
        values = opened.read_values(names)
    empty = [k for k in names if values[k].dropna().empty]
    if empty:
        raise DataError(f"no stored values for {', '.join(empty)}", fix="import them first")
    first = max(pd.Timestamp(values[k].dropna().index.min()) for k in names)
    frame = align(values, grid, start=first, end=end)
    returns = frame.returns().loc[pd.Timestamp(start) if start is not None else first :]
    return returns.dropna(how="any")


class SpilloverOptions(TypedDict, total=False):
    """Keyword arguments of :func:`spillovers` other than ``window`` (see its parameters)."""

    store: Store | Path | str | None
    grid: Literal["daily", "weekly"]
    lags: int
    horizon: int
    method: Literal["generalized", "cholesky"]
    start: DateLike | None
    end: DateLike | None


@overload
def spillovers(
    ids: Sequence[str] = ..., *, window: None = ..., **options: Unpack[SpilloverOptions]
) -> ConnectednessResult: ...


@overload
def spillovers(
    ids: Sequence[str] = ..., *, window: int, **options: Unpack[SpilloverOptions]
) -> RollingConnectednessResult: ...


def spillovers(
    ids: Sequence[str] = SPILLOVER_SERIES,
    *,
    store: Store | Path | str | None = None,
    grid: Literal["daily", "weekly"] = "weekly",
    lags: int = DEFAULT_VAR_LAGS,
    horizon: int = 10,
    method: Literal["generalized", "cholesky"] = "generalized",
    window: int | None = None,
    start: DateLike | None = None,
    end: DateLike | None = None,
) -> ConnectednessResult | RollingConnectednessResult:
    """Diebold-Yilmaz connectedness of stored series' returns (full sample, or rolling).

    Uses *returns* (return spillovers, as Diebold & Yilmaz 2009), not
    volatilities: range-based volatility needs daily highs and lows, which the
    LBMA fixes and FRED rates do not have. The default weekly grid avoids the
    mismatch between 24/7 Bitcoin and weekday markets.

    Parameters
    ----------
    ids
        Catalog ids, at least two; default :data:`SPILLOVER_SERIES`.
    store
        An open store, a store path, or ``None`` for the default store.
    grid
        ``weekly`` (default) or ``daily``.
    lags, horizon, method
        VAR order, FEVD horizon and identification, as in
        :func:`leadwatch.analysis.connectedness.static.connectedness`.
    window
        ``None``: one table for the whole sample; an int: rolling tables over
        windows of that many rows (see
        :func:`leadwatch.analysis.connectedness.rolling.rolling_connectedness`).
    start, end
        Sample range; default the span where every series exists.
    """
    from leadwatch.analysis.connectedness.rolling import rolling_connectedness
    from leadwatch.analysis.connectedness.static import connectedness

    returns = spillover_returns(ids, store=store, grid=grid, start=start, end=end)
    if window is None:
        return connectedness(returns, lags=lags, horizon=horizon, method=method)
    return rolling_connectedness(returns, window=window, lags=lags, horizon=horizon, method=method)
