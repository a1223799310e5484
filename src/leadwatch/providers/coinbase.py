"""Coinbase Exchange public daily candles: the second BTC/ETH source (no key needed).

``GET https://api.exchange.coinbase.com/products/BTC-USD/candles?granularity=86400
&start=...&end=...`` answers ``[[time, low, high, open, close, volume], ...]``,
newest first, at most 300 candles per request, ``time`` being the UTC start of
the day. A day's close is the price at 00:00 UTC the next day, exactly the
catalog's BTC/ETH convention. Longer ranges are fetched in 300-day pages.

Examples
--------
>>> body = b"[[1709337600, 61000, 63000, 61500, 62500, 1200.5],"
>>> body += b" [1709251200, 60000, 62000, 60100, 61500, 1500.25]]"
>>> frame = parse_candles(body, what="btc (BTC-USD)")
>>> frame[["date", "open", "close"]].to_string(index=False)
'      date    open   close\\n2024-03-01 60100.0 61500.0\\n2024-03-02 61500.0 62500.0'
>>> [p["start"] for p in transform_query("2024-01-01", "2024-12-31")]
['2024-01-01T00:00:00Z', '2024-10-27T00:00:00Z']
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, timedelta

import httpx
import pandas as pd

from leadwatch.errors import BadResponse
from leadwatch.providers.guards import reject_html
from leadwatch.providers.live import Fetched, FetchRequest, HttpProvider

__all__ = ["BASE_URL", "FIRST_DAY", "PROVIDER", "CoinbaseProvider", "parse_candles"]

PROVIDER = "coinbase"
BASE_URL = "https://api.exchange.coinbase.com"
FIRST_DAY = date(2015, 7, 20)  # BTC-USD opened on Coinbase Exchange
PAGE_DAYS = 300
_FIELDS = ("time", "low", "high", "open", "close", "volume")
_SCHEMA_FIX = "Coinbase changed its candle format; update leadwatch or report it"


def transform_query(start: str, end: str) -> list[dict[str, str]]:
    """Params of each page covering ``start``..``end`` (ISO dates, inclusive)."""
    first, last = date.fromisoformat(start), date.fromisoformat(end)
    pages: list[dict[str, str]] = []
    while first <= last:
        page_end = min(last, first + timedelta(days=PAGE_DAYS - 1))
        pages.append(
            {
                "granularity": "86400",
                "start": f"{first.isoformat()}T00:00:00Z",
                "end": f"{page_end.isoformat()}T00:00:00Z",
            }
        )
        first = page_end + timedelta(days=1)
    return pages


def parse_candles(data: bytes, *, what: str) -> pd.DataFrame:
    """Pure: candles JSON -> ``date`` (UTC day), ``value`` (= close) and OHLCV, ascending."""
    reject_html(data, what=what, expected="JSON")
    try:
        payload = json.loads(data)
    except (json.JSONDecodeError, UnicodeDecodeError):
        raise BadResponse(f"{what}: invalid or truncated JSON", fix="try again later") from None
    if isinstance(payload, dict):
        message = payload.get("message", "unexpected object")
        raise BadResponse(f"{what}: Coinbase says {message!r}", fix="check the product id")
    if not isinstance(payload, list):
        raise BadResponse(f"{what}: expected a list of candles", fix=_SCHEMA_FIX)
    rows = []
    for row in payload:
        if not isinstance(row, list) or len(row) != len(_FIELDS):
            raise BadResponse(
                f"{what}: candle {str(row)[:60]} is not [time, low, high, open, close, volume]",
                fix=_SCHEMA_FIX,
            )
        rows.append(row)
    frame = pd.DataFrame(rows, columns=list(_FIELDS))
    try:
        frame = frame.astype(float)
    except (TypeError, ValueError):
        raise BadResponse(f"{what}: non-numeric candle field", fix=_SCHEMA_FIX) from None
    days = pd.to_datetime(frame["time"].astype("int64"), unit="s", utc=True)
    frame["date"] = days.dt.tz_localize(None).dt.normalize()
    frame["value"] = frame["close"]
    frame = frame.drop(columns="time").sort_values("date").reset_index(drop=True)
    return frame.loc[:, ["date", "value", "open", "high", "low", "close", "volume"]]


@dataclass(slots=True)
class CoinbaseProvider(HttpProvider):
    """Daily candles of a Coinbase Exchange product (``BTC-USD``, ``ETH-USD``)."""

    name: str = PROVIDER

    def extract(self, request: FetchRequest, what: str) -> Fetched:
        """Fetch every page of ``request`` and parse them."""
        url = f"{BASE_URL}/products/{request.symbol}/candles"
        start = max(request.start or FIRST_DAY, FIRST_DAY)
        frames: list[pd.DataFrame] = []
        raw = b""
        for params in transform_query(start.isoformat(), request.end.isoformat()):
            data = self.http.get(url, params, what=what).content
            raw += data
            frames.append(parse_candles(data, what=what))
        frame = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame()
        if not frame.empty:
            frame = frame.drop_duplicates("date", keep="last")
        span = {"granularity": "86400", "start": start.isoformat(), "end": request.end.isoformat()}
        return Fetched(frame, location=str(httpx.URL(url, params=span)), raw=raw)
