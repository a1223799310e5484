"""Each provider parses its recorded answer, for every catalog series it serves.

The recordings (``tests/recorded``, made by ``make_recordings.py``) follow each
provider's wire format; Yahoo's chart JSON goes through the real ``yfinance``
parser with only its HTTP call replaced.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import httpx
import pandas as pd
import pytest

from leadwatch.catalog import CATALOG
from leadwatch.providers.coinbase import CoinbaseProvider
from leadwatch.providers.fred import FredProvider, parse_csv, parse_json
from leadwatch.providers.gpr import GprProvider
from leadwatch.providers.http import HttpFetcher
from leadwatch.providers.live import FetchRequest
from leadwatch.providers.updater import NO_LIVE_SOURCE, live_sources, plan_update
from leadwatch.providers.worldbank import PinkSheetProvider
from leadwatch.providers.yahoo import YahooProvider, parse_history, yfinance_download
from tests.recorded import replay

PAIRS = [(i, name, symbol) for i in CATALOG for name, symbol in live_sources(i).items()]
START = date(2026, 8, 13)


def _http() -> HttpFetcher:
    return HttpFetcher(httpx.Client(transport=replay.transport()), sleep=lambda s: None)


def test_every_catalog_series_has_a_live_source_and_none_is_skipped() -> None:
    for series_id in CATALOG:
        assert live_sources(series_id), series_id
    assert not NO_LIVE_SOURCE
    assert all(plan.skip_reason is None and plan.sources for plan in plan_update())
    assert {p[0] for p in PAIRS} == set(CATALOG)  # each one is parsed from a recording below


@pytest.mark.parametrize(("series_id", "provider", "symbol"), PAIRS)
def test_recorded_answer_parses(
    series_id: str, provider: str, symbol: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    request = FetchRequest(series_id, symbol, start=None, end=replay.TODAY)
    if provider == "yahoo":
        asked = replay.patch_yfinance(monkeypatch, tmp_path)
        source = YahooProvider(download=yfinance_download, now=lambda: replay.NOW)
        batch = source.fetch(request)
        assert symbol in asked
    elif provider == "fred":
        batch = FredProvider(_http(), now=lambda: replay.NOW).fetch(request)
    elif provider == "iacoviello":
        batch = GprProvider(_http(), now=lambda: replay.NOW).fetch(request)
    elif provider == "worldbank":
        batch = PinkSheetProvider(_http(), now=lambda: replay.NOW).fetch(request)
    else:
        assert provider == "coinbase"
        batch = CoinbaseProvider(_http(), now=lambda: replay.NOW).fetch(request)
    frame = batch.frame
    assert batch.rows >= 1 and batch.provider == provider
    assert frame["date"].is_monotonic_increasing and not frame["date"].duplicated().any()
    assert frame["value"].notna().all()
    spec = CATALOG[series_id]
    closed = spec.observed_at(pd.DatetimeIndex(frame["date"])) <= replay.NOW
    if series_id not in ("silver", "gold"):
        assert closed.all()  # today's unfinished bar is never stored
    if spec.calendar in ("weekdays",):
        assert (frame["date"].dt.day_of_week < 5).all()
    assert "api_key" not in batch.location


def test_yahoo_futures_dates_are_local_exchange_dates(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    replay.patch_yfinance(monkeypatch, tmp_path)
    raw = yfinance_download("SI=F", START, replay.TODAY)
    assert str(raw.index.tz) == "America/New_York"
    frame = parse_history(raw, symbol="SI=F", what="x")
    # bars start 04:00 UTC = midnight New York: the label is that New York date
    assert frame["date"].iloc[0] == pd.Timestamp("2026-08-13")
    assert set(frame["date"].dt.day_of_week) <= {0, 1, 2, 3, 4}


def test_yahoo_crypto_missing_day_stays_missing_and_today_is_dropped(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    replay.patch_yfinance(monkeypatch, tmp_path)
    source = YahooProvider(download=yfinance_download, now=lambda: replay.NOW)
    batch = source.fetch(FetchRequest("btc", "BTC-USD", start=START, end=replay.TODAY))
    dates = set(batch.frame["date"].dt.strftime("%Y-%m-%d"))
    assert "2026-08-23" not in dates  # missing in the answer: not invented
    assert "2026-08-28" not in dates  # today's candle closes at 00:00 UTC tomorrow
    assert "2026-08-27" in dates


def test_yahoo_multiindex_and_auto_adjusted_shapes() -> None:
    frame = replay.chart_frame("GC=F")
    multi = frame.copy()
    multi.columns = pd.MultiIndex.from_product([frame.columns, ["GC=F"]], names=["Price", "Ticker"])
    adjusted = frame.drop(columns="Adj Close")  # auto_adjust=True shape
    expected = parse_history(frame, symbol="GC=F", what="x")
    pd.testing.assert_frame_equal(parse_history(multi, symbol="GC=F", what="x"), expected)
    pd.testing.assert_frame_equal(parse_history(adjusted, symbol="GC=F", what="x"), expected)


def test_fred_old_csv_header_and_dot_missing() -> None:
    frame = parse_csv(b"DATE,DGS10\n2024-01-02,3.95\n2024-01-03,.\n", symbol="DGS10", what="x")
    assert frame["value"].isna().tolist() == [False, True]


def test_fred_json_api_recording_matches_csv() -> None:
    body = (replay.HERE / "fredapi_M2SL.json").read_bytes()
    assert b"FILTERED" in body and b"api_key=FILTERED" in body  # secret filtered in the recording
    via_json = parse_json(body, symbol="M2SL", what="x")
    via_csv = parse_csv((replay.HERE / "fred_M2SL.csv").read_bytes(), symbol="M2SL", what="x")
    pd.testing.assert_frame_equal(via_json, via_csv)


def test_fred_with_key_uses_json_api_and_keeps_key_out_of_location() -> None:
    log: list[httpx.Request] = []
    http = HttpFetcher(httpx.Client(transport=replay.transport(log=log)), sleep=lambda s: None)
    source = FredProvider(http, api_key="K-123", now=lambda: replay.NOW)
    batch = source.fetch(FetchRequest("yield_10y", "DGS10", start=START, end=replay.TODAY))
    assert log[0].url.host == "api.stlouisfed.org" and log[0].url.params["api_key"] == "K-123"
    assert "K-123" not in batch.location and batch.rows > 0


def test_coinbase_pages_300_days_and_sorts_ascending() -> None:
    log: list[httpx.Request] = []
    http = HttpFetcher(httpx.Client(transport=replay.transport(log=log)), sleep=lambda s: None)
    source = CoinbaseProvider(http, now=lambda: replay.NOW)
    batch = source.fetch(FetchRequest("btc", "BTC-USD", start=date(2025, 1, 1), end=replay.TODAY))
    assert len(log) == 3  # 605 days: pages of 300, 300 and 5 candles
    assert batch.frame["date"].is_monotonic_increasing
    assert batch.frame["date"].max() == pd.Timestamp("2026-08-27")
