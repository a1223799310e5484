"""As-of lookups: the latest value of a series already public at each instant."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import time

import numpy as np
import numpy.typing as npt
import pandas as pd

from leadwatch.align.grid import _UNIT, _Floats, _Ints, date_labels
from leadwatch.catalog import Calendar, Kind, SeriesSpec, get_series
from leadwatch.errors import DataError, UnknownSeriesError

__all__ = ["adhoc_spec", "known_asof"]


def adhoc_spec(name: str, calendar: Calendar = "24/7", kind: Kind = "price") -> SeriesSpec:
    """Timing spec for a user-supplied series that is not in the catalog.

    The value dated on a label is taken as observed at the end of that day in
    UTC (00:00 UTC next day) and public at once: fine for prices you recorded
    yourself, optimistic for anything published with a lag.

    Parameters
    ----------
    name
        Id used for the series (the key given to :func:`align`).
    calendar
        One of :data:`leadwatch.catalog.CALENDARS`; ``monthly`` labels stand
        for their whole month (observed at its end).
    kind
        ``price``/``index``/``level`` (log changes) or ``rate`` (differences).

    Examples
    --------
    >>> spec = adhoc_spec("my_fund", calendar="weekdays")
    >>> spec.known_at(pd.DatetimeIndex(["2024-03-01"]))[0]
    Timestamp('2024-03-02 00:00:00+0000', tz='UTC')
    """
    return SeriesSpec(
        id=name,
        name=name,
        unit="",
        kind=kind,
        calendar=calendar,
        observed_time=time(0, 0),
        observed_tz="UTC",
        observed_day_offset=1,
        instrument="user-supplied series",
        publisher="user",
        positive=kind == "price",
        step_scale="abs" if kind == "rate" else "log",
    )


@dataclass(frozen=True, slots=True)
class _Prepared:
    labels: pd.DatetimeIndex  # naive date labels of the non-NaN observations
    values: _Floats
    ready: _Ints  # known_at in us, running minimum from the right (non-decreasing)


def _prepare(name: str, series: object, spec: SeriesSpec) -> _Prepared:
    """Validate one input series and compute when each observation became usable."""
    if not isinstance(series, pd.Series):
        raise DataError(
            f"series '{name}' is a {type(series).__name__}, not a pandas Series",
            fix="pass a pd.Series indexed by date labels",
        )
    if not isinstance(series.index, pd.DatetimeIndex):
        raise DataError(
            f"series '{name}' has a {type(series.index).__name__}, not a DatetimeIndex",
            fix="convert its index with pd.to_datetime(series.index)",
        )
    index = date_labels(series.index, f"series '{name}'")
    if index.hasnans:
        raise DataError(f"series '{name}' has missing (NaT) dates", fix="drop rows without a date")
    if not index.is_unique:
        dup = pd.Timestamp(index[index.duplicated()][0]).date()
        raise DataError(
            f"series '{name}' has duplicate date {dup}",
            fix="keep one value per date, e.g. series[~series.index.duplicated(keep='last')]",
        )
    if not index.is_monotonic_increasing:
        raise DataError(f"series '{name}' is not sorted by date", fix="call series.sort_index()")
    if not (index == index.normalize()).all():
        raise DataError(
            f"series '{name}' has a time of day in its date labels",
            fix="label each value with its date (series.index.normalize())",
        )
    if not pd.api.types.is_numeric_dtype(series.dtype) or pd.api.types.is_bool_dtype(series.dtype):
        raise DataError(
            f"series '{name}' has non-numeric dtype {series.dtype}", fix="use pd.to_numeric(series)"
        )
    values = series.to_numpy(dtype=np.float64, na_value=np.nan)
    if np.isinf(values).any():
        raise DataError(f"series '{name}' has infinite values", fix="replace them with NaN")
    keep = ~np.isnan(values)
    labels = pd.DatetimeIndex(index[keep]).as_unit(_UNIT)
    known = spec.known_at(labels) if len(labels) else pd.DatetimeIndex([], tz="UTC")
    if known.hasnans:
        raise DataError(
            f"series '{name}': spec '{spec.id}' has an observed_time that is ambiguous on a "
            "daylight-saving change",
            fix="choose an observed_time outside 01:00-03:00 local",
        )
    ready = np.minimum.accumulate(known.as_unit(_UNIT).asi8[::-1])[::-1]
    return _Prepared(labels=labels, values=values[keep], ready=ready)


def _resolve(name: object, specs: Mapping[str, SeriesSpec] | None) -> SeriesSpec:
    if not isinstance(name, str):
        raise DataError(f"series key {name!r} is not a string", fix="key series by their id")
    if specs is not None and name in specs:
        spec = specs[name]
        if not isinstance(spec, SeriesSpec):
            raise DataError(f"specs['{name}'] is not a SeriesSpec", fix="use adhoc_spec(name)")
        return spec
    try:
        return get_series(name)
    except UnknownSeriesError as exc:
        raise UnknownSeriesError(
            f"series '{name}' is not in the catalog and has no spec",
            fix=f"{exc.fix}; for your own data pass specs={{'{name}': adhoc_spec('{name}')}}",
        ) from None


def _positions(prep: _Prepared, instants: pd.DatetimeIndex) -> _Ints:
    """Index of the latest observation known at each instant (-1: none yet)."""
    at = instants.as_unit(_UNIT).asi8
    return np.searchsorted(prep.ready, at, side="right").astype(np.int64) - 1


def _take(prep: _Prepared, pos: _Ints) -> tuple[_Floats, npt.NDArray[np.datetime64]]:
    has = pos >= 0
    vals = np.full(len(pos), np.nan)
    obs = np.full(len(pos), np.datetime64("NaT"), dtype=f"datetime64[{_UNIT}]")
    vals[has] = prep.values[pos[has]]
    obs[has] = prep.labels.to_numpy()[pos[has]]
    return vals, obs


def known_asof(series: pd.Series, spec: SeriesSpec, instants: pd.DatetimeIndex) -> pd.DataFrame:
    """Latest value of ``series`` that was public at each UTC instant.

    Parameters
    ----------
    series
        Values indexed by date label (naive or UTC midnight), sorted, unique.
    spec
        Timing of the series (catalog entry or :func:`adhoc_spec`).
    instants
        Tz-aware instants to look at.

    Returns
    -------
    pd.DataFrame
        Indexed by ``instants``; columns ``value`` and ``observed`` (label used).

    Examples
    --------
    >>> from leadwatch.catalog import get_series
    >>> btc = pd.Series([100.0, 101.0], index=pd.DatetimeIndex(["2024-02-29", "2024-03-01"]))
    >>> at = pd.DatetimeIndex(["2024-03-01 23:59:59", "2024-03-02 00:00"], tz="UTC")
    >>> known_asof(btc, get_series("btc"), at)["value"].tolist()
    [100.0, 101.0]
    """
    idx = pd.DatetimeIndex(instants)
    if idx.tz is None:
        raise DataError("instants are naive", fix="pass tz-aware instants, e.g. tz='UTC'")
    prep = _prepare(spec.id, series, spec)
    vals, obs = _take(prep, _positions(prep, idx.tz_convert("UTC")))
    return pd.DataFrame({"value": vals, "observed": obs}, index=idx)
