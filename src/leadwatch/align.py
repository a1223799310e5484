"""Calendars and as-of joins without look-ahead.

Why this module exists
----------------------
The series in a lead-lag test live on different clocks. Bitcoin trades seven
days a week and its daily close is the price at 00:00 UTC; LBMA silver is fixed
at 12:00 London on London business days; US markets close at 16:00 New York;
FRED publishes Treasury yields the next business day; M2 for a month comes out
weeks after that month ends. A naive join on the date label goes wrong twice:

* forward-filling onto a union calendar carries silver through the weekend (or
  drops weekend Bitcoin next to Friday's silver), which creates fake zero
  returns that dilute every correlation and shift every cross-correlogram;
* matching by label puts a yield dated Friday (public on Monday) or M2 for May
  (public in late June) beside prices set before it was public: a fake lead
  that a lead-lag test will happily "discover".

How it works
------------
Each grid label (a Mon-Fri business day, a Friday, or a calendar month end)
stands for a *decision instant*: 00:00 UTC of the next day, i.e. the end of the
label day in UTC (:func:`grid_instants`). A cell of :class:`AlignedFrame` holds
the latest observation whose ``known_at`` instant
(:meth:`leadwatch.catalog.SeriesSpec.known_at`) is at or before that instant
(inclusive); ``observed`` records which observation that was, and ``fresh``
whether it arrived since the previous grid point. :meth:`AlignedFrame.returns`
is the change between consecutive fresh observations, placed where the new one
first appears, and NaN at stale points. So a London holiday on a New York
business day gives silver a NaN (not a zero) return and the two-day move
accrues to the next fresh day, and Bitcoin's Monday return on the business-day
grid covers the whole weekend. Truncating the inputs at any date never changes
a cell before that date.

The search is vectorised: one ``searchsorted`` per series on its release
instants (made non-decreasing by a running minimum from the right, so the cell
always holds the *latest-dated* value already public).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, time, tzinfo
from types import MappingProxyType
from typing import Literal, TypeAlias, get_args

import numpy as np
import numpy.typing as npt
import pandas as pd

from leadwatch.catalog import Calendar, Kind, SeriesSpec, get_series
from leadwatch.errors import DataError, UnknownSeriesError

__all__ = [
    "AlignedFrame",
    "DateLike",
    "Grid",
    "adhoc_spec",
    "align",
    "as_date",
    "grid_instants",
    "grid_labels",
    "known_asof",
]

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


def _naive(index: pd.DatetimeIndex, what: str) -> pd.DatetimeIndex:
    if index.tz is None:
        return index
    if not _is_utc(index.tz):
        raise DataError(
            f"{what} is indexed in time zone {index.tz}; date labels must be naive or UTC midnight",
            fix="label each value with its calendar date, then .tz_localize(None)",
        )
    return index.tz_localize(None)


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
    idx = _naive(pd.DatetimeIndex(labels), "labels")
    out = (idx.normalize() + pd.Timedelta(days=1)).tz_localize("UTC")
    return out.rename("instant")


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
    index = _naive(series.index, f"series '{name}'")
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


@dataclass(frozen=True, slots=True)
class AlignedFrame:
    """Series aligned on a common grid, using only values public at each grid point.

    Attributes
    ----------
    grid
        ``daily``, ``weekly`` or ``monthly``.
    values
        Index = grid labels, one column per series: the latest value known at
        the label's instant (``known_at <= instant``), NaN before the first.
    observed
        Date label of the observation used in each cell (NaT if none yet).
    fresh
        True where a new observation arrived since the previous grid point.
    specs
        Timing spec of each column.
    base
        Value known at the grid point just before the first label (the base
        of the first row's return); ``None`` leaves first-row returns NaN.
    """

    grid: Grid
    values: pd.DataFrame
    observed: pd.DataFrame
    fresh: pd.DataFrame
    specs: Mapping[str, SeriesSpec]
    base: pd.Series | None = None

    def returns(self) -> pd.DataFrame:
        """Change from one fresh observation to the next, at the grid point where it appears.

        Log change for kinds ``price``/``index``/``level`` (NaN unless both
        values are positive), plain difference for ``rate``; NaN at stale points.
        """
        cur = self.values.to_numpy(dtype=np.float64)
        prev = np.full_like(cur, np.nan)
        prev[1:] = cur[:-1]
        if self.base is not None:
            prev[0] = self.base.reindex(self.values.columns).to_numpy(dtype=np.float64)
        fresh = self.fresh.to_numpy(dtype=bool)
        out = np.full_like(cur, np.nan)
        for j, name in enumerate(self.values.columns):
            c, p = cur[:, j], prev[:, j]
            if self.specs[name].kind == "rate":
                ok = fresh[:, j] & ~np.isnan(p) & ~np.isnan(c)
                out[ok, j] = c[ok] - p[ok]
            else:
                ok = fresh[:, j] & (p > 0) & (c > 0)
                out[ok, j] = np.log(c[ok] / p[ok])
        return pd.DataFrame(out, index=self.values.index, columns=self.values.columns)

    def to_frame(self) -> pd.DataFrame:
        """Tidy long form, one row per (label, series): label, series, value, observed, fresh."""
        n, k = self.values.shape
        return pd.DataFrame(
            {
                "label": np.repeat(self.values.index.to_numpy(), k),
                "series": np.tile(self.values.columns.to_numpy(), n),
                "value": self.values.to_numpy(dtype=np.float64).ravel(),
                "observed": self.observed.to_numpy().ravel(),
                "fresh": self.fresh.to_numpy(dtype=bool).ravel(),
            }
        )

    def summary(self) -> str:
        """One line per series: first visible observation and share of fresh grid points."""
        span = f"{self.values.index[0].date()}..{self.values.index[-1].date()}"
        lines = [f"AlignedFrame: {self.grid} grid, {len(self.values)} labels {span}"]
        for name in self.values.columns:
            seen = self.observed[name].dropna()
            since = seen.iloc[0].date() if len(seen) else "never"
            share = float(self.fresh[name].mean())
            lines.append(f"  {name:<20} first observed {since}, fresh on {share:.0%} of labels")
        return "\n".join(lines)

    def __str__(self) -> str:
        return self.summary()


def align(
    series: Mapping[str, pd.Series],
    grid: Grid = "daily",
    *,
    start: DateLike | None = None,
    end: DateLike | None = None,
    specs: Mapping[str, SeriesSpec] | None = None,
) -> AlignedFrame:
    """Align series on a common grid without look-ahead.

    Parameters
    ----------
    series
        Id -> values indexed by date label (naive or UTC-midnight
        ``DatetimeIndex``, sorted, no duplicates). NaN values are dropped
        (they are not observations).
    grid
        ``daily`` (Mon-Fri), ``weekly`` (Fridays) or ``monthly`` (month ends).
    start, end
        Grid range; default from the earliest date label to the latest period
        end among the inputs.
    specs
        Timing spec per id; ids without one are looked up in the catalog. Use
        :func:`adhoc_spec` for your own series.

    Returns
    -------
    AlignedFrame

    Raises
    ------
    UnknownSeriesError
        An id is neither in ``specs`` nor in the catalog.
    DataError
        A series is malformed, or the grid range is empty.

    Examples
    --------
    Bitcoin's Friday close (known 00:00 UTC Saturday) is visible at the Friday
    grid point, and its Monday return spans the weekend; silver misses Monday:

    >>> days = pd.date_range("2024-03-01", "2024-03-05")  # Fri..Tue
    >>> btc = pd.Series([100.0, 90.0, 95.0, 104.0, 105.0], index=days)
    >>> silver = pd.Series([22.0, 22.5], index=pd.DatetimeIndex(["2024-03-01", "2024-03-05"]))
    >>> frame = align({"btc": btc, "silver": silver}, start="2024-03-01", end="2024-03-05")
    >>> frame.values  # doctest: +NORMALIZE_WHITESPACE
    series        btc  silver
    label
    2024-03-01  100.0    22.0
    2024-03-04  104.0    22.0
    2024-03-05  105.0    22.5
    >>> frame.fresh["silver"].tolist()
    [True, False, True]
    >>> frame.returns().round(4)  # doctest: +NORMALIZE_WHITESPACE
    series         btc  silver
    label
    2024-03-01     NaN     NaN
    2024-03-04  0.0392     NaN
    2024-03-05  0.0096  0.0225
    """
    _check_grid(grid)
    if not isinstance(series, Mapping) or len(series) == 0:
        raise DataError("series is empty", fix="pass a mapping such as {'btc': btc, 'gold': gold}")
    used: dict[str, SeriesSpec] = {}
    prepared: dict[str, _Prepared] = {}
    for name, values in series.items():
        used[name] = _resolve(name, specs)
        prepared[name] = _prepare(name, values, used[name])
    nonempty = [(p, used[n]) for n, p in prepared.items() if len(p.labels)]
    if (start is None or end is None) and not nonempty:
        raise DataError("no series has any observation", fix="pass start= and end= explicitly")
    lo = start if start is not None else min(p.labels[0] for p, _ in nonempty)
    hi = end if end is not None else max(s.period_end(p.labels[-1:])[0] for p, s in nonempty)
    labels = grid_labels(grid, lo, hi)
    instants = grid_instants(labels.insert(0, labels[0] - _STEP[grid]))
    vals: dict[str, _Floats] = {}
    obs: dict[str, npt.NDArray[np.datetime64]] = {}
    fresh: dict[str, npt.NDArray[np.bool_]] = {}
    base: dict[str, float] = {}
    for name, prep in prepared.items():
        pos = _positions(prep, instants)
        v, o = _take(prep, pos)
        vals[name], obs[name], base[name] = v[1:], o[1:], float(v[0])
        fresh[name] = pos[1:] != pos[:-1]  # pos never decreases, so a change is an arrival
    columns = pd.Index(list(prepared), name="series")

    def frame(data: Mapping[str, npt.NDArray[np.generic]]) -> pd.DataFrame:
        return pd.DataFrame(dict(data), index=labels, columns=columns)

    return AlignedFrame(
        grid=grid,
        values=frame(vals),
        observed=frame(obs),
        fresh=frame(fresh),
        specs=MappingProxyType(used),
        base=pd.Series(base, index=columns, dtype=np.float64),
    )
