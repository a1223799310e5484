"""The lead-lag battery on stored series or pandas Series."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from leadwatch.align import align, date_labels
from leadwatch.catalog import get_series, liquid_start
from leadwatch.errors import DataError, UnknownSeriesError
from leadwatch.store import Store, opened_store

if TYPE_CHECKING:
    from typing import Literal

    from leadwatch.align import DateLike
    from leadwatch.analysis.leadlag.battery import LeadLagResult

# -- lead-lag battery -------------------------------------------------------------------------

#: Controls used by :func:`lead_lag` when it reads from a store: dollar, real yield, equities.
DEFAULT_CONTROLS: tuple[str, ...] = ("dxy", "real_yield_10y", "spx")


def _named(value: object, role: str) -> tuple[str, pd.Series | None]:
    """(name, series or None for a store id) of a leader/follower/control argument."""
    if isinstance(value, str):
        get_series(value)  # raises UnknownSeriesError naming the fix
        return value, None
    if isinstance(value, pd.Series):
        name = value.name if isinstance(value.name, str) and value.name else role
        if isinstance(value.index, pd.PeriodIndex):  # a period is dated by its last day
            value = value.set_axis(value.index.to_timestamp(how="end").normalize())
        if not isinstance(value.index, pd.DatetimeIndex):
            raise DataError(
                f"series '{name}' is indexed by {type(value.index).__name__}, not by dates",
                fix="index it by date: series.index = pd.to_datetime(series.index)",
            )
        value = value.set_axis(date_labels(value.index, f"series '{name}'"))  # yfinance midnights
        numeric = pd.api.types.is_numeric_dtype(value.dtype)
        if numeric and not pd.api.types.is_bool_dtype(value.dtype) and (value <= 0).any():
            bad = value.index[(value <= 0).to_numpy(dtype=bool, na_value=False)]
            raise DataError(
                f"series '{name}' has {len(bad)} zero or negative values (first on "
                f"{bad[0].date()}): the tests use log returns of prices",
                fix="pass positive prices, e.g. series.where(series > 0) to leave those days out",
            )
        return name, value
    raise DataError(
        f"{role} is a {type(value).__name__}",
        fix=f"pass a catalog id such as 'silver' or a pandas Series of prices as {role}",
    )


def lead_lag(
    leader: str | pd.Series,
    follower: str | pd.Series,
    *,
    store: Store | Path | str | None = None,
    grid: Literal["daily", "weekly"] = "daily",
    lags: object = None,
    horizon: int | None = None,
    start: DateLike | None = None,
    end: DateLike | None = None,
    controls: Sequence[str] | Mapping[str, pd.Series] | None = None,
    alpha: float = 0.05,
    n_boot: int = 1999,
    seed: int | None = 0,
) -> LeadLagResult:
    """Test "leader leads follower": the full battery and a verdict.

    Sign convention: k > 0 means the leader's move at t is followed by the
    follower's move at t+k.

    Parameters
    ----------
    leader, follower
        Catalog ids (read from ``store``) or price Series indexed by date (any
        calendar; a Series with weekend dates is taken as 24/7, else weekdays;
        each value is taken as known at the end of its day, UTC).
    store
        An open :class:`Store` or its path; default the user store. Only
        needed when an argument is an id.
    grid
        ``daily`` (business days) or ``weekly`` (Fridays).
    lags, horizon
        Searched lags and predictive horizon in grid periods; default 1..130
        and 20 (daily) or 1..26 and 4 (weekly).
    start, end
        Analysis range (dates, inclusive); default the span where both leader
        and follower exist. Earlier leader history is still used to define
        all-time highs. A date that does not parse, or ``start`` after
        ``end``, is a :class:`~leadwatch.errors.DataError`.
    controls
        Ids (or name -> price Series) to condition on; ``None`` means
        :data:`DEFAULT_CONTROLS` when reading ids from a store and none
        otherwise; ``()`` means none.
    alpha, n_boot, seed
        Level, bootstrap replicates, seed (deterministic given it).

    Returns
    -------
    leadwatch.analysis.leadlag.battery.LeadLagResult
    """

    from leadwatch.align import adhoc_spec, as_date
    from leadwatch.analysis.inference import Inference
    from leadwatch.analysis.leadlag.battery import lead_lag_battery
    from leadwatch.analysis.leadlag.clocks import frame_clock_lags

    if grid not in ("daily", "weekly"):
        raise DataError(f"grid={grid!r} is not supported", fix="use grid='daily' or 'weekly'")
    lo = None if start is None else as_date(start, "start")
    hi = None if end is None else as_date(end, "end")
    if lo is not None and hi is not None and lo > hi:
        raise DataError(
            f"start {lo.date()} is after end {hi.date()}", fix="pass start <= end (swap them?)"
        )
    lname, lser = _named(leader, "leader")
    fname, fser = _named(follower, "follower")
    if lname == fname:
        raise DataError(f"leader and follower are both '{lname}'", fix="name the Series apart")
    uses_store = lser is None or fser is None
    default = controls is None
    if controls is None:
        controls = DEFAULT_CONTROLS if uses_store else ()
    given = dict(controls) if isinstance(controls, Mapping) else {c: None for c in controls}
    inputs: dict[str, pd.Series | None] = {lname: lser, fname: fser}
    for name, value in given.items():
        cname, cser = _named(value if value is not None else name, "controls")
        inputs[name if value is not None else cname] = cser
    ids = [k for k, v in inputs.items() if v is None]
    series: dict[str, pd.Series] = {k: v for k, v in inputs.items() if v is not None}
    optional = {c for c in given if default and c not in (lname, fname)}
    unavailable: list[str] = []
    if ids:
        with opened_store(store) as opened:
            series |= opened.read_values([i for i in ids if i not in optional])
            for c in (i for i in ids if i in optional):  # a default control may be missing
                try:
                    series |= opened.read_values([c])
                except UnknownSeriesError:
                    unavailable.append(c)
                    del inputs[c]
    specs = {}
    for k, v in inputs.items():
        if v is not None:
            weekend = bool((pd.DatetimeIndex(v.index).day_of_week >= 5).any())
            specs[k] = adhoc_spec(k, calendar="24/7" if weekend else "weekdays")
    for k, v in series.items():
        if v.dropna().empty:
            raise DataError(f"series '{k}' has no values", fix="import or pass data for it")
    history = pd.Timestamp(series[lname].dropna().index.min())
    liquid = liquid_start(*(k for k in (lname, fname) if inputs[k] is None))  # catalog ids
    first = max(pd.Timestamp(series[k].dropna().index.min()) for k in (lname, fname))
    if liquid is not None:
        first = max(first, liquid)
    frame = align(series, grid, start=history, end=hi, specs=specs)
    returns = frame.returns().loc[lo if lo is not None else first :]
    values = frame.values[lname].where(frame.values[lname] > 0)
    result = lead_lag_battery(
        returns,
        lname,
        fname,
        controls=[c for c in inputs if c not in (lname, fname)],
        grid=grid,
        lags=lags,
        horizon=horizon,
        inference=Inference(alpha, n_boot, seed),
        leader_log_price=np.log(values),
        clock_lags=frame_clock_lags(frame, lname, fname),
        liquid_start=liquid,
    )
    return dataclasses.replace(
        result,
        controls_unavailable=tuple(unavailable),
        stale_inputs=stale_notes(series, (lname, fname), hi),
    )


def stale_notes(
    series: Mapping[str, pd.Series], pair: tuple[str, str], end: pd.Timestamp | None = None
) -> tuple[str, ...]:
    """Notes on inputs that end well before the others (up to ``end``, if given).

    The leader and follower of ``pair`` are compared with each other (the test
    stops at the earlier end); a control with the end of the pair's overlap
    (the confounder check stops at it). "Well before" is more than three of
    the series' own recent spacings and at least two weeks, so a monthly series
    one release behind a daily one is not stale.

    Examples
    --------
    >>> days = pd.bdate_range("2024-01-01", "2024-06-28")
    >>> fresh = pd.Series(1.0, index=days)
    >>> (note,) = stale_notes({"a": fresh, "b": fresh.loc[:"2024-03-29"]}, ("a", "b"))
    >>> note[:60]
    "b's data end 2024-03-29, 91 days before a's (2024-06-28): th"
    >>> stale_notes({"a": fresh, "b": fresh.loc[:"2024-06-21"]}, ("a", "b"))
    ()
    """
    last: dict[str, pd.Timestamp] = {}
    spacing: dict[str, pd.Timedelta] = {}
    for name, values in series.items():
        dates = pd.DatetimeIndex(values.dropna().index)
        dates = dates if end is None else dates[dates <= end]
        if len(dates):
            last[name] = dates[-1]
            steps = dates[-21:].to_series().diff().dropna()
            spacing[name] = steps.median() if len(steps) else pd.Timedelta(days=1)
    if not all(k in last for k in pair):
        return ()
    newest = max(pair, key=lambda k: last[k])
    overlap_end = min(last[k] for k in pair)
    notes = []
    for name, date in last.items():
        ref, what = (newest, "the test") if name in pair else (None, "the confounder check")
        ref_date = last[newest] if ref else overlap_end
        gap = ref_date - date
        if gap > max(pd.Timedelta(days=14), 3 * spacing[name]):
            whose = f"{ref}'s ({ref_date.date()})" if ref else f"the test's end ({ref_date.date()})"
            notes.append(
                f"{name}'s data end {date.date()}, {gap.days} days before {whose}: {what} "
                f"covers only the time before; update {name} (leadwatch data update) or import "
                "newer data"
            )
    return tuple(notes)
