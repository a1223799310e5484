"""Thin composition layer: store -> align -> analysis -> report inputs.

``cli.py`` and notebook users call these; ``analysis/`` and ``report/`` stay free
of I/O.

Examples
--------
>>> import tempfile, pandas as pd
>>> from pathlib import Path
>>> from leadwatch.batch import SeriesBatch
>>> from leadwatch.store import Store
>>> days = pd.date_range("2023-01-01", "2024-06-30", freq="D")
>>> def batch(sid, dates, start):
...     values = start * (1.001 ** pd.Series(range(len(dates)))).to_numpy()
...     frame = pd.DataFrame({"date": dates, "value": values})
...     return SeriesBatch.from_values(sid, frame, provider="doc", location="doc", checksum="x")
>>> weekdays = days[days.day_of_week < 5]
>>> path = Path(tempfile.mkdtemp()) / "api.duckdb"
>>> with Store(path) as store:
...     _ = store.write_batches([batch("btc", days, 20000.0), batch("silver", weekdays, 23.0),
...                              batch("gold", weekdays, 1800.0)])
...     data = build_report_data(store)
>>> data.as_of
Timestamp('2024-06-30 00:00:00')
>>> sorted(data.prices.columns)
['btc', 'gold', 'silver']
"""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import asdict
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, overload

import pandas as pd

from leadwatch.align import align
from leadwatch.catalog import get_series
from leadwatch.errors import DataError
from leadwatch.report.data import ReportData
from leadwatch.store import Store

if TYPE_CHECKING:
    from typing import Literal

    from leadwatch.align import DateLike
    from leadwatch.analysis.connectedness import ConnectednessResult
    from leadwatch.analysis.connectedness_rolling import RollingConnectednessResult
    from leadwatch.analysis.leadlag import LeadLagResult
    from leadwatch.providers.live import Provider
    from leadwatch.providers.summary import SeriesUpdate, UpdateResult
    from leadwatch.providers.updater import StoredState
    from leadwatch.report.sections import Section

__all__ = [
    "REPORT_SERIES",
    "SPILLOVER_SERIES",
    "build_report_data",
    "build_report_sections",
    "coverage_table",
    "lead_lag",
    "spillover_returns",
    "spillovers",
    "update_store",
]

REPORT_SERIES: tuple[str, ...] = ("silver", "gold", "btc")


def coverage_table(store: Store) -> pd.DataFrame:
    """Stored series with provenance, in the report's coverage layout."""
    status = store.status()
    return status.loc[status["rows"] > 0].reset_index(drop=True)


def build_report_data(
    store: Store, series: Sequence[str] = REPORT_SERIES, *, correlation_window_weeks: int = 13
) -> ReportData:
    """Read ``series`` from the store, align them without look-ahead, and build the report input.

    Prices go on the daily business-day grid, returns on the weekly (Friday)
    grid, both from the first date on which every series has a value; suspect
    (flagged) values are left out.
    """
    coverage = coverage_table(store)
    missing = [s for s in series if s not in set(coverage["id"])]
    if missing:
        raise DataError(
            f"the report needs {', '.join(series)}, but the store has no {', '.join(missing)}",
            fix="import them first: leadwatch data import ../shared/data",
        )
    values = store.read_values(list(series))
    start = max(s.index.min() for s in values.values())
    end = max(s.index.max() for s in values.values())
    daily = align(values, "daily", start=start, end=end)
    weekly = align(values, "weekly", start=start, end=end)
    return ReportData(
        as_of=pd.Timestamp(end),
        coverage=coverage,
        prices=daily.values,
        weekly_returns=weekly.returns(),
        correlation_window_weeks=correlation_window_weeks,
    )


