"""What a provider says about a symbol, turned into the defaults of a new catalog entry.

``leadwatch series add copper --yahoo HG=F`` asks Yahoo for the symbol's chart
metadata (the ``meta`` object of the chart JSON: ``exchangeTimezoneName``,
``instrumentType``, ``exchangeName``, ``currency``, ``shortName``,
``currentTradingPeriod``) and derives the calendar and the observation time
from it (:func:`yahoo_defaults`, pure). A symbol the provider does not know is
a :class:`~leadwatch.errors.BadResponse` naming it; nothing is written.

Rules (a user's explicit ``--calendar``/``--observed`` always win):

* ``CRYPTOCURRENCY``: ``24/7``, the UTC day's close at 00:00 UTC the next day;
* ``FUTURE`` on a CME Group exchange (CME, CBOT, NYMEX, COMEX): ``weekdays``,
  17:00 New York, the end of the Globex trading day (the settlement window);
* anything else: ``weekdays``, observed at the end of the regular session in
  the exchange's time zone (``currentTradingPeriod.regular.end``).

FRED (``--fred ID``) is probed with the keyless CSV of the last three years: the
calendar is read off the dates (:func:`infer_calendar`); the observation time
and the release lag are conservative (17:00 New York, published the next US
business day; a month after the month for monthly series), so an analysis may
use a value later than it could have, never earlier. Coinbase (``--coinbase
PRODUCT``) products are 24/7 with the UTC day's close at 00:00 UTC.

Examples
--------
>>> meta = {"instrumentType": "FUTURE", "exchangeName": "CMX", "currency": "USD",
...         "exchangeTimezoneName": "America/New_York", "shortName": "Copper Sep 26"}
>>> d = yahoo_defaults(meta)
>>> d["calendar"], d["observed"], d["unit"], d["name"]
('weekdays', '17:00 America/New_York', 'USD', 'Copper Sep 26')
>>> aapl = {"instrumentType": "EQUITY", "exchangeTimezoneName": "America/New_York",
...         "currentTradingPeriod": {"regular": {"end": 1784923200}}}
>>> yahoo_defaults(aapl)["observed"]
'16:00 America/New_York'
>>> yahoo_defaults({"instrumentType": "CRYPTOCURRENCY", "exchangeTimezoneName": "UTC",
...                 "currency": "USD", "symbol": "SOL-USD"})["observed_day_offset"]
1
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

import pandas as pd

from leadwatch.errors import BadResponse
from leadwatch.providers.http import HttpFetcher

__all__ = [
    "CME_EXCHANGES",
    "MetaFetch",
    "coinbase_defaults",
    "fred_defaults",
    "infer_calendar",
    "yahoo_defaults",
    "yahoo_metadata",
]

CME_EXCHANGES = frozenset({"CME", "CBT", "NYM", "CMX", "CBOT", "NYMEX", "COMEX"})
MetaFetch = Callable[[str], Mapping[str, Any]]


def yahoo_defaults(meta: Mapping[str, Any]) -> dict[str, Any]:
    """Pure: catalog fields (name, unit, calendar, observed, ...) from Yahoo chart ``meta``."""
    kind = str(meta.get("instrumentType") or "").upper()
    zone = str(meta.get("exchangeTimezoneName") or "America/New_York")
    symbol = str(meta.get("symbol") or "")
    out: dict[str, Any] = {
        "name": str(meta.get("longName") or meta.get("shortName") or symbol),
        "unit": str(meta.get("currency") or "units"),
        "kind": "index" if kind == "INDEX" else "price",
        "instrument": f"Yahoo Finance {symbol} ({kind.lower() or 'instrument'}"
        f"{', ' + str(meta['fullExchangeName']) if meta.get('fullExchangeName') else ''})",
        "publisher": "Yahoo Finance",
    }
    if kind == "CRYPTOCURRENCY":
        return {**out, "calendar": "24/7", "observed": "00:00 UTC", "observed_day_offset": 1}
    if kind == "FUTURE" and str(meta.get("exchangeName") or "").upper() in CME_EXCHANGES:
        return {**out, "calendar": "weekdays", "observed": "17:00 America/New_York"}
    return {**out, "calendar": "weekdays", "observed": f"{_session_end(meta, zone)} {zone}"}


def _session_end(meta: Mapping[str, Any], zone: str) -> str:
    """Local end of the regular session (16:00 when the meta does not say)."""
    try:
        end = meta["currentTradingPeriod"]["regular"]["end"]
        stamp = (
            pd.Timestamp(int(end), unit="s", tz="UTC")
            if isinstance(end, int | float)
            else pd.Timestamp(end)  # yfinance formats it as a Timestamp
        )
    except (KeyError, TypeError, ValueError):
        return "16:00"
    local = stamp.tz_localize("UTC") if stamp.tz is None else stamp
    return f"{local.tz_convert(zone):%H:%M}"


def yahoo_metadata(symbol: str) -> Mapping[str, Any]:
    """The network part: Yahoo's chart ``meta`` for ``symbol`` (through yfinance).

    Raises :class:`BadResponse` when Yahoo does not know the symbol.
    """
    from leadwatch.providers.yahoo import classify_error, yfinance_download

    today = pd.Timestamp.now(tz="UTC").date()
    try:
        frame = yfinance_download(symbol, today - pd.Timedelta(days=30), today)
    except Exception as exc:
        error = classify_error(exc, f"yahoo {symbol}")
        raise getattr(error, "error", error) from None
    meta = dict(frame.attrs.get("meta") or {})
    if not meta.get("exchangeTimezoneName"):
        raise BadResponse(
            f"yahoo {symbol}: Yahoo sent no metadata for this symbol",
            fix="check the symbol on finance.yahoo.com",
        )
    return meta


def infer_calendar(dates: pd.Series) -> str:
    """Pure: the calendar that dated observations follow (monthly, weekly, daily, weekdays).

    Examples
    --------
    >>> infer_calendar(pd.Series(pd.to_datetime(["2024-01-01", "2024-02-01", "2024-03-01"])))
    'monthly'
    >>> infer_calendar(pd.Series(pd.bdate_range("2024-01-01", periods=30)))
    'weekdays'
    """
    days = pd.DatetimeIndex(dates.dropna())
    if len(days) and (days.day == 1).all() and len(days) < 0.1 * (days[-1] - days[0]).days + 2:
        return "monthly"
    if len(days) and days.day_of_week.nunique() == 1:
        return "weekly"
    return "daily" if (days.day_of_week >= 5).any() else "weekdays"


def fred_defaults(symbol: str, http: HttpFetcher, today: pd.Timestamp) -> dict[str, Any]:
    """Probe a FRED id through the keyless CSV; raises BadResponse when FRED does not know it."""
    from leadwatch.providers.fred import CSV_DROP_HEADERS, CSV_URL, parse_csv

    start = (today - pd.DateOffset(years=3)).strftime("%Y-%m-%d")
    what = f"fred {symbol}"
    response = http.get(
        CSV_URL, {"id": symbol, "cosd": start}, what=what, drop_headers=CSV_DROP_HEADERS
    )
    frame = parse_csv(response.content, symbol=symbol, what=what)
    calendar = infer_calendar(frame["date"])
    out: dict[str, Any] = {
        "name": symbol,
        "unit": "units",
        "kind": "level",
        "calendar": calendar,
        "observed": "17:00 America/New_York",
        "release_lag": "31 days" if calendar == "monthly" else "1 day",
        "release_on_weekdays": True,
        "instrument": f"FRED series {symbol}",
        "publisher": "FRED (FRB St. Louis)",
    }
    return out


def coinbase_defaults(product: str, http: HttpFetcher, today: pd.Timestamp) -> dict[str, Any]:
    """Probe a Coinbase Exchange product's recent candles; BadResponse when it does not exist."""
    from leadwatch.providers.coinbase import BASE_URL, parse_candles

    start = (today - pd.Timedelta(days=10)).strftime("%Y-%m-%dT00:00:00Z")
    end = today.strftime("%Y-%m-%dT00:00:00Z")
    what = f"coinbase {product}"
    params = {"granularity": "86400", "start": start, "end": end}
    response = http.get(f"{BASE_URL}/products/{product}/candles", params, what=what)
    parse_candles(response.content, what=what)
    quote = product.rsplit("-", 1)[-1] if "-" in product else "USD"
    return {
        "name": product,
        "unit": quote,
        "kind": "price",
        "calendar": "24/7",
        "observed": "00:00 UTC",
        "observed_day_offset": 1,
        "instrument": f"Coinbase Exchange {product}, UTC day close",
        "publisher": "Coinbase",
    }
