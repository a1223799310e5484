"""Bring stored series up to date from the live providers."""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import asdict
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd

from leadwatch.catalog import get_series
from leadwatch.errors import DataError
from leadwatch.store import Store

if TYPE_CHECKING:
    from leadwatch.providers.live import Provider
    from leadwatch.providers.summary import SeriesUpdate, UpdateResult
    from leadwatch.providers.updater import StoredState


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
