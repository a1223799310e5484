"""ALFRED vintages: every value a FRED series ever showed, with the period it was shown in.

M2 (and any FRED series) is revised after publication; the store's
``observations`` hold only the latest vintage. A backtest that wants "M2 as
known on date D" needs the archive: FRED's JSON API answers
``series/observations`` with ``realtime_start=1776-07-04&realtime_end=9999-12-31``
by one row per value and real-time period::

    {"count": 3, "offset": 0, "limit": 100000, "observations": [
      {"realtime_start": "2026-06-23", "realtime_end": "2026-07-21",
       "date": "2026-05-01", "value": "22987.1"}, ...]}

A value was public from ``realtime_start`` to ``realtime_end`` inclusive
(``9999-12-31``: still current). Answers are paged (``limit`` up to 100,000,
``offset``). Each fetch asks for the whole archive (a few MB for M2): the API
clips real-time periods to the window asked for, so a partial window would
give stored rows new keys; the store's upsert then only adds new vintages and
closes the periods of replaced values.
The archive needs a FRED API key (``FRED_API_KEY``): the key travels as a
request parameter only, is never cached or stored, and is scrubbed from errors.

Examples
--------
>>> body = b'{"count": 2, "offset": 0, "limit": 100000, "observations": ['
>>> body += b'{"realtime_start": "2026-06-23", "realtime_end": "2026-07-21", '
>>> body += b'"date": "2026-05-01", "value": "22987.1"}, {"realtime_start": "2026-07-22", '
>>> body += b'"realtime_end": "9999-12-31", "date": "2026-05-01", "value": "22999.0"}]}'
>>> frame, count = parse_vintages(body, what="m2 (M2SL)")
>>> count, frame["value"].tolist(), str(frame["realtime_end"].iloc[1])
(2, [22987.1, 22999.0], '9999-12-31')
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import date

import pandas as pd

from leadwatch.errors import BadResponse, DataError
from leadwatch.providers.fred import API_URL, public_location
from leadwatch.providers.guards import reject_html
from leadwatch.providers.http import HttpFetcher

__all__ = [
    "FIRST_REALTIME",
    "LAST_REALTIME",
    "PROVIDER",
    "AlfredProvider",
    "VintageBatch",
    "parse_vintages",
    "transform_query",
]

PROVIDER = "alfred"
FIRST_REALTIME = "1776-07-04"
LAST_REALTIME = "9999-12-31"
PAGE = 100_000
_SCHEMA_FIX = "the FRED API changed its answer; update leadwatch or report it"
_COLUMNS = ("date", "realtime_start", "realtime_end", "value")


@dataclass(frozen=True, slots=True)
class VintageBatch:
    """Vintage rows of one series from one fetch (``date``, ``realtime_start``, ``realtime_end``
    as :class:`datetime.date`, ``value`` float, NaN where FRED shows ``.``)."""

    series_id: str
    frame: pd.DataFrame
    location: str
    checksum: str


def transform_query(symbol: str, api_key: str, *, offset: int = 0) -> dict[str, str]:
    """Params of one page of the whole vintage archive."""
    return {
        "series_id": symbol,
        "api_key": api_key,
        "file_type": "json",
        "realtime_start": FIRST_REALTIME,
        "realtime_end": LAST_REALTIME,
        "sort_order": "asc",
        "limit": str(PAGE),
        "offset": str(offset),
    }


def _day(text: object, what: str) -> date:
    try:
        return date.fromisoformat(str(text))
    except ValueError:
        raise BadResponse(
            f"{what}: {text!r} is not an ISO date (truncated or changed answer)",
            fix="try again later",
        ) from None


def parse_vintages(data: bytes, *, what: str) -> tuple[pd.DataFrame, int]:
    """Pure: one page of JSON -> (rows, the total ``count`` the API reports)."""
    reject_html(data, what=what, expected="JSON")
    try:
        payload = json.loads(data)
    except (json.JSONDecodeError, UnicodeDecodeError):
        raise BadResponse(f"{what}: invalid or truncated JSON", fix="try again later") from None
    observations = payload.get("observations") if isinstance(payload, dict) else None
    if not isinstance(observations, list):
        raise BadResponse(f"{what}: no 'observations' list in the answer", fix=_SCHEMA_FIX)
    rows = []
    for item in observations:
        try:
            fields = [item["date"], item["realtime_start"], item["realtime_end"], item["value"]]
        except (KeyError, TypeError):
            raise BadResponse(
                f"{what}: observations lack date/realtime_start/realtime_end/value", fix=_SCHEMA_FIX
            ) from None
        text = str(fields[3]).strip()
        try:
            value = float("nan") if text in ("", ".") else float(text)
        except ValueError:
            raise BadResponse(f"{what}: value {text!r} is not a number", fix=_SCHEMA_FIX) from None
        rows.append((*(_day(f, what) for f in fields[:3]), value))
    frame = pd.DataFrame(rows, columns=list(_COLUMNS))
    count = payload.get("count")
    return frame, count if isinstance(count, int) else len(rows)


@dataclass(slots=True)
class AlfredProvider:
    """The vintage archive of FRED series through :class:`HttpFetcher` (needs an API key)."""

    http: HttpFetcher
    api_key: str | None = None
    name: str = PROVIDER

    def fetch(self, series_id: str, symbol: str) -> VintageBatch:
        """Every page of the archive (extract), parsed page by page (transform)."""
        if not self.api_key:
            raise DataError(
                "ALFRED vintages need a FRED API key",
                fix="set FRED_API_KEY (free at fredaccount.stlouisfed.org)",
            )
        what = f"{PROVIDER} {series_id} ({symbol})"
        frames: list[pd.DataFrame] = []
        digest = hashlib.sha256()
        offset = 0
        while True:
            params = transform_query(symbol, self.api_key, offset=offset)
            data = self.http.get(API_URL, params, what=what, secret_params=("api_key",)).content
            digest.update(data)
            frame, count = parse_vintages(data, what=what)
            frames.append(frame)
            offset += len(frame)
            if frame.empty or offset >= count:
                break
        rows = pd.concat(frames, ignore_index=True)
        if rows.empty:
            raise BadResponse(f"{what}: empty answer (no vintages)", fix="try again later")
        if rows.duplicated(["date", "realtime_start"]).any():
            raise BadResponse(f"{what}: a vintage row appears twice", fix="try again later")
        location = public_location(API_URL, transform_query(symbol, ""))
        return VintageBatch(series_id, rows, location, digest.hexdigest())
