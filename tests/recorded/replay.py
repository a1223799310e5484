"""Replay the recorded answers: an httpx MockTransport, a patched yfinance, a seeded store.

Tests never reach the network: :func:`transport` answers FRED, Coinbase, GPR
(matteoiacoviello.com) and World Bank requests from the files in this folder
(and lets a test inject any fault per request), :func:`patch_yfinance` makes
``yfinance`` read the recorded chart JSON instead of calling Yahoo, and
:func:`seed_store` writes the recordings up to 2026-08-20 into a store as if
they came from the snapshot.
"""

from __future__ import annotations

import atexit
import json
import random
import shutil
import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import httpx
import pandas as pd

from leadwatch.batch import SeriesBatch
from leadwatch.catalog import CATALOG
from leadwatch.providers.http import RetryPolicy
from leadwatch.providers.updater import build_providers

HERE = Path(__file__).resolve().parent
TODAY = date(2026, 8, 28)
NOW = pd.Timestamp("2026-08-28 12:00", tz="UTC")
SEEDED_UNTIL = pd.Timestamp("2026-08-20")
REVISED = ("btc", pd.Timestamp("2026-08-18"))  # the seed holds a stale value here
REVISED_GPR = ("gpr", pd.Timestamp("2026-07-15"))  # older than a week: the long file overlap
FAULTS = ("api_key", "FAKE-KEY-0123456789abcdef")

Fault = Callable[[httpx.Request], httpx.Response | None]


def yahoo_file(symbol: str) -> Path:
    return HERE / f"yahoo_{symbol.replace('^', '').replace('=', '_')}.json"


def recorded_answer(request: httpx.Request) -> httpx.Response:
    """The recorded answer to a FRED or Coinbase request (404 for unknown ids)."""
    url = request.url
    if url.host == "fred.stlouisfed.org":
        path = HERE / f"fred_{url.params['id']}.csv"
        kind = "text/csv"
    elif url.host == "api.stlouisfed.org" and url.path.endswith("/vintagedates"):
        return _alfred_vintage_dates(url)
    elif url.host == "api.stlouisfed.org" and "realtime_start" in url.params:
        return _alfred_page(url)
    elif url.host == "api.stlouisfed.org":
        path = HERE / f"fredapi_{url.params['series_id']}.json"
        kind = "application/json"
    elif url.host == "api.exchange.coinbase.com":
        product = url.path.split("/")[2]
        path = HERE / f"coinbase_{product}.json"
        kind = "application/json"
    elif url.host == "www.matteoiacoviello.com" and url.path.startswith("/gpr_files/"):
        path = HERE / f"iacoviello_{url.path.rsplit('/', 1)[1]}"
        kind = "application/vnd.ms-excel"
    elif url.host == "www.worldbank.org" and url.path == "/en/research/commodity-markets":
        path = HERE / "worldbank_commodity-markets.html"
        kind = "text/html"
    elif url.host == "thedocs.worldbank.org" and url.path.endswith("-Data-Monthly.xlsx"):
        path = HERE / "worldbank_CMO-Historical-Data-Monthly.xlsx"
        kind = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    else:
        return httpx.Response(404, text="not recorded")
    if not path.is_file():
        return httpx.Response(404, json={"message": "NotFound"})
    body = path.read_bytes()
    if path.suffix == ".json" and url.host == "api.stlouisfed.org":
        payload = json.loads(body)
        payload.pop("_meta", None)
        body = json.dumps(payload).encode()
    return httpx.Response(200, content=body, headers={"Content-Type": kind})


def _alfred_archive(url: httpx.URL) -> dict[str, Any] | None:
    path = HERE / f"alfred_{url.params['series_id']}.json"
    if not path.is_file():
        return None
    payload: dict[str, Any] = json.loads(path.read_bytes())
    payload.pop("_meta", None)
    return payload


def alfred_clip(observations: list[dict[str, str]], start: str, end: str) -> list[dict[str, str]]:
    """The rows of a real-time window as FRED gives them: overlapping periods, clipped to it."""
    rows = []
    for row in observations:
        if row["realtime_end"] < start or row["realtime_start"] > end:
            continue
        clipped = dict(row)
        clipped["realtime_start"] = max(row["realtime_start"], start)
        clipped["realtime_end"] = min(row["realtime_end"], end)
        rows.append(clipped)
    return sorted(rows, key=lambda r: (r["date"], r["realtime_start"]))


