"""Series aligned on one grid (:class:`AlignedFrame`) and :func:`align`, which builds it."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

import numpy as np
import numpy.typing as npt
import pandas as pd

from leadwatch.align.asof import _positions, _prepare, _Prepared, _resolve, _take
from leadwatch.align.grid import _STEP, DateLike, Grid, _check_grid, grid_instants, grid_labels
from leadwatch.catalog import SeriesSpec
from leadwatch.errors import DataError

__all__ = ["AlignedFrame", "align"]


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
    vals: dict[str, npt.NDArray[np.float64]] = {}
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