def update_store(
    path: Path,
    ids: Sequence[str] | None = None,
    *,
    since: date | None = None,
    provider: str | None = None,
    providers: Mapping[str, Provider] | None = None,
    today: date | None = None,
    on_series: Callable[[str, SeriesUpdate | None], None] | None = None,
) -> UpdateResult:
    """Bring stored series up to date from the live providers, one transaction per series.

    Bad input (unknown id or provider, ``since`` in the future) raises
    :class:`DataError` before any network or store access. A provider failure
    never raises: it becomes a ``failed`` row and leaves that series untouched,
    while the others still update. The store is opened for writing only once a
    series has something to write, so an offline run leaves it byte-identical.
    ``on_series(id, None)`` is called before each series, ``on_series(id, row)`` after.
    """
    from leadwatch.errors import StoreError
    from leadwatch.providers.summary import UpdateResult, summarize
    from leadwatch.providers.updater import build_providers, fetch_update, plan_update

    started = time.perf_counter()
    plans = plan_update(ids, provider)
    today = today or _utc_today()
    if since is not None and since > today:
        raise DataError(f"--since {since} is in the future", fix=f"use a date up to {today}")
    states = _stored_states(path, [p.series_id for p in plans], since)
    if providers is None:
        providers = build_providers(api_key=os.environ.get("FRED_API_KEY") or None)
    rows: list[SeriesUpdate] = []
    with contextlib.ExitStack() as stack:
        store: Store | None = None
        for plan in plans:
            if on_series:
                on_series(plan.series_id, None)
            state = states[plan.series_id]
            outcome = fetch_update(plan, state, providers, today=today, since=since)
            row = summarize(outcome)
            if outcome.batch is not None and outcome.batch.rows:
                try:
                    store = store or stack.enter_context(Store(path))
                    splice = asdict(outcome.splice) if outcome.splice else None
                    [done] = store.write_update(outcome.batch, splice).series
                    row = summarize(outcome, new=done.inserted, revised=done.updated)
                except StoreError as exc:
                    row = summarize(outcome, write_error=str(exc))
            rows.append(row)
            if on_series:
                on_series(plan.series_id, row)
    return UpdateResult(str(path), tuple(rows), time.perf_counter() - started)


def _utc_today() -> date:
    return pd.Timestamp.now(tz="UTC").date()