def _alfred_vintage_dates(url: httpx.URL) -> httpx.Response:
    """``series/vintagedates`` of a recorded archive (paged by ``offset``/``limit``)."""
    payload = _alfred_archive(url)
    if payload is None:
        return httpx.Response(400, json={"error_code": 400, "error_message": "Bad Request."})
    days = sorted({row["realtime_start"] for row in payload["observations"]})
    offset, limit = int(url.params.get("offset", 0)), int(url.params.get("limit", 10000))
    page = {"count": len(days), "offset": offset, "limit": limit}
    return httpx.Response(200, json={**page, "vintage_dates": days[offset : offset + limit]})


def _alfred_page(url: httpx.URL) -> httpx.Response:
    """One page (``offset``, ``limit``) of a recorded ALFRED archive, as the API pages it."""
    payload = _alfred_archive(url)
    if payload is None:
        return httpx.Response(400, json={"error_code": 400, "error_message": "Bad Request."})
    start, end = url.params["realtime_start"], url.params["realtime_end"]
    rows = alfred_clip(payload["observations"], start, end)
    offset, limit = int(url.params.get("offset", 0)), int(url.params.get("limit", 100000))
    payload.update(offset=offset, limit=limit, count=len(rows))
    payload["observations"] = rows[offset : offset + limit]
    return httpx.Response(200, json=payload)


def transport(fault: Fault | None = None, log: list[httpx.Request] | None = None) -> Any:
    """MockTransport replaying recordings; ``fault(request)`` may answer (or raise) first."""

    def handler(request: httpx.Request) -> httpx.Response:
        if log is not None:
            log.append(request)
        if fault is not None:
            answer = fault(request)
            if answer is not None:
                return answer
        return recorded_answer(request)

    return httpx.MockTransport(handler)


class _ChartResponse:
    def __init__(self, symbol: str, body: str) -> None:
        self.status_code = 200
        self.url = f"https://query2.finance.yahoo.com/v8/finance/chart/{symbol}"
        self.text = body

    def json(self) -> Any:
        return json.loads(self.text)


def patch_yfinance(monkeypatch: Any, tz_cache: Path) -> list[str]:
    """Make yfinance read recorded chart JSON; returns the list of symbols it asked for."""
    import yfinance as yf
    from yfinance import data as yfdata

    asked: list[str] = []

    def fake_get(self: Any, url: str, params: Any = None, timeout: int = 30) -> _ChartResponse:
        symbol = url.rsplit("/", 1)[-1]
        asked.append(symbol)
        return _ChartResponse(symbol, yahoo_file(symbol).read_text())

    monkeypatch.setattr(yfdata.YfData, "get", fake_get)
    monkeypatch.setattr(yfdata.YfData, "cache_get", fake_get)
    yf.set_tz_cache_location(str(tz_cache))
    return asked


def chart_frame(symbol: str) -> pd.DataFrame:
    """A recorded chart as ``yfinance.Ticker.history(auto_adjust=False)`` returns it."""
    result = json.loads(yahoo_file(symbol).read_text())["chart"]["result"][0]
    quote = result["indicators"]["quote"][0]
    tz = result["meta"]["exchangeTimezoneName"]
    index = pd.to_datetime(result["timestamp"], unit="s", utc=True).tz_convert(tz).normalize()
    frame = pd.DataFrame(
        {
            "Open": quote["open"],
            "High": quote["high"],
            "Low": quote["low"],
            "Close": quote["close"],
            "Adj Close": result["indicators"]["adjclose"][0]["adjclose"],
            "Volume": quote["volume"],
        },
        index=pd.DatetimeIndex(index, name="Date"),
    )
    return frame


def fake_download(
    fault: Callable[[str], None] | None = None, log: list[str] | None = None
) -> Callable[[str, date | None, date], pd.DataFrame]:
    """A ``YahooProvider(download=...)`` double answering from recordings."""

    def download(symbol: str, start: date | None, end: date) -> pd.DataFrame:
        if log is not None:
            log.append(symbol)
        if fault is not None:
            fault(symbol)
        return chart_frame(symbol)

    return download


