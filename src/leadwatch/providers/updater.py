"""Which live source serves each series, and how one series is brought up to date.

Store-free on purpose (providers never import the store): the caller
(:func:`leadwatch.api.update_store`) reads what is stored into a
:class:`StoredState`, calls :func:`fetch_update`, and writes the outcome.

Rules
-----
* Sources are tried in the order :data:`PREFERENCE` among those a series has
  (:func:`live_sources`: the catalog's, plus the publishers' spreadsheets of
  :data:`FILE_SOURCES`); the first that answers wins (a Yahoo outage falls back
  to Coinbase for BTC/ETH; a FRED outage falls back to Yahoo for VIX and S&P 500).
* A fallback source only adds new dates; it never revises what the primary stored.
* Incremental: the request starts a short overlap before the last stored date
  (:func:`overlap`: :data:`OVERLAP` by calendar, :data:`FILE_OVERLAP` for
  whole-file sources, whose every answer holds the full history anyway);
  overlap rows whose value and OHLCV are unchanged are dropped, changed ones
  are kept so the store records them as revisions. An OHLCV field counts as
  changed only where both the stored and the new row have it: a live bar never
  fills in fields a close-only source left empty.
* LBMA silver/gold are extended with COMEX futures (a different instrument):
  futures rows never overwrite LBMA dates, and the first extension records a
  :class:`Splice` (last LBMA value, first futures value) instead of silently
  joining the two.
* Series without a reliable live source (:data:`NO_LIVE_SOURCE`, empty today)
  are skipped with the reason.

Examples
--------
>>> [p.sources for p in plan_update(["btc", "spx"])]
[(('yahoo', 'BTC-USD'), ('coinbase', 'BTC-USD')), (('fred', 'SP500'), ('yahoo', '^GSPC'))]
>>> [p.sources for p in plan_update(["gpr", "gold_monthly"])]
[(('iacoviello', 'GPRD'),), (('worldbank', 'Gold'),)]
>>> overlap("gpr").days, overlap("btc").days
(730, 5)
"""

from __future__ import annotations

import datetime as _dt
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from types import MappingProxyType

import httpx
import numpy as np
import pandas as pd

from leadwatch.batch import PRICE_COLUMNS, SeriesBatch
from leadwatch.catalog import CATALOG, Calendar, get_series
from leadwatch.errors import DataError, ProviderError
from leadwatch.providers.http import USER_AGENT, HttpFetcher, RetryPolicy, cached_client
from leadwatch.providers.live import FetchRequest, Provider, utc_now
from leadwatch.providers.yahoo import Download

__all__ = [
    "FILE_OVERLAP",
    "FILE_SOURCES",
    "NO_LIVE_SOURCE",
    "OVERLAP",
    "PREFERENCE",
    "SPLICED",
    "FetchOutcome",
    "SeriesPlan",
    "Splice",
    "StoredState",
    "build_providers",
    "fetch_update",
    "live_sources",
    "overlap",
    "plan_update",
]

PREFERENCE: tuple[str, ...] = ("fred", "yahoo", "coinbase", "iacoviello", "worldbank")
OVERLAP: Mapping[Calendar, timedelta] = MappingProxyType(
    {
        "24/7": timedelta(days=5),
        "daily": timedelta(days=7),
        "weekdays": timedelta(days=7),
        "weekly": timedelta(days=35),
        "monthly": timedelta(days=100),
    }
)
# Publishers with no API, only a spreadsheet: provider -> symbol (the column), per series.
FILE_SOURCES: Mapping[str, Mapping[str, str]] = MappingProxyType(
    {
        "gpr": {"iacoviello": "GPRD"},
        "gpr_acts": {"iacoviello": "GPRD_ACT"},
        "gpr_threats": {"iacoviello": "GPRD_THREAT"},
        "gpr_monthly": {"iacoviello": "GPR"},
        "gold_monthly": {"worldbank": "Gold"},
    }
)
FILE_OVERLAP = timedelta(days=730)  # GPR daily values get revised for a year or more
NO_LIVE_SOURCE: Mapping[str, str] = MappingProxyType({})
_TIMING: Mapping[str, str] = MappingProxyType({"silver": "silver_fut", "gold": "gold_fut"})
SPLICED: Mapping[str, str] = MappingProxyType(
    {
        "silver": "COMEX silver futures SI=F (front month, Yahoo)",
        "gold": "COMEX gold futures GC=F (front month, Yahoo)",
    }
)


@dataclass(frozen=True, slots=True)
class SeriesPlan:
    """Sources to try for one series, or why it is skipped."""

    series_id: str
    sources: tuple[tuple[str, str], ...]
    skip_reason: str | None = None


