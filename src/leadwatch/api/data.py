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

from leadwatch.errors import DataError
from leadwatch.store import Store

if TYPE_CHECKING:
    from leadwatch.providers.alfred import AlfredProvider
    from leadwatch.providers.live import Provider
    from leadwatch.providers.summary import SeriesUpdate, UpdateResult
    from leadwatch.providers.updater import StoredState


def update_store(
    store: Path | str,
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
    path = Path(store)
    plans = plan_update(ids, provider)
    today = today or _utc_today()
    if since is not None and since > today:
        raise DataError(f"--since {since} is in the future", fix=f"use a date up to {today}")
    states = _stored_states(path, [p.series_id for p in plans], since)
    if providers is None:
        providers = build_providers(api_key=os.environ.get("FRED_API_KEY") or None)
    rows: list[SeriesUpdate] = []
    with contextlib.ExitStack() as stack:
        opened: Store | None = None
        unusable: StoreError | None = None  # a store that failed to open is not retried
        for plan in plans:
            if on_series:
                on_series(plan.series_id, None)
            state = states[plan.series_id]
            outcome = fetch_update(plan, state, providers, today=today, since=since)
            row = summarize(outcome)
            if outcome.batch is not None and outcome.batch.rows:
                try:
                    if unusable is not None:
                        raise unusable
                    if opened is None:
                        try:
                            opened = stack.enter_context(Store(path))
                        except StoreError as exc:
                            unusable = exc
                            raise
                    splice = asdict(outcome.splice) if outcome.splice else None
                    [done] = opened.write_update(outcome.batch, splice).series
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
    from leadwatch.batch import PRICE_COLUMNS
    from leadwatch.providers.updater import StoredState, overlap

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
            start = last_date - overlap(series_id)
            if since is not None:
                start = min(start, since)
            columns = ["date", "value", *PRICE_COLUMNS]
            tail = store.read(series_id, start=start.isoformat()).loc[:, columns]
            mine = splices.loc[splices["series_id"] == series_id, "date"]
            live_since = pd.Timestamp(mine.min()).date() if not mine.empty else None
            states[series_id] = StoredState(series_id, last_date, tail, live_since)
    return states


def vintage_symbols(ids: Sequence[str] | None, api_key: str | None) -> dict[str, str]:
    """Series -> FRED symbol whose ALFRED archive to fetch (default: m2); checks come first.

    Raises :class:`DataError` without an API key, or for a series FRED does not serve.
    """
    from leadwatch.providers.updater import live_sources

    wanted = list(ids) if ids else ["m2"]
    symbols: dict[str, str] = {}
    for series_id in wanted:
        symbol = live_sources(series_id).get("fred")
        if symbol is None:
            raise DataError(
                f"series '{series_id}' has no ALFRED vintages (not a FRED series)",
                fix="ask for vintages of FRED series only, e.g. m2",
            )
        symbols[series_id] = symbol
    if not api_key:
        raise DataError(
            "ALFRED vintages need a FRED API key",
            fix="set FRED_API_KEY (free at fredaccount.stlouisfed.org)",
        )
    return symbols


def update_vintages(
    store: Path | str,
    ids: Sequence[str] | None = None,
    *,
    api_key: str | None = None,
    provider: AlfredProvider | None = None,
) -> list[dict[str, object]]:
    """Fetch the ALFRED archive of FRED series (default: m2) into the store's ``vintages``.

    Bad input raises :class:`DataError` before any network access; a provider
    failure becomes a ``failed`` row and leaves that series' vintages untouched.
    ``Store.known_on(series_id, day)`` then answers "the series as known on day".
    """
    from leadwatch.errors import ProviderError, StoreError

    path = Path(store)
    api_key = api_key or os.environ.get("FRED_API_KEY") or None
    symbols = vintage_symbols(ids, api_key if provider is None else provider.api_key)
    provider = provider or _alfred_provider(api_key)
    rows: list[dict[str, object]] = []
    for series_id, symbol in symbols.items():
        row: dict[str, object] = {"series_id": series_id, "symbol": symbol, "new": 0, "closed": 0}
        try:
            batch = provider.fetch(series_id, symbol)
            with Store(path) as opened:
                new, closed = opened.write_vintages(
                    series_id, batch.frame, location=batch.location, checksum=batch.checksum
                )
                stored = opened.vintages(series_id)
            row.update(
                status="updated" if new or closed else "current",
                new=new,
                closed=closed,
                vintages=int(stored["realtime_start"].nunique()),
                last_vintage=pd.Timestamp(stored["realtime_start"].max()).strftime("%Y-%m-%d"),
            )
        except (ProviderError, StoreError) as exc:
            row.update(status="failed", message=str(exc))
        rows.append(row)
    return rows


def _alfred_provider(api_key: str | None) -> AlfredProvider:
    """The ALFRED provider on its own uncached client (its requests carry the key)."""
    import httpx

    from leadwatch.providers.alfred import AlfredProvider
    from leadwatch.providers.http import USER_AGENT, HttpFetcher

    client = httpx.Client(headers={"User-Agent": USER_AGENT})
    return AlfredProvider(HttpFetcher(client), api_key=api_key)