def providers(
    *,
    fault: Fault | None = None,
    yahoo_fault: Callable[[str], None] | None = None,
    api_key: str | None = None,
    log: list[httpx.Request] | None = None,
    sleeps: list[float] | None = None,
    download: Callable[[str, date | None, date], pd.DataFrame] | None = None,
) -> dict[str, Any]:
    """The real providers wired to recordings, instant sleeps and a fake clock."""
    clock = [0.0]

    def sleep(seconds: float) -> None:
        if sleeps is not None:
            sleeps.append(seconds)
        clock[0] += seconds

    built = build_providers(
        client=httpx.Client(transport=transport(fault, log)),
        api_key=api_key,
        download=download or fake_download(yahoo_fault),
        policy=RetryPolicy(attempts=4, base_delay=1.0, max_delay=8.0, total_seconds=60.0),
        sleep=sleep,
        clock=lambda: clock[0],
        now=lambda: NOW,
    )
    for provider in built.values():
        if hasattr(provider, "rng"):
            provider.rng = random.Random(0)
    return built


def recorded_frame(series_id: str) -> pd.DataFrame | None:
    """The parsed recording of a series' primary live source (None: no recording)."""
    from leadwatch.providers import gpr, worldbank
    from leadwatch.providers.coinbase import parse_candles
    from leadwatch.providers.fred import parse_csv
    from leadwatch.providers.updater import live_sources
    from leadwatch.providers.yahoo import parse_history

    sources = live_sources(series_id)
    if "fred" in sources:
        symbol = sources["fred"]
        return parse_csv((HERE / f"fred_{symbol}.csv").read_bytes(), symbol=symbol, what="x")
    if "yahoo" in sources:
        return parse_history(chart_frame(sources["yahoo"]), symbol=sources["yahoo"], what="x")
    if "coinbase" in sources:
        return parse_candles((HERE / f"coinbase_{sources['coinbase']}.json").read_bytes(), what="x")
    if "iacoviello" in sources:
        symbol = sources["iacoviello"]
        url = gpr.file_url(symbol)
        data = (HERE / f"iacoviello_{url.rsplit('/', 1)[1]}").read_bytes()
        parse = gpr.parse_daily if url == gpr.DAILY_URL else gpr.parse_monthly
        return parse(data, symbol=symbol, what="x")
    if "worldbank" in sources:
        data = (HERE / "worldbank_CMO-Historical-Data-Monthly.xlsx").read_bytes()
        return worldbank.parse_monthly_prices(data, symbol=sources["worldbank"], what="x")
    return None


_SEEDED: list[Path] = []  # this process's seeded store, built once, copied for each test


def seed_store(path: Path) -> None:
    """Store every live series' recording up to 2026-08-20 (LBMA metals a bit off futures):
    built once per process, then copied (the same bytes a fresh seeding writes but for the
    ingest times)."""
    if not _SEEDED:
        folder = tempfile.mkdtemp(prefix="leadwatch-seed-")
        atexit.register(shutil.rmtree, folder, ignore_errors=True)
        template = Path(folder) / "seed.duckdb"
        _seed(template)
        _SEEDED.append(template)
    for suffix in ("", ".wal"):
        source = _SEEDED[0].with_name(_SEEDED[0].name + suffix)
        if source.exists():
            shutil.copyfile(source, path.with_name(path.name + suffix))


def _seed(path: Path) -> None:
    from leadwatch.store import Store

    batches = []
    for spec in CATALOG.values():
        frame = recorded_frame(spec.id)
        if frame is None:
            continue
        frame = frame.dropna(subset=["value"])
        frame = frame.loc[frame["date"] <= SEEDED_UNTIL, ["date", "value"]].copy()
        if spec.id in ("silver", "gold"):  # LBMA: a different instrument, a day shorter
            frame = frame.loc[frame["date"] < SEEDED_UNTIL]
            frame["value"] = (frame["value"] * 0.99).round(3)
        if spec.id == REVISED[0]:
            frame.loc[frame["date"] == REVISED[1], "value"] += 100.0
        if spec.id == REVISED_GPR[0]:
            frame.loc[frame["date"] == REVISED_GPR[1], "value"] += 5.0
        batches.append(
            SeriesBatch.from_values(
                spec.id, frame, provider="csv_snapshot", location="seed", checksum="seed"
            )
        )
    with Store(path) as store:
        store.write_batches(batches)