@dataclass(frozen=True, slots=True)
class StoredState:
    """What the store holds of one series, as far as an update needs it.

    Parameters
    ----------
    last_date
        Last stored date, or None when nothing is stored.
    tail
        Stored ``date``/``value`` rows (and OHLCV columns, NaN where not stored)
        from the overlap start on.
    live_since
        First date of the spliced live stretch (silver/gold), if one exists.
    """

    series_id: str
    last_date: date | None = None
    tail: pd.DataFrame = field(default_factory=lambda: pd.DataFrame({"date": [], "value": []}))
    live_since: date | None = None


@dataclass(frozen=True, slots=True)
class Splice:
    """Where a series switches instrument (LBMA auction -> COMEX futures)."""

    series_id: str
    date: _dt.date
    before_date: _dt.date | None
    before_value: float | None
    after_value: float
    before_instrument: str
    after_instrument: str
    provider: str
    symbol: str

    def describe(self) -> str:
        """One line for the summary."""
        before = (
            f"last LBMA {self.before_value:g} on {self.before_date}"
            if self.before_value is not None
            else "no earlier data"
        )
        return (
            f"spliced onto {self.symbol} futures from {self.date}: {before}, "
            f"first futures {self.after_value:g}"
        )


@dataclass(frozen=True, slots=True)
class FetchOutcome:
    """What fetching one series gave: a batch to write (maybe empty), or only errors."""

    series_id: str
    batch: SeriesBatch | None = None
    provider: str | None = None
    symbol: str | None = None
    splice: Splice | None = None
    errors: tuple[ProviderError, ...] = ()
    skipped: str | None = None
    start: date | None = None


def live_sources(series_id: str) -> dict[str, str]:
    """Provider -> symbol for every live source of a series (catalog and spreadsheet ones)."""
    return {**get_series(series_id).providers, **FILE_SOURCES.get(series_id, {})}


def overlap(series_id: str) -> timedelta:
    """How far before the last stored date an update refetches and compares."""
    primary = next((n for n in PREFERENCE if n in live_sources(series_id)), None)
    if primary in ("iacoviello", "worldbank"):
        return FILE_OVERLAP
    return OVERLAP[get_series(series_id).calendar]


def plan_update(ids: Sequence[str] | None = None, provider: str | None = None) -> list[SeriesPlan]:
    """Sources per series (all catalog series by default), optionally one provider only.

    Raises :class:`DataError` for an unknown id or provider, or an id that the
    given provider does not serve.
    """
    known = sorted({name for series_id in CATALOG for name in live_sources(series_id)})
    if provider is not None and provider not in known:
        raise DataError(f"unknown provider {provider!r}", fix=f"use one of: {', '.join(known)}")
    wanted = list(ids) if ids else list(CATALOG)
    plans: list[SeriesPlan] = []
    for series_id in wanted:
        available = live_sources(series_id)
        sources = tuple(
            (name, available[name])
            for name in PREFERENCE
            if name in available and provider in (None, name)
        )
        if not sources:
            if series_id in NO_LIVE_SOURCE:
                reason = f"no live provider: {NO_LIVE_SOURCE[series_id]}"
                plans.append(SeriesPlan(series_id, (), reason))
                continue
            if ids:
                raise DataError(
                    f"series '{series_id}' is not available from {provider}",
                    fix=f"its providers: {', '.join(available) or 'none'}",
                )
            continue
        plans.append(SeriesPlan(series_id, sources))
    return plans


def _start(state: StoredState, since: date | None) -> date | None:
    if since is not None:
        return since
    if state.last_date is None:
        return None
    return state.last_date - overlap(state.series_id)


def _only_changes(batch: SeriesBatch, state: StoredState) -> SeriesBatch:
    """Drop rows equal to the stored ones: same value, and same OHLCV wherever both have it.

    New dates and revisions remain; a revision may be an OHLCV field alone
    (Yahoo correcting a bar's high), which the store records field by field.
    """
    frame = batch.frame
    if frame.empty or state.tail.empty:
        return batch
    tail = state.tail.set_index(pd.DatetimeIndex(state.tail["date"]).normalize())
    where = pd.DatetimeIndex(frame["date"])
    old = tail["value"].astype(float).reindex(where).to_numpy()
    new = frame["value"].to_numpy(dtype=float)
    same = ~np.isnan(old) & np.isclose(new, old, rtol=1e-10, atol=0.0)
    for column in PRICE_COLUMNS:
        if column not in tail.columns:
            continue
        before = tail[column].astype(float).reindex(where).to_numpy()
        after = frame[column].to_numpy(dtype=float)
        both = ~np.isnan(before) & ~np.isnan(after)
        same &= ~both | np.isclose(after, before, rtol=1e-10, atol=0.0)
    return _replace(batch, frame.loc[~same])


