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
``offset``). Each fetch asks for the whole archive (a few MB for M2); the
store's upsert then only adds new vintages and closes the periods of replaced
values.

FRED refuses a real-time window holding more than 2,000 vintage dates (HTTP 400
"There are 2004 vintage dates in the specified real-time period: 1776-07-04 to
9999-12-31. This exceeds the maximum number of vintage dates allowed (2000).",
as quoted in mortada/fredapi#48), i.e. every daily series with a few years of
history. So a fetch first lists the vintage dates (``series/vintagedates``),
cuts the archive into windows of at most :data:`MAX_VINTAGES` of them
(:func:`vintage_windows`), and asks for each window. The API clips real-time
periods to the window asked for, so :func:`join_windows` rejoins a value's
period that a window boundary cut in two: the rows are then exactly those of
one whole-archive request.
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
from datetime import date, timedelta
from typing import Any

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
    "join_windows",
    "parse_vintage_dates",
    "parse_vintages",
    "transform_query",
    "vintage_windows",
]

PROVIDER = "alfred"
FIRST_REALTIME = "1776-07-04"
LAST_REALTIME = "9999-12-31"
PAGE = 100_000
MAX_VINTAGES = 2000  # FRED's limit of vintage dates per real-time window
DATES_PAGE = 10_000  # series/vintagedates answers at most 10,000 dates per page
VINTAGE_DATES_URL = "https://api.stlouisfed.org/fred/series/vintagedates"
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


def transform_query(
    symbol: str,
    api_key: str,
    *,
    offset: int = 0,
    window: tuple[str, str] = (FIRST_REALTIME, LAST_REALTIME),
) -> dict[str, str]:
    """Params of one page of the vintage archive within a real-time ``window``."""
    return {
        "series_id": symbol,
        "api_key": api_key,
        "file_type": "json",
        "realtime_start": window[0],
        "realtime_end": window[1],
        "sort_order": "asc",
        "limit": str(PAGE),
        "offset": str(offset),
    }


def vintage_windows(vintages: list[date], size: int = MAX_VINTAGES) -> list[tuple[str, str]]:
    """Pure: real-time windows covering the whole archive, each with at most ``size`` vintages.

    Examples
    --------
    >>> days = [date(2024, 1, d) for d in (2, 3, 4, 5, 8)]
    >>> vintage_windows(days, size=2)
    [('1776-07-04', '2024-01-03'), ('2024-01-04', '2024-01-07'), ('2024-01-08', '9999-12-31')]
    >>> vintage_windows(days)
    [('1776-07-04', '9999-12-31')]
    """
    starts = sorted(set(vintages))[::size][1:]
    edges = [FIRST_REALTIME, *(d.isoformat() for d in starts)]
    ends = [(d - timedelta(days=1)).isoformat() for d in starts] + [LAST_REALTIME]
    return list(zip(edges, ends, strict=True))


def join_windows(frame: pd.DataFrame, boundaries: list[date]) -> pd.DataFrame:
    """Pure: rejoin periods that a window boundary cut (same date and value, touching).

    Examples
    --------
    >>> cut = pd.DataFrame({"date": [date(2024, 1, 1)] * 2,
    ...     "realtime_start": [date(2024, 1, 2), date(2024, 1, 4)],
    ...     "realtime_end": [date(2024, 1, 3), date(9999, 12, 31)], "value": [1.5, 1.5]})
    >>> join_windows(cut, [date(2024, 1, 4)])["realtime_end"].tolist()
    [datetime.date(9999, 12, 31)]
    """
    if frame.empty or not boundaries:
        return frame
    rows = frame.loc[:, list(_COLUMNS)].sort_values(["date", "realtime_start"])
    cut_at = set(boundaries)
    out: list[list[Any]] = []
    for day, start, end, value in rows.itertuples(index=False, name=None):
        if out and _continues(out[-1], day, start, value, cut_at):
            out[-1][2] = end
            continue
        out.append([day, start, end, value])
    return pd.DataFrame(out, columns=list(_COLUMNS))


def _continues(last: list[Any], day: date, start: date, value: float, cut_at: set[date]) -> bool:
    """Whether a row continues ``last`` across a window boundary."""
    same_value = last[3] == value or (pd.isna(last[3]) and pd.isna(value))
    touching = last[2] == start - timedelta(days=1)
    return bool(last[0] == day and start in cut_at and touching and same_value)


def parse_vintage_dates(data: bytes, *, what: str) -> tuple[list[date], int]:
    """Pure: one page of ``series/vintagedates`` JSON -> (dates, the total ``count``)."""
    payload = _json(data, what)
    dates = payload.get("vintage_dates") if isinstance(payload, dict) else None
    if not isinstance(dates, list):
        raise BadResponse(f"{what}: no 'vintage_dates' list in the answer", fix=_SCHEMA_FIX)
    days = [_day(d, what) for d in dates]
    count = payload.get("count") if isinstance(payload, dict) else None
    return days, count if isinstance(count, int) else len(days)


def _json(data: bytes, what: str) -> object:
    reject_html(data, what=what, expected="JSON")
    try:
        return json.loads(data)
    except (json.JSONDecodeError, UnicodeDecodeError):
        raise BadResponse(f"{what}: invalid or truncated JSON", fix="try again later") from None


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
    payload = _json(data, what)
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
    count = payload.get("count") if isinstance(payload, dict) else None
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
        digest = hashlib.sha256()
        windows = vintage_windows(self._vintage_dates(symbol, what, digest))
        frames = [self._window(symbol, what, window, digest) for window in windows]
        boundaries = [date.fromisoformat(start) for start, _ in windows[1:]]
        rows = join_windows(pd.concat(frames, ignore_index=True), boundaries)
        if rows.empty:
            raise BadResponse(f"{what}: empty answer (no vintages)", fix="try again later")
        if rows.duplicated(["date", "realtime_start"]).any():
            raise BadResponse(f"{what}: a vintage row appears twice", fix="try again later")
        location = public_location(API_URL, transform_query(symbol, ""))
        return VintageBatch(series_id, rows, location, digest.hexdigest())

    def _get(self, url: str, params: dict[str, str], what: str, digest: Any) -> bytes:
        data = self.http.get(url, params, what=what, secret_params=("api_key",)).content
        digest.update(data)
        return data

    def _vintage_dates(self, symbol: str, what: str, digest: Any) -> list[date]:
        """Every vintage date of the series (``series/vintagedates``, paged)."""
        days: list[date] = []
        while True:
            params = {
                "series_id": symbol,
                "api_key": self.api_key or "",
                "file_type": "json",
                "realtime_start": FIRST_REALTIME,
                "realtime_end": LAST_REALTIME,
                "limit": str(DATES_PAGE),
                "offset": str(len(days)),
            }
            page, count = parse_vintage_dates(
                self._get(VINTAGE_DATES_URL, params, what, digest), what=what
            )
            days.extend(page)
            if not page or len(days) >= count:
                return days

    def _window(self, symbol: str, what: str, window: tuple[str, str], digest: Any) -> pd.DataFrame:
        """Every page of the archive within one real-time window."""
        frames: list[pd.DataFrame] = []
        offset = 0
        while True:
            params = transform_query(symbol, self.api_key or "", offset=offset, window=window)
            frame, count = parse_vintages(self._get(API_URL, params, what, digest), what=what)
            frames.append(frame)
            offset += len(frame)
            if frame.empty or offset >= count:
                return pd.concat(frames, ignore_index=True)
