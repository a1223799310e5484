"""FRED (Federal Reserve Bank of St. Louis): keyless CSV download, or the JSON API with a key.

Without a key, series come from the graph CSV download
``https://fred.stlouisfed.org/graph/fredgraph.csv?id=DGS10&cosd=2024-01-01&coed=2024-12-31``
(header ``observation_date,DGS10``; older files say ``DATE``; missing values are
blank or ``.``). With ``FRED_API_KEY`` set, they come from
``https://api.stlouisfed.org/fred/series/observations`` (``file_type=json``), whose
answer is ``{"observations": [{"date": ..., "value": ...}, ...]}``.

The key travels only as a request parameter: it is never cached, never part of
the stored ``location``, and scrubbed from every error text.

Examples
--------
>>> body = b"observation_date,DGS10\\n2024-01-02,3.95\\n2024-01-15,\\n2024-01-16,4.07\\n"
>>> frame = parse_csv(body, symbol="DGS10", what="yield_10y (DGS10)")
>>> frame["value"].tolist()
[3.95, nan, 4.07]
>>> url, params, _ = transform_query("DGS10", "2024-01-01", None, api_key="s3cret")
>>> url, params["series_id"], params["api_key"]
('https://api.stlouisfed.org/fred/series/observations', 'DGS10', 's3cret')
>>> public_location(url, params)
'https://api.stlouisfed.org/fred/series/observations?series_id=DGS10&file_type=json&observation_start=2024-01-01'
"""

from __future__ import annotations

import io
import json
from collections.abc import Mapping
from dataclasses import dataclass

import httpx
import pandas as pd

from leadwatch.errors import BadResponse
from leadwatch.providers.guards import reject_html
from leadwatch.providers.live import Fetched, FetchRequest, HttpProvider

__all__ = [
    "API_URL",
    "CSV_URL",
    "PROVIDER",
    "FredProvider",
    "parse_csv",
    "parse_json",
    "public_location",
    "transform_query",
]

PROVIDER = "fred"
CSV_URL = "https://fred.stlouisfed.org/graph/fredgraph.csv"
API_URL = "https://api.stlouisfed.org/fred/series/observations"
_SECRET_PARAMS = ("api_key",)
# fredgraph.csv is sent without an ``Accept`` header. Evidence: reported by other
# users of the keyless download (issue 16 of this project: requests to
# fred.stlouisfed.org/graph/fredgraph.csv that carry an Accept header hang until
# the client times out; without it they answer). httpx adds ``Accept: */*`` to
# every request by default, so it is removed here. Not re-verified from this
# project's CI, which has no network; the JSON API (api.stlouisfed.org) is not
# affected and keeps the default headers.
CSV_DROP_HEADERS = ("Accept",)
_SCHEMA_FIX = "the provider changed its format; update leadwatch or report it"


def transform_query(
    symbol: str, start: str | None, end: str | None, *, api_key: str | None
) -> tuple[str, dict[str, str], tuple[str, ...]]:
    """URL, params and secret param names for one series (``start``/``end`` ISO or None)."""
    if api_key:
        params = {"series_id": symbol, "api_key": api_key, "file_type": "json"}
        if start:
            params["observation_start"] = start
        if end:
            params["observation_end"] = end
        return API_URL, params, _SECRET_PARAMS
    params = {"id": symbol}
    if start:
        params["cosd"] = start
    if end:
        params["coed"] = end
    return CSV_URL, params, ()


def public_location(url: str, params: Mapping[str, str]) -> str:
    """The request URL as stored in provenance: secret params left out."""
    public = {k: v for k, v in params.items() if k not in _SECRET_PARAMS}
    return str(httpx.URL(url, params=public))


_HTML_FIX = "FRED may be down or the series id changed; try again later"


def parse_csv(data: bytes, *, symbol: str, what: str) -> pd.DataFrame:
    """Pure: fredgraph CSV bytes -> ``date``, ``value`` (NaN where missing)."""
    reject_html(data, what=what, expected="CSV", fix=_HTML_FIX)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise BadResponse(f"{what}: answer is not UTF-8 text", fix="try again later") from None
    if not text.strip():
        raise BadResponse(f"{what}: empty answer", fix="try again later")
    try:
        table = pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False)
    except (pd.errors.ParserError, pd.errors.EmptyDataError) as exc:
        raise BadResponse(f"{what}: unreadable CSV ({exc})", fix="try again later") from None
    columns = [str(c).strip() for c in table.columns]
    table.columns = columns
    date_column = next((c for c in ("observation_date", "DATE", "date") if c in columns), None)
    if date_column is None or symbol not in columns:
        raise BadResponse(
            f"{what}: expected columns observation_date,{symbol}; found {','.join(columns)}",
            fix=_SCHEMA_FIX,
        )
    return _frame(table[date_column], table[symbol], what)


def parse_json(data: bytes, *, symbol: str, what: str) -> pd.DataFrame:
    """Pure: ``series/observations`` JSON bytes -> ``date``, ``value`` (NaN where ``.``)."""
    reject_html(data, what=what, expected="JSON", fix=_HTML_FIX)
    try:
        payload = json.loads(data)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise BadResponse(
            f"{what}: invalid or truncated JSON ({exc.msg if hasattr(exc, 'msg') else exc})",
            fix="try again later",
        ) from None
    observations = payload.get("observations") if isinstance(payload, dict) else None
    if not isinstance(observations, list):
        raise BadResponse(f"{what}: no 'observations' list in the answer", fix=_SCHEMA_FIX)
    if not observations:
        raise BadResponse(f"{what}: empty answer (no observations)", fix="try again later")
    try:
        dates = pd.Series([str(o["date"]) for o in observations])
        values = pd.Series([str(o["value"]) for o in observations])
    except (KeyError, TypeError):
        raise BadResponse(
            f"{what}: observations lack 'date' or 'value' fields", fix=_SCHEMA_FIX
        ) from None
    return _frame(dates, values, what)


def _frame(dates: pd.Series, values: pd.Series, what: str) -> pd.DataFrame:
    parsed = pd.to_datetime(dates.str.strip(), format="%Y-%m-%d", errors="coerce")
    if parsed.isna().any():
        bad = dates[parsed.isna()].iloc[0]
        raise BadResponse(
            f"{what}: date {bad!r} is not an ISO date (truncated or changed answer)",
            fix="try again later",
        )
    text = values.str.strip()
    missing = text.isin(["", "."])
    numbers = pd.to_numeric(text.where(~missing), errors="coerce").astype(float)
    bad_values = numbers.isna() & ~missing
    if bad_values.any():
        raise BadResponse(
            f"{what}: value {text[bad_values].iloc[0]!r} is not a number", fix=_SCHEMA_FIX
        )
    return pd.DataFrame({"date": parsed.to_numpy(), "value": numbers.to_numpy()})


@dataclass(slots=True)
class FredProvider(HttpProvider):
    """FRED series through :class:`HttpFetcher`; JSON API when ``api_key`` is given."""

    api_key: str | None = None
    name: str = PROVIDER

    def extract(self, request: FetchRequest, what: str) -> Fetched:
        """Fetch one series (one GET) and parse it."""
        start = request.start.isoformat() if request.start else None
        url, params, secret = transform_query(
            request.symbol, start, request.end.isoformat(), api_key=self.api_key
        )
        drop = () if secret else CSV_DROP_HEADERS
        response = self.http.get(url, params, what=what, secret_params=secret, drop_headers=drop)
        data = response.content
        parse = parse_json if secret else parse_csv
        frame = parse(data, symbol=request.symbol, what=what)
        return Fetched(frame, location=public_location(url, params), raw=data)