def _replace(batch: SeriesBatch, frame: pd.DataFrame) -> SeriesBatch:
    return SeriesBatch.from_values(
        batch.series_id,
        frame.reset_index(drop=True),
        provider=batch.provider,
        location=batch.location,
        checksum=batch.checksum,
        rows_blank=batch.rows_blank,
    )


def _splice(
    batch: SeriesBatch, state: StoredState, symbol: str
) -> tuple[SeriesBatch, Splice | None]:
    """Keep futures rows after the LBMA stretch; describe the join the first time."""
    frame = batch.frame
    if state.live_since is not None:
        boundary = pd.Timestamp(state.live_since)
    elif state.last_date is not None:
        boundary = pd.Timestamp(state.last_date) + pd.Timedelta(days=1)
    else:
        boundary = pd.Timestamp.min
    kept = frame.loc[frame["date"] >= boundary]
    trimmed = _replace(batch, kept)
    if state.live_since is not None or kept.empty:
        return trimmed, None
    before_value = None
    if state.last_date is not None and not state.tail.empty:
        last = state.tail.loc[pd.to_datetime(state.tail["date"]) == pd.Timestamp(state.last_date)]
        before_value = float(last["value"].iloc[0]) if not last.empty else None
    first = kept.iloc[0]
    splice = Splice(
        series_id=batch.series_id,
        date=pd.Timestamp(first["date"]).date(),
        before_date=state.last_date,
        before_value=before_value,
        after_value=float(first["value"]),
        before_instrument=get_series(batch.series_id).instrument,
        after_instrument=SPLICED[batch.series_id],
        provider=batch.provider,
        symbol=symbol,
    )
    return trimmed, splice


def fetch_update(
    plan: SeriesPlan,
    state: StoredState,
    providers: Mapping[str, Provider],
    *,
    today: date,
    since: date | None = None,
) -> FetchOutcome:
    """Fetch one series from its first working source; never raises ProviderError."""
    if plan.skip_reason is not None:
        return FetchOutcome(plan.series_id, skipped=plan.skip_reason)
    start = _start(state, since)
    errors: list[ProviderError] = []
    for name, symbol in plan.sources:
        timing = _TIMING.get(plan.series_id)
        request = FetchRequest(plan.series_id, symbol, start=start, end=today, timing=timing)
        try:
            batch = providers[name].fetch(request)
        except ProviderError as exc:
            errors.append(exc)
            continue
        splice = None
        if plan.series_id in SPLICED:
            batch, splice = _splice(batch, state, symbol)
        if name != plan.sources[0][0] and not state.tail.empty:
            # a fallback source only adds dates: its values differ a little from the
            # primary's (another venue), which is no revision of the stored ones
            stored = pd.DatetimeIndex(state.tail["date"]).normalize()
            batch = _replace(batch, batch.frame.loc[~batch.frame["date"].isin(stored)])
        batch = _only_changes(batch, state)
        return FetchOutcome(plan.series_id, batch, name, symbol, splice, tuple(errors), start=start)
    return FetchOutcome(plan.series_id, errors=tuple(errors), start=start)


def build_providers(
    *,
    client: httpx.Client | None = None,
    api_key: str | None = None,
    download: Download | None = None,
    policy: RetryPolicy | None = None,
    sleep: Callable[[float], None] | None = None,
    clock: Callable[[], float] | None = None,
    now: Callable[[], pd.Timestamp] | None = None,
    cache_dir: Path | None = None,
) -> dict[str, Provider]:
    """The live providers, sharing one :class:`HttpFetcher` and one retry policy.

    Everything is injectable for tests; by default the httpx-based providers go through a
    short-lived on-disk HTTP cache (``cache_dir``, default the user cache folder),
    and requests carrying ``api_key`` go through a separate, uncached client.
    """
    from leadwatch.providers.coinbase import CoinbaseProvider
    from leadwatch.providers.fred import FredProvider
    from leadwatch.providers.gpr import GprProvider
    from leadwatch.providers.worldbank import PinkSheetProvider
    from leadwatch.providers.yahoo import YahooProvider, yfinance_download

    retry = policy or RetryPolicy()
    wait = sleep or time.sleep
    tick = clock or time.monotonic
    when = now or utc_now
    if client is None:
        main = cached_client(cache_dir)
        secret = httpx.Client(headers={"User-Agent": USER_AGENT})
    else:
        main = secret = client
    http = HttpFetcher(main, secret, policy=retry, sleep=wait, clock=tick)
    return {
        "fred": FredProvider(http, api_key=api_key, now=when),
        "yahoo": YahooProvider(
            download=download or yfinance_download, policy=retry, sleep=wait, clock=tick, now=when
        ),
        "coinbase": CoinbaseProvider(http, now=when),
        "iacoviello": GprProvider(http, now=when),
        "worldbank": PinkSheetProvider(http, now=when),
    }
