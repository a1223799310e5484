"""Write the recorded provider answers in this folder: python tests/recorded/make_recordings.py

These files were *constructed*, not captured: the machine that wrote them had no
access to the providers. Each follows the provider's documented wire format
exactly as its client consumes it:

* Yahoo chart API v8 (``/v8/finance/chart/{symbol}?interval=1d``), the JSON that
  ``yfinance.Ticker.history`` parses (meta with ``exchangeTimezoneName``,
  ``timestamp`` at the bar's session start in UTC, ``indicators.quote`` and
  ``adjclose``); crypto includes today's unfinished candle and one missing day;
* FRED ``fredgraph.csv`` (header ``observation_date,<ID>``, blank = missing)
  and the JSON API ``series/observations`` (``"."`` = missing); the request URL
  in ``_meta`` has its ``api_key`` filtered to ``FILTERED``;
* Coinbase Exchange ``/products/{id}/candles?granularity=86400``:
  ``[[time, low, high, open, close, volume], ...]``, newest first.

Values are a seeded random walk near late-2026 levels; tests assert parsing,
dates, calendars and store effects, never market facts. Replace a file by a
real capture (secrets filtered) whenever one is available; tests keep working
as long as the capture covers 2026-08-13 .. 2026-08-27.
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
FIRST, LAST = date(2026, 8, 13), date(2026, 8, 28)  # 2026-08-28 is "today" in the tests
RNG = np.random.default_rng(20260828)


def _days(weekdays_only: bool) -> list[date]:
    days = [FIRST + timedelta(days=i) for i in range((LAST - FIRST).days + 1)]
    return [d for d in days if not weekdays_only or d.weekday() < 5]


def _walk(start: float, n: int, vol: float, decimals: int) -> list[float]:
    steps = RNG.normal(0.0, vol, n)
    return [round(float(v), decimals) for v in start * np.exp(np.cumsum(steps))]


def _epoch(day: date, hour: int, minute: int = 0) -> int:
    return int(datetime(day.year, day.month, day.day, hour, minute, tzinfo=UTC).timestamp())


YAHOO = {
    # symbol: (exchange, tz, type, bar start (UTC hour, minute), 24/7, level, vol, decimals)
    "BTC-USD": ("CCC", "UTC", "CRYPTOCURRENCY", (0, 0), True, 73000.0, 0.025, 2),
    "ETH-USD": ("CCC", "UTC", "CRYPTOCURRENCY", (0, 0), True, 3900.0, 0.03, 2),
    "SI=F": ("CMX", "America/New_York", "FUTURE", (4, 0), False, 64.0, 0.015, 3),
    "GC=F": ("CMX", "America/New_York", "FUTURE", (4, 0), False, 4100.0, 0.008, 1),
    "DX-Y.NYB": ("NYB", "America/New_York", "INDEX", (4, 0), False, 97.5, 0.003, 3),
    "^VIX": ("CBO", "America/Chicago", "INDEX", (13, 30), False, 16.0, 0.05, 2),
    "^GSPC": ("SNP", "America/New_York", "INDEX", (13, 30), False, 7650.0, 0.008, 2),
}


def yahoo(symbol: str) -> dict[str, object]:
    exchange, tz, kind, (hour, minute), crypto, level, vol, decimals = YAHOO[symbol]
    days = _days(weekdays_only=not crypto)
    if crypto:
        days = [d for d in days if d != date(2026, 8, 23)]  # a missing crypto day
    close = _walk(level, len(days), vol, decimals)
    opens = [round(c * (1 + RNG.normal(0, vol / 3)), decimals) for c in close]
    high = [
        round(max(o, c) * (1 + abs(RNG.normal(0, vol / 3))), decimals)
        for o, c in zip(opens, close, strict=True)
    ]
    low = [
        round(min(o, c) * (1 - abs(RNG.normal(0, vol / 3))), decimals)
        for o, c in zip(opens, close, strict=True)
    ]
    volume = [int(v) for v in RNG.integers(1_000, 90_000_000_000 if crypto else 200_000, len(days))]
    stamps = [_epoch(d, hour, minute) for d in days]
    offset = 0 if tz == "UTC" else (-14400 if tz == "America/New_York" else -18000)
    period = {"timezone": "EDT" if offset else "UTC", "gmtoffset": offset}
    today = stamps[-1]
    meta = {
        "currency": "USD", "symbol": symbol, "exchangeName": exchange,
        "fullExchangeName": exchange, "instrumentType": kind, "firstTradeDate": 1410912000,
        "regularMarketTime": today + 3600, "hasPrePostMarketData": False, "gmtoffset": offset,
        "timezone": period["timezone"], "exchangeTimezoneName": tz,
        "regularMarketPrice": close[-1], "chartPreviousClose": close[0], "priceHint": 2,
        "currentTradingPeriod": {
            name: {**period, "start": today, "end": today + 86400}
            for name in ("pre", "regular", "post")
        },
        "dataGranularity": "1d", "range": "",
        "validRanges": ["1d", "5d", "1mo", "3mo", "6mo", "1y", "2y", "5y", "10y", "ytd", "max"],
    }  # fmt: skip
    quote = {"open": opens, "high": high, "low": low, "close": close, "volume": volume}
    result = {
        "meta": meta,
        "timestamp": stamps,
        "indicators": {"quote": [quote], "adjclose": [{"adjclose": close}]},
    }
    return {"chart": {"result": [result], "error": None}}


FRED = {
    # id: (calendar, level, step, decimals)
    "DTWEXBGS": ("weekdays", 121.5, 0.002, 4),
    "DFII10": ("weekdays", 2.05, 0.02, 2),
    "DGS10": ("weekdays", 4.65, 0.03, 2),
    "T10YIE": ("weekdays", 2.33, 0.01, 2),
    "DFF": ("daily", 3.58, 0.0, 2),
    "VIXCLS": ("weekdays", 16.0, 0.05, 2),
    "SP500": ("weekdays", 7650.0, 0.008, 2),
    "USEPUINDXD": ("daily", 180.0, 0.3, 2),
    "WALCL": ("weekly", 6_550_000.0, 0.002, 0),
    "FEDFUNDS": ("monthly", 3.6, 0.0, 2),
    "M2SL": ("monthly", 23_000.0, 0.004, 1),
}


def _fred_dates(calendar: str) -> list[date]:
    if calendar == "monthly":
        return [date(2025, m, 1) for m in range(12, 13)] + [date(2026, m, 1) for m in range(1, 8)]
    if calendar == "weekly":
        return [date(2026, 7, 1) + timedelta(weeks=i) for i in range(9)]  # Wednesdays
    return _days(weekdays_only=calendar == "weekdays")


def fred_rows(symbol: str) -> list[tuple[str, str]]:
    calendar, level, step, decimals = FRED[symbol]
    days = [d for d in _fred_dates(calendar) if d < LAST]  # FRED lags by a day or more
    values = _walk(level, len(days), step, decimals)
    rows = [(d.isoformat(), f"{v:.{decimals}f}") for d, v in zip(days, values, strict=True)]
    if calendar == "weekdays":  # a holiday-style missing value inside the window
        rows[3] = (rows[3][0], "")
    return rows


def coinbase(symbol: str) -> list[list[float]]:
    level = 73000.0 if symbol == "BTC-USD" else 3900.0
    days = _days(weekdays_only=False)
    close = _walk(level, len(days), 0.025, 2)
    rows = []
    for day, c in zip(days, close, strict=True):
        o = round(c * (1 + RNG.normal(0, 0.008)), 2)
        rows.append([_epoch(day, 0), round(min(o, c) * 0.99, 2), round(max(o, c) * 1.01, 2), o, c,
                     round(float(RNG.uniform(5_000, 30_000)), 8)])  # fmt: skip
    return rows[::-1]  # newest first


def main() -> None:
    for symbol in YAHOO:
        name = symbol.replace("^", "").replace("=", "_")
        (HERE / f"yahoo_{name}.json").write_text(json.dumps(yahoo(symbol)) + "\n")
    fred = {symbol: fred_rows(symbol) for symbol in FRED}
    for symbol, rows in fred.items():
        body = f"observation_date,{symbol}\n" + "".join(f"{d},{v}\n" for d, v in rows)
        (HERE / f"fred_{symbol}.csv").write_text(body)
    for symbol in ("DGS10", "M2SL"):
        rows = fred[symbol]
        payload = {
            "_meta": {
                "request": "https://api.stlouisfed.org/fred/series/observations"
                f"?series_id={symbol}&api_key=FILTERED&file_type=json"
            },
            "realtime_start": LAST.isoformat(), "realtime_end": LAST.isoformat(),
            "observation_start": "1600-01-01", "observation_end": "9999-12-31",
            "units": "lin", "output_type": 1, "file_type": "json",
            "order_by": "observation_date", "sort_order": "asc", "count": len(rows),
            "offset": 0, "limit": 100000,
            "observations": [
                {"realtime_start": LAST.isoformat(), "realtime_end": LAST.isoformat(),
                 "date": d, "value": v or "."}
                for d, v in rows
            ],
        }  # fmt: skip
        (HERE / f"fredapi_{symbol}.json").write_text(json.dumps(payload) + "\n")
    for symbol in ("BTC-USD", "ETH-USD"):
        (HERE / f"coinbase_{symbol}.json").write_text(json.dumps(coinbase(symbol)) + "\n")


if __name__ == "__main__":
    main()
