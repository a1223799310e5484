"""Analysis grids and their decision instants; dates checked at the public boundary.

A grid label (a Mon-Fri business day, a Friday, or a calendar month end) stands
for a *decision instant*: 00:00 UTC of the next day (:func:`grid_instants`).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime, tzinfo
from types import MappingProxyType
from typing import Literal, TypeAlias, get_args

import numpy as np
import numpy.typing as npt
import pandas as pd

from leadwatch.errors import DataError

__all__ = ["DateLike", "Grid", "as_date", "date_labels", "grid_instants", "grid_labels"]

Grid = Literal["daily", "weekly", "monthly"]
DateLike: TypeAlias = str | date | datetime | pd.Timestamp | np.datetime64

_GRIDS: tuple[str, ...] = get_args(Grid)
_FREQ: Mapping[str, str] = MappingProxyType({"daily": "B", "weekly": "W-FRI", "monthly": "ME"})
_STEP: Mapping[str, pd.offsets.BaseOffset] = MappingProxyType(
    {
        "daily": pd.offsets.BDay(1),
        "weekly": pd.offsets.Week(1),
        "monthly": pd.offsets.MonthEnd(1),
    }
)
_UTC_NAMES = frozenset({"UTC", "ETC/UTC", "Z", "UTC+00:00", "TZUTC()"})
_UNIT: Literal["us"] = "us"
_Floats: TypeAlias = npt.NDArray[np.float64]
_Ints: TypeAlias = npt.NDArray[np.int64]


def _is_utc(tz: tzinfo | None) -> bool:
    return tz is not None and str(tz).upper() in _UTC_NAMES


def date_labels(index: pd.DatetimeIndex, what: str) -> pd.DatetimeIndex:
    """``index`` as naive date labels: a time-zone-aware index of local midnights (yfinance's
    daily bars) gives its calendar dates, UTC keeps its clock; other times are refused.

    Examples
    --------
    >>> import pandas as pd
    >>> ny = pd.DatetimeIndex(["2026-01-05", "2026-01-06"]).tz_localize("America/New_York")
    >>> date_labels(ny, "btc").strftime("%Y-%m-%d").tolist()
    ['2026-01-05', '2026-01-06']
    """
    if index.tz is None:
        return index
    local = index.tz_localize(None)
    if _is_utc(index.tz) or bool((local == local.normalize()).all()):
        return local
    raise DataError(
        f"{what} is indexed in time zone {index.tz} at times other than midnight; date labels "
        "must be calendar dates",
        fix="label each value with its calendar date, then .tz_localize(None)",
    )


def _check_grid(grid: str) -> None:
    if grid not in _GRIDS:
        raise DataError(f"grid={grid!r} is not a known grid", fix=f"use one of {', '.join(_GRIDS)}")


def as_date(value: DateLike, param: str) -> pd.Timestamp:
    """``value`` as a naive UTC-midnight timestamp; ``param`` names it in the error.

    Raises :class:`~leadwatch.errors.DataError` for a non-date, NaT or a
    non-UTC time zone.

    Examples
    --------
    >>> as_date("2024-03-01T15:00:00Z", "start")
    Timestamp('2024-03-01 00:00:00')
    """
    try:
        ts = pd.Timestamp(value)
    except (TypeError, ValueError) as exc:
        raise DataError(
            f"{param}={value!r} is not a date", fix="pass an ISO date such as '2024-03-01'"
        ) from exc
    if pd.isna(ts):
        raise DataError(f"{param} is missing (NaT)", fix=f"pass a real date or leave {param}=None")
    if ts.tz is not None:
        if not _is_utc(ts.tz):
            raise DataError(
                f"{param}={value!r} is in time zone {ts.tz}", fix="pass a naive date or UTC"
            )
        ts = ts.tz_localize(None)
    return ts.normalize().as_unit(_UNIT)


def grid_labels(grid: Grid, start: DateLike, end: DateLike) -> pd.DatetimeIndex:
    """Date labels of an analysis grid between ``start`` and ``end`` (inclusive).

    Parameters
    ----------
    grid
        ``daily`` (Monday-Friday business days, no holiday calendar), ``weekly``
        (Fridays) or ``monthly`` (calendar month ends).
    start, end
        First and last date of the range (naive or UTC).

    Returns
    -------
    pd.DatetimeIndex
        Naive normalised dates named ``label``.

    Examples
    --------
    >>> grid_labels("weekly", "2024-03-01", "2024-03-20").strftime("%a %Y-%m-%d").tolist()
    ['Fri 2024-03-01', 'Fri 2024-03-08', 'Fri 2024-03-15']
    >>> grid_labels("monthly", "2024-01-15", "2024-03-31").day.tolist()
    [31, 29, 31]
    """
    _check_grid(grid)
    lo, hi = as_date(start, "start"), as_date(end, "end")
    if lo > hi:
        raise DataError(
            f"start {lo.date()} is after end {hi.date()}", fix="pass start <= end (swap them?)"
        )
    labels = pd.DatetimeIndex(pd.date_range(lo, hi, freq=_FREQ[grid], name="label", unit=_UNIT))
    if len(labels) == 0:
        raise DataError(
            f"the {grid} grid has no labels between start {lo.date()} and end {hi.date()}",
            fix="widen the start/end range or pick a finer grid",
        )
    return labels


def grid_instants(labels: pd.DatetimeIndex) -> pd.DatetimeIndex:
    """UTC decision instant of each grid label: 00:00 UTC of the next day.

    A value is usable at a label when it was known at or before this instant.

    Examples
    --------
    >>> grid_instants(pd.DatetimeIndex(["2024-03-01"]))[0]
    Timestamp('2024-03-02 00:00:00+0000', tz='UTC')
    """
    idx = date_labels(pd.DatetimeIndex(labels), "labels")
    out = (idx.normalize() + pd.Timedelta(days=1)).tz_localize("UTC")
    return out.rename("instant")