def _stored_states(path: Path, ids: Sequence[str], since: date | None) -> dict[str, StoredState]:
    from leadwatch.providers.updater import OVERLAP, StoredState

    states = {series_id: StoredState(series_id) for series_id in ids}
    if not path.exists():
        return states
    with Store(path, read_only=True) as store:
        status = store.status().set_index("id")
        splices = store.splices()
        for series_id in ids:
            last = status.loc[series_id, "last"]
            if not isinstance(last, str) or not last:
                continue
            last_date = date.fromisoformat(str(last))
            start = last_date - OVERLAP[get_series(series_id).calendar]
            if since is not None:
                start = min(start, since)
            tail = store.read(series_id, start=start.isoformat()).loc[:, ["date", "value"]]
            mine = splices.loc[splices["series_id"] == series_id, "date"]
            live_since = pd.Timestamp(mine.min()).date() if not mine.empty else None
            states[series_id] = StoredState(series_id, last_date, tail, live_since)
    return states


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
        Analysis range; default the span where both leader and follower exist.
        Earlier leader history is still used to define all-time highs.
    controls
        Ids (or name -> price Series) to condition on; ``None`` means
        :data:`DEFAULT_CONTROLS` when reading ids from a store and none
        otherwise; ``()`` means none.
    alpha, n_boot, seed
        Level, bootstrap replicates, seed (deterministic given it).

    Returns
    -------
    leadwatch.analysis.leadlag.LeadLagResult
    """
    import numpy as np

    from leadwatch.align import adhoc_spec
    from leadwatch.analysis.leadlag import lead_lag_battery

    if grid not in ("daily", "weekly"):
        raise DataError(f"grid={grid!r} is not supported", fix="use grid='daily' or 'weekly'")
    lname, lser = _named(leader, "leader")
    fname, fser = _named(follower, "follower")
    if lname == fname:
        raise DataError(f"leader and follower are both '{lname}'", fix="name the Series apart")
    uses_store = lser is None or fser is None
    if controls is None:
        controls = DEFAULT_CONTROLS if uses_store else ()
    given = dict(controls) if isinstance(controls, Mapping) else {c: None for c in controls}
    inputs: dict[str, pd.Series | None] = {lname: lser, fname: fser}
    for name, value in given.items():
        cname, cser = _named(value if value is not None else name, "controls")
        inputs[name if value is not None else cname] = cser
    ids = [k for k, v in inputs.items() if v is None]
    series: dict[str, pd.Series] = {k: v for k, v in inputs.items() if v is not None}
    if ids:
        if isinstance(store, Store):
            series |= store.read_values(ids)
        else:
            from leadwatch.store import default_store_path

            with Store(Path(store) if store else default_store_path(), read_only=True) as opened:
                series |= opened.read_values(ids)
    specs = {}
    for k, v in inputs.items():
        if v is not None:
            weekend = bool((pd.DatetimeIndex(v.index).day_of_week >= 5).any())
            specs[k] = adhoc_spec(k, calendar="24/7" if weekend else "weekdays")
    for k, v in series.items():
        if v.dropna().empty:
            raise DataError(f"series '{k}' has no values", fix="import or pass data for it")
    history = pd.Timestamp(series[lname].dropna().index.min())
    first = max(pd.Timestamp(series[k].dropna().index.min()) for k in (lname, fname))
    frame = align(series, grid, start=history, end=end, specs=specs)
    returns = frame.returns().loc[pd.Timestamp(start) if start is not None else first :]
    values = frame.values[lname].where(frame.values[lname] > 0)
    return lead_lag_battery(
        returns,
        lname,
        fname,
        controls=[c for c in inputs if c not in (lname, fname)],
        grid=grid,
        lags=lags,
        horizon=horizon,
        alpha=alpha,
        n_boot=n_boot,
        seed=seed,
        leader_log_price=np.log(values),
    )


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
    if isinstance(store, Store):
        values = store.read_values(names)
    else:
        from leadwatch.store import default_store_path

        with Store(Path(store) if store else default_store_path(), read_only=True) as opened:
            values = opened.read_values(names)
    empty = [k for k in names if values[k].dropna().empty]
    if empty:
        raise DataError(f"no stored values for {', '.join(empty)}", fix="import them first")
    first = max(pd.Timestamp(values[k].dropna().index.min()) for k in names)
    frame = align(values, grid, start=first, end=end)
    returns = frame.returns().loc[pd.Timestamp(start) if start is not None else first :]
    return returns.dropna(how="any")


@overload
def spillovers(
    ids: Sequence[str] = ...,
    *,
    store: Store | Path | str | None = ...,
    grid: Literal["daily", "weekly"] = ...,
    lags: int = ...,
    horizon: int = ...,
    method: Literal["generalized", "cholesky"] = ...,
    window: None = ...,
    start: DateLike | None = ...,
    end: DateLike | None = ...,
) -> ConnectednessResult: ...


@overload
def spillovers(
    ids: Sequence[str] = ...,
    *,
    store: Store | Path | str | None = ...,
    grid: Literal["daily", "weekly"] = ...,
    lags: int = ...,
    horizon: int = ...,
    method: Literal["generalized", "cholesky"] = ...,
    window: int,
    start: DateLike | None = ...,
    end: DateLike | None = ...,
) -> RollingConnectednessResult: ...


def spillovers(
    ids: Sequence[str] = SPILLOVER_SERIES,
    *,
    store: Store | Path | str | None = None,
    grid: Literal["daily", "weekly"] = "weekly",
    lags: int = 2,
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
        :func:`leadwatch.analysis.connectedness.connectedness`.
    window
        ``None``: one table for the whole sample; an int: rolling tables over
        windows of that many rows (see
        :func:`leadwatch.analysis.connectedness_rolling.rolling_connectedness`).
    start, end
        Sample range; default the span where every series exists.
    """
    from leadwatch.analysis.connectedness import connectedness
    from leadwatch.analysis.connectedness_rolling import rolling_connectedness

    returns = spillover_returns(ids, store=store, grid=grid, start=start, end=end)
    if window is None:
        return connectedness(returns, lags=lags, horizon=horizon, method=method)
    return rolling_connectedness(returns, window=window, lags=lags, horizon=horizon, method=method)


REPORT_SPILLOVER_WINDOW_WEEKS = 104


def build_report_sections(store: Store) -> tuple[Section, ...]:
    """The report's sections: the defaults, plus rolling spillovers when their series are stored.

    The spillover section uses weekly returns of :data:`SPILLOVER_SERIES` (the
    metals, Bitcoin, the dollar and the real yield, so the metals-to-Bitcoin
    spillover is measured net of the dollar and real-rate channels) in two-year
    windows (:data:`REPORT_SPILLOVER_WINDOW_WEEKS`). Weekly returns avoid the
    weekend mismatch between 24/7 Bitcoin and weekday markets; returns rather
    than volatilities because the LBMA fixes have no daily high and low.
    """
    from leadwatch.report.sections import DEFAULT_SECTIONS
    from leadwatch.report.spillover import SpilloverSection

    stored = set(coverage_table(store)["id"])
    if not set(SPILLOVER_SERIES) <= stored:
        return tuple(DEFAULT_SECTIONS)
    rolling = spillovers(SPILLOVER_SERIES, store=store, window=REPORT_SPILLOVER_WINDOW_WEEKS)
    return (*DEFAULT_SECTIONS, SpilloverSection(rolling))
