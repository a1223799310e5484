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
  ``[[time, low, high, open, close, volume], ...]``, newest first;
* Caldara-Iacoviello ``data_gpr_daily_recent.xls`` and ``data_gpr_export.xls``
  (legacy BIFF8 ``.xls``, written with ``xlwt``): the real column layout (daily
  ``DAY, N10D, GPRD, GPRD_ACT, GPRD_THREAT, date, GPRD_MA30, GPRD_MA7, event,
  var_name, var_label``; monthly ``month, GPR, GPRT, GPRA, GPRH, ...,
  var_name, var_label``), with rows elided: the daily file from 2026-06-01 to
  2026-08-24 (the authors update about weekly), the monthly one 1900-01..03
  (``GPR`` blank, as in the real file before 1985) and 2025-01..2026-07; the
  real monthly file has more columns (category shares, ~44 country indices),
  which the parser ignores;
* World Bank Commodity Markets page (the HTML that links the current Pink
  Sheet workbook) and ``CMO-Historical-Data-Monthly.xlsx`` (written with
  ``openpyxl``): sheet ``Monthly Prices`` with four title rows, names, units,
  codes, then ``YYYYMmm`` rows (elided to 2025M01..2026M07; the real sheet
  starts at 1960M01; ``…`` marks a missing value).

Regenerating needs ``pip install xlwt openpyxl`` (not leadwatch dependencies:
leadwatch only reads spreadsheets, with python-calamine).

