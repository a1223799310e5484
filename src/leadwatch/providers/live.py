"""What every live provider shares: the request, the provider protocol, and batch finishing.

A live provider follows the fetcher pattern: ``transform_query`` (request ->
URL and params), ``extract_data`` (the tiny network part, through
:class:`~leadwatch.providers.http.HttpFetcher` or an injected downloader) and
``transform_data`` (pure parsing of bytes or a DataFrame). :func:`finish_batch`
turns the parsed frame into a validated :class:`~leadwatch.batch.SeriesBatch`,
the same unit the CSV importer hands to the store. :class:`HttpProvider` is that
skeleton for the providers that GET through the fetcher: each says only how to
``extract`` a request.

Examples
--------
>>> import pandas as pd
>>> frame = pd.DataFrame({"date": pd.to_datetime(["2024-03-01", "2024-03-02"]),
...                       "value": [61000.0, 62000.0]})
>>> req = FetchRequest("btc", "BTC-USD", start=None, end=pd.Timestamp("2024-03-02").date())
>>> batch = finish_batch(req, frame, provider="coinbase", location="https://x", raw=b"..",
...                      now=pd.Timestamp("2024-03-02 12:00", tz="UTC"))
>>> batch.rows  # 2024-03-02 has not closed yet at noon UTC
1
>>> source_label("yahoo", "^GSPC"), source_label("fred", "SP500")
('yahoo_gspc', 'fred_sp500')
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Protocol

import numpy as np
import pandas as pd

from leadwatch.batch import PRICE_COLUMNS, SeriesBatch, find_suspects, flag_suspects
from leadwatch.catalog import get_series
from leadwatch.errors import BadResponse
from leadwatch.providers.http import HttpFetcher

__all__ = [
    "FetchRequest",
    "Fetched",
    "HttpProvider",
    "Provider",
    "finish_batch",
    "source_label",
    "utc_now",
]


def utc_now() -> pd.Timestamp:
    """The current instant in UTC: every provider's default clock (tests pass a fixed one)."""
    return pd.Timestamp.now(tz="UTC")


@dataclass(frozen=True, slots=True)
class FetchRequest:
    """One series to fetch from one provider.

    Parameters
    ----------
    series_id
        Catalog id.
    symbol
        The provider's symbol for it (from ``SeriesSpec.providers``).
    start
        First date wanted (inclusive); None for the full history.
    end
        Last date wanted (inclusive), normally today (UTC).
    timing
        Catalog id whose close time decides whether a day has closed, when the
        instrument fetched is not the series' own (COMEX futures extending LBMA).
    """

    series_id: str
    symbol: str
    start: date | None
    end: date
    timing: str | None = None

    @property
    def what(self) -> str:
        """How messages name this request."""
        return f"{self.series_id} ({self.symbol})"


class Provider(Protocol):
    """A live data source: fetch one series, return a validated batch or raise ProviderError."""

    name: str

    def fetch(self, request: FetchRequest) -> SeriesBatch:
        """Fetch ``request`` (raises :class:`~leadwatch.errors.ProviderError`)."""
        ...


def source_label(provider: str, symbol: str) -> str:
    """The ``source`` stored with each row: provider and symbol, lowercase."""
    clean = re.sub(r"[^a-z0-9]+", "_", symbol.lower()).strip("_")
    return f"{provider}_{clean}"


def finish_batch(
    request: FetchRequest,
    frame: pd.DataFrame,
    *,
    provider: str,
    location: str,
    raw: bytes,
    now: pd.Timestamp,
) -> SeriesBatch:
    """Validate a parsed frame (``date``, ``value``, optional OHLCV) into a batch.

    Rows with a missing value are counted as blank; rows whose period has not
    closed at ``now`` (today's live crypto candle, a market still open) and rows
    outside ``request.start .. request.end`` are dropped. Duplicate dates, and
    zero or negative prices, are a :class:`BadResponse`: the answer is wrong,
    and nothing from it is written.
    """
    spec = get_series(request.series_id)
    what = f"{provider} {request.what}"
    if frame.empty:
        raise BadResponse(f"{what}: empty answer (no rows)", fix="try again later")
    frame = frame.sort_values("date").reset_index(drop=True)
    duplicated = frame["date"].duplicated()
    if duplicated.any():
        day = pd.Timestamp(frame.loc[duplicated, "date"].iloc[0])
        raise BadResponse(f"{what}: date {day:%Y-%m-%d} appears twice", fix="try again later")
    blank = frame["value"].isna()
    kept = frame.loc[~blank].copy()
    if spec.positive and (kept["value"] <= 0).any():
        bad = kept.loc[kept["value"] <= 0].iloc[0]
        raise BadResponse(
            f"{what}: price {bad['value']:g} on {pd.Timestamp(bad['date']):%Y-%m-%d} is not "
            "positive",
            fix="the provider sent a bad value; try again later",
        )
    timing = get_series(request.timing or request.series_id)
    closed = timing.observed_at(pd.DatetimeIndex(kept["date"])) <= now
    wanted = np.asarray(closed) & (kept["date"] <= pd.Timestamp(request.end)).to_numpy()
    if request.start is not None:
        wanted &= (kept["date"] >= pd.Timestamp(request.start)).to_numpy()
    kept = kept.loc[wanted].reset_index(drop=True)
    kept["source"] = source_label(provider, request.symbol)
    suspects = find_suspects(spec, kept)
    kept = flag_suspects(kept, suspects)
    columns = ["date", "value", *[c for c in PRICE_COLUMNS if c in kept.columns], "source", "flag"]
    return SeriesBatch.from_values(
        spec.id,
        kept.loc[:, columns],
        provider=provider,
        location=location,
        checksum=hashlib.sha256(raw).hexdigest(),
        rows_blank=int(blank.sum()),
        suspects=tuple(suspects),
    )


@dataclass(frozen=True, slots=True)
class Fetched:
    """What :meth:`HttpProvider.extract` hands over: the parsed frame, its URL, the raw bytes."""

    frame: pd.DataFrame
    location: str
    raw: bytes


@dataclass(slots=True)
class HttpProvider:
    """Base of the providers that GET through :class:`~leadwatch.providers.http.HttpFetcher`.

    :meth:`fetch` is the whole fetcher pattern: the subclass's :meth:`extract`
    (query, GET, parse), then :func:`finish_batch` with the provider's ``name``
    and clock ``now``.
    """

    http: HttpFetcher
    now: Callable[[], pd.Timestamp] = utc_now
    name: str = "http"

    def fetch(self, request: FetchRequest) -> SeriesBatch:
        """Extract ``request`` and validate the parsed frame into a batch."""
        got = self.extract(request, what=f"{self.name} {request.what}")
        return finish_batch(
            request,
            got.frame,
            provider=self.name,
            location=got.location,
            raw=got.raw,
            now=self.now(),
        )

    def extract(self, request: FetchRequest, what: str) -> Fetched:
        """Fetch and parse ``request`` (``what`` names it in messages)."""
        raise NotImplementedError