Values are a seeded random walk near late-2026 levels; tests assert parsing,
dates, calendars and store effects, never market facts. Replace a file by a
real capture (secrets filtered) whenever one is available; tests keep working
as long as the capture covers 2026-08-13 .. 2026-08-27.
"""

from __future__ import annotations

import json
import re
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


FILES_RNG = np.random.default_rng(20260829)  # separate stream: older files stay byte-identical
GPR_DAILY = ("DAY", "N10D", "GPRD", "GPRD_ACT", "GPRD_THREAT", "date", "GPRD_MA30", "GPRD_MA7",
             "event", "var_name", "var_label")  # fmt: skip
GPR_DAILY_LABELS = (
    ("DAY", "Day (YYYYMMDD)"), ("N10D", "Number of articles"),
    ("GPRD", "Daily GPR Index"), ("GPRD_ACT", "Daily GPR Acts"),
    ("GPRD_THREAT", "Daily GPR Threats"), ("date", "Date"),
    ("GPRD_MA30", "30-day moving average of GPRD"), ("GPRD_MA7", "7-day moving average of GPRD"),
    ("event", "Event"),
)  # fmt: skip
GPR_MONTHLY = ("month", "GPR", "GPRT", "GPRA", "GPRH", "GPRHT", "GPRHA", "SHARE_GPR", "N10",
               "SHARE_GPRH", "N3H", "GPRC_USA", "GPRC_CHN", "GPRC_RUS", "GPRHC_USA",
               "var_name", "var_label")  # fmt: skip
GPR_DAILY_LAST = date(2026, 8, 24)


def _xls(header: tuple[str, ...], rows: list[list[object]]) -> bytes:
    import io

    import xlwt

    book = xlwt.Workbook()
    sheet = book.add_sheet("Sheet1")
    as_date = xlwt.easyxf(num_format_str="YYYY-MM-DD")
    for col, name in enumerate(header):
        sheet.write(0, col, name)
    for r, row in enumerate(rows, start=1):
        for col, cell in enumerate(row):
            if isinstance(cell, datetime):
                sheet.write(r, col, cell, as_date)
            elif cell is not None:
                sheet.write(r, col, cell)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def gpr_daily() -> bytes:
    days = [date(2026, 6, 1) + timedelta(days=i) for i in range(85)]
    assert days[-1] == GPR_DAILY_LAST
    n = len(days)
    acts = np.round(FILES_RNG.lognormal(np.log(120.0), 0.35, n), 4)
    threats = np.round(FILES_RNG.lognormal(np.log(110.0), 0.4, n), 4)
    gprd = np.round((acts + threats) / 2 * FILES_RNG.uniform(0.9, 1.1, n), 4)
    articles = FILES_RNG.integers(380, 520, n)
    rows: list[list[object]] = []
    for i, day in enumerate(days):
        ma7 = round(float(gprd[max(0, i - 6) : i + 1].mean()), 4)
        ma30 = round(float(gprd[max(0, i - 29) : i + 1].mean()), 4)
        event = "Strikes on shipping in the Red Sea" if day == date(2026, 8, 10) else None
        name, label = GPR_DAILY_LABELS[i] if i < len(GPR_DAILY_LABELS) else (None, None)
        rows.append([int(day.strftime("%Y%m%d")), int(articles[i]), float(gprd[i]), float(acts[i]),
                     float(threats[i]), datetime(day.year, day.month, day.day), ma30, ma7, event,
                     name, label])  # fmt: skip
    return _xls(GPR_DAILY, rows)


def gpr_monthly() -> bytes:
    months = [date(1900, m, 1) for m in (1, 2, 3)]
    months += [date(2025, m, 1) for m in range(1, 13)] + [date(2026, m, 1) for m in range(1, 8)]
    labels = {0: ("GPR", "Recent GPR Index"), 1: ("GPRT", "Recent GPR Threats"),
              2: ("GPRA", "Recent GPR Acts"), 3: ("GPRH", "Historical GPR Index")}  # fmt: skip
    rows: list[list[object]] = []
    for i, month in enumerate(months):
        recent = month.year >= 1985
        values = [round(float(v), 5) for v in FILES_RNG.lognormal(np.log(110.0), 0.25, 14)]
        name, label = labels.get(i, (None, None))
        row: list[object] = [datetime(month.year, month.month, 1)]
        row += values[:3] if recent else [None, None, None]
        row += [*values[3:6], round(values[6] / 1000, 5), int(values[7] * 40)]
        row += [round(values[8] / 1000, 5), int(values[9] * 10)]
        row += values[10:13] if recent else [None, None, None]
        row += [values[13], name, label]
        rows.append(row)
    return _xls(GPR_MONTHLY, rows)


PINK_URL = (
    "https://thedocs.worldbank.org/en/doc/18675f1d1639c7a34d463f59263ba0a2-0050082026/related/"
    "CMO-Historical-Data-Monthly.xlsx"
)
PINK_COLUMNS = (
    # name, unit, code, level
    ("Crude oil, average", "($/bbl)", "CRUDE_PETRO", 68.0),
    ("Crude oil, Brent", "($/bbl)", "CRUDE_BRENT", 70.0),
    ("Copper", "($/mt)", "COPPER", 10400.0),
    ("Gold", "($/troy oz)", "GOLD", 4050.0),
    ("Platinum", "($/troy oz)", "PLATINUM", 1500.0),
    ("Silver", "($/troy oz)", "SILVER", 62.0),
)


def worldbank_page() -> str:
    annual = PINK_URL.replace("Monthly", "Annual")
    pdf = PINK_URL.rsplit("/", 1)[0] + "/CMO-Pink-Sheet-August-2026.pdf"
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><title>Commodity Markets</title></head><body>\n'
        "<h1>Commodity Markets</h1>\n<ul>\n"
        f'<li><a href="{pdf}">Pink Sheet (monthly)</a></li>\n'
        f'<li><a href="{annual}">Annual prices</a></li>\n'
        f'<li><a href="{PINK_URL}">Monthly prices</a></li>\n'
        "</ul>\n</body></html>\n"
    )


def worldbank_workbook() -> bytes:
    import io

    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "Monthly Prices"
    sheet.append(["World Bank Commodity Price Data (The Pink Sheet)"])
    sheet.append(["Monthly prices in nominal US dollars, 1960 to present"])
    sheet.append(["(monthly series are available only in nominal US dollar terms)"])
    sheet.append(["Updated on August 04, 2026"])
    sheet.append([None, *(c[0] for c in PINK_COLUMNS)])
    sheet.append([None, *(c[1] for c in PINK_COLUMNS)])
    sheet.append([None, *(c[2] for c in PINK_COLUMNS)])
    months = [date(2025, m, 1) for m in range(1, 13)] + [date(2026, m, 1) for m in range(1, 8)]
    for month in months:
        row: list[object] = [f"{month.year}M{month.month:02d}"]
        for name, _unit, _code, level in PINK_COLUMNS:
            if name == "Platinum" and month < date(2025, 3, 1):
                row.append("\u2026")  # how the Pink Sheet marks a month without a quote
            else:
                row.append(round(level * float(FILES_RNG.lognormal(0.0, 0.03)), 2))
        sheet.append(row)
    book.create_sheet("Monthly Indices").append(["World Bank Commodity Price Data"])
    book.create_sheet("Description").append(["Gold (UK), 99.5% fine, London afternoon fixing"])
    stamp = datetime(2026, 8, 4, 12, 0)
    book.properties.created = book.properties.modified = stamp
    out = io.BytesIO()
    book.save(out)
    return _fixed_zip_times(out.getvalue(), stamp)


def _fixed_zip_times(data: bytes, stamp: datetime) -> bytes:
    """Rewrite a ZIP (an .xlsx) with fixed entry times, so regenerating is byte-identical."""
    import io
    import zipfile

    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=stamp.timetuple()[:6])
            fixed.compress_type = zipfile.ZIP_DEFLATED
            body = src.read(info.filename)
            if info.filename == "docProps/core.xml":  # openpyxl stamps "modified" on save
                when = stamp.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
                body = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>" + when, body)
            dst.writestr(fixed, body)
    return out.getvalue()


M2_VINTAGES = (  # vintage date: months first published then, months revised then
    ("2026-03-24", ["2026-02-01"], []),
    ("2026-04-28", ["2026-03-01"], ["2026-02-01"]),
    ("2026-05-26", ["2026-04-01"], []),
    ("2026-06-23", ["2026-05-01"], ["2026-04-01", "2026-03-01"]),
    ("2026-07-28", ["2026-06-01"], []),
    ("2026-08-25", ["2026-07-01"], ["2026-06-01"]),
)


def alfred(symbol: str, rows: list[tuple[str, str]]) -> dict[str, object]:
    """The ALFRED archive (``realtime_start=1776-07-04&realtime_end=9999-12-31``), oldest first.

    The last vintage of each month equals the recorded FRED value; earlier
    vintages were revised by a small, fixed amount.
    """
    latest = dict(rows)
    shown: dict[str, list[tuple[str, float]]] = {}
    for vintage, new, revised in M2_VINTAGES:
        for month in new + revised:
            shown.setdefault(month, []).append((vintage, 0.0))
    observations = []
    for month, periods in sorted(shown.items()):
        for k, (start, _) in enumerate(periods):
            last = k == len(periods) - 1
            end = (
                "9999-12-31" if last
                else (date.fromisoformat(periods[k + 1][0]) - timedelta(days=1)).isoformat()
            )  # fmt: skip
            value = float(latest[month]) - (0.0 if last else 12.5 * (len(periods) - 1 - k))
            observations.append(
                {"realtime_start": start, "realtime_end": end, "date": month,
                 "value": f"{value:.1f}"}
            )  # fmt: skip
    observations.sort(key=lambda o: (o["realtime_start"], o["date"]))
    return {
        "_meta": {
            "request": "https://api.stlouisfed.org/fred/series/observations"
            f"?series_id={symbol}&api_key=FILTERED&file_type=json"
            "&realtime_start=1776-07-04&realtime_end=9999-12-31&sort_order=asc"
        },
        "realtime_start": "1776-07-04", "realtime_end": "9999-12-31",
        "observation_start": "1600-01-01", "observation_end": "9999-12-31",
        "units": "lin", "output_type": 1, "file_type": "json", "order_by": "observation_date",
        "sort_order": "asc", "count": len(observations), "offset": 0, "limit": 100000,
        "observations": observations,
    }  # fmt: skip


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
    payload = alfred("M2SL", fred["M2SL"])
    (HERE / "alfred_M2SL.json").write_text(json.dumps(payload) + "\n")
    (HERE / "iacoviello_data_gpr_daily_recent.xls").write_bytes(gpr_daily())
    (HERE / "iacoviello_data_gpr_export.xls").write_bytes(gpr_monthly())
    (HERE / "worldbank_commodity-markets.html").write_text(worldbank_page())
    (HERE / "worldbank_CMO-Historical-Data-Monthly.xlsx").write_bytes(worldbank_workbook())


if __name__ == "__main__":
    main()
