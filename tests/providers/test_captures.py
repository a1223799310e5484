"""Providers against what the services really send: the real captures in shared/fixtures/providers.

Each file is read in place (its README names the public project that captured it);
nothing from it is copied into the repository. The five defects of issue 16 each
have a test here that failed before its fix.
"""

from __future__ import annotations

import json
import random
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import httpx
import pandas as pd
import pytest

from leadwatch.errors import BadResponse
from leadwatch.providers import alfred, coinbase, fred, gpr, worldbank, yahoo
from leadwatch.providers.http import HttpFetcher, RetryPolicy
from leadwatch.providers.live import FetchRequest
from tests.paths import SHARED
from tests.recorded.replay import alfred_clip

CAPTURES = SHARED / "fixtures" / "providers"
pytestmark = pytest.mark.skipif(not CAPTURES.is_dir(), reason="shared captures not present")


def _capture(relative: str) -> bytes:
    return (CAPTURES / relative).read_bytes()


def _fetcher(handler: Any, log: list[httpx.Request] | None = None) -> HttpFetcher:
    def logged(request: httpx.Request) -> httpx.Response:
        if log is not None:
            log.append(request)
        answer: httpx.Response = handler(request)
        return answer

    client = httpx.Client(transport=httpx.MockTransport(logged))
    policy = RetryPolicy(attempts=3, base_delay=0.0, max_delay=0.0, total_seconds=5.0)
    return HttpFetcher(client, policy=policy, sleep=lambda s: None, rng=random.Random(0))


# --- every capture parses -------------------------------------------------------------


@pytest.mark.parametrize(
    "name", sorted(p.name for p in (CAPTURES / "fred").glob("*.csv")) if CAPTURES.is_dir() else []
)
def test_every_fredgraph_csv_capture_parses(name: str) -> None:
    body = _capture(f"fred/{name}")
    symbol = body.split(b"\n", 1)[0].decode().strip().split(",")[1]
    frame = fred.parse_csv(body, symbol=symbol, what=name)
    assert len(frame) > 100 and frame["date"].is_monotonic_increasing
    assert frame["value"].notna().mean() > 0.9  # blanks and "." are NaN, the rest numbers
    if "DATEheader" in name:
        assert body.startswith(b"DATE,")  # the old header is still read


def test_every_fred_api_json_capture_parses() -> None:
    jsons = sorted((CAPTURES / "fredapi").glob("*.json"))
    parsed = 0
    for path in jsons:
        payload = json.loads(path.read_bytes())
        if "observations" not in payload:
            assert "error_message" in payload  # the 400 body, tested below
            continue
        if not payload["observations"]:
            with pytest.raises(BadResponse, match="empty answer"):
                fred.parse_json(path.read_bytes(), symbol="X", what=path.name)
            continue
        frame = fred.parse_json(path.read_bytes(), symbol="X", what=path.name)
        dots = sum(o["value"] == "." for o in payload["observations"])
        assert int(frame["value"].isna().sum()) == dots
        parsed += 1
    assert parsed >= 8


def test_coinbase_capture_parses_newest_first_into_ascending_utc_days() -> None:
    body = _capture("coinbase/treble_btc_usd_candles_2026-07-31.json")
    frame = coinbase.parse_candles(body, what="btc (BTC-USD)")
    raw = json.loads(body)
    assert len(frame) == len(raw) and frame["date"].is_monotonic_increasing
    assert frame["date"].iloc[-1] == pd.Timestamp(raw[0][0], unit="s").normalize()
    assert frame["close"].iloc[-1] == raw[0][4]


@pytest.mark.parametrize(
    "name",
    sorted(p.name for p in (CAPTURES / "gpr").glob("*daily_recent.xls"))
    if CAPTURES.is_dir()
    else [],
)
def test_gpr_daily_captures_parse(name: str) -> None:
    body = _capture(f"gpr/{name}")
    for symbol in gpr.DAILY_SYMBOLS:
        frame = gpr.parse_daily(body, symbol=symbol, what=name)
        assert len(frame) > 1000 and frame["date"].is_monotonic_increasing
        assert frame["date"].iloc[0] == pd.Timestamp("1985-01-01")


def test_gpr_monthly_capture_parses() -> None:
    body = _capture("gpr/siddharth_2026_data_gpr_export.xls")
    frame = gpr.parse_monthly(body, symbol="GPR", what="gpr")
    assert frame["date"].iloc[0] == pd.Timestamp("1985-01-01")
    assert frame["date"].iloc[-1] == pd.Timestamp("2025-12-01")


@pytest.mark.parametrize(
    "name",
    sorted(p.name for p in (CAPTURES / "worldbank").glob("*.xlsx")) if CAPTURES.is_dir() else [],
)
def test_pink_sheet_captures_parse(name: str) -> None:
    frame = worldbank.parse_monthly_prices(_capture(f"worldbank/{name}"), symbol="GOLD", what=name)
    assert len(frame) > 700 and frame["value"].notna().all()
    assert frame["date"].iloc[0] == pd.Timestamp("1960-01-01")


# --- Yahoo through the real yfinance code path -------------------------------------------


class _Answer:
    """What yfinance's session returns (the attributes it reads)."""

    def __init__(self, url: str, body: bytes, status: int) -> None:
        self.url, self.text, self.status_code = url, body.decode(), status
        self.ok = status < 400
        self.reason = "Not Found" if status == 404 else "OK"

    def json(self) -> Any:
        return json.loads(self.text)

    def raise_for_status(self) -> None:
        from curl_cffi.requests.exceptions import HTTPError

        if not self.ok:
            raise HTTPError(f"HTTP Error {self.status_code}: {self.reason}", 0, self)


def _serve_yahoo(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, body: bytes, status: int = 200
) -> list[str]:
    import yfinance as yf
    from yfinance import data as yfdata

    asked: list[str] = []

    def fake_get(self: Any, url: str, params: Any = None, timeout: int = 30) -> _Answer:
        asked.append(url)
        return _Answer(url, body, status)

    monkeypatch.setattr(yfdata.YfData, "get", fake_get)
    monkeypatch.setattr(yfdata.YfData, "cache_get", fake_get)
    yf.set_tz_cache_location(str(tmp_path / "tz"))
    return asked


def _yahoo(now: pd.Timestamp, sleeps: list[float] | None = None) -> yahoo.YahooProvider:
    return yahoo.YahooProvider(
        policy=RetryPolicy(attempts=3, base_delay=1.0, max_delay=2.0, total_seconds=30.0),
        sleep=(sleeps.append if sleeps is not None else lambda s: None),
        clock=lambda: 0.0,
        rng=random.Random(0),
        now=lambda: now,
    )


def test_aapl_chart_capture_parses_through_yfinance(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    _serve_yahoo(monkeypatch, tmp_path, _capture("yahoo/aapl_chart_5d_1d_2026-07-24.json"))
    raw = yahoo.yfinance_download("AAPL", date(2026, 7, 20), date(2026, 7, 24))
    frame = yahoo.parse_history(raw, symbol="AAPL", what="aapl")
    assert frame["date"].dt.strftime("%m-%d").tolist() == [
        "07-20",
        "07-21",
        "07-22",
        "07-23",
        "07-24",
    ]
    assert frame["close"].iloc[0] == pytest.approx(326.5899963378906)
    assert raw.attrs["last_trade"] == pd.Timestamp(1784903522, unit="s", tz="UTC")


def test_es_futures_evening_bar_is_not_stored_as_the_closed_day(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Defect 1: the capture was taken at 20:44 New York, in the evening session.

    Its last bar (stamped 20:34 New York on 2025-12-22, 11,874 contracts) is the
    2025-12-23 session still trading; stored as 2025-12-22 it would replace that
    day's close. The request is timed as a CME future closing 17:00 New York.
    """
    _serve_yahoo(
        monkeypatch, tmp_path, _capture("yahoo/openbb_ESF_chart_1d_2025-12-23_TRIMMED_last4.json")
    )
    taken = pd.Timestamp("2025-12-23 01:44:12", tz="UTC")  # the capture's Date header
    request = FetchRequest("silver_fut", "ES=F", start=None, end=taken.date())
    batch = _yahoo(taken).fetch(request)
    days = batch.frame["date"].dt.strftime("%Y-%m-%d").tolist()
    assert days == ["2025-12-17", "2025-12-18", "2025-12-19"]
    assert 6930.25 not in batch.frame["value"].tolist()
    # the same answer read after the close of the 23rd session: the bar is then closed
    later = _yahoo(pd.Timestamp("2025-12-23 23:00", tz="UTC"))
    monkeypatch.setattr(
        yahoo, "drop_open_session", lambda frame, **_: frame
    )  # what the code did before the fix: the evening bar lands on the 22nd
    assert "2025-12-22" in later.fetch(request).frame["date"].dt.strftime("%Y-%m-%d").tolist()


def test_delisted_symbol_fails_at_once_with_yahoos_words(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Defect 4: the real 404 body ("No data found, symbol may be delisted")."""
    asked = _serve_yahoo(
        monkeypatch, tmp_path, _capture("yahoo/chart_404_not_found_body.json"), status=404
    )
    sleeps: list[float] = []
    request = FetchRequest("silver_fut", "XAGZZ=F", start=None, end=date(2026, 7, 24))
    with pytest.raises(BadResponse) as info:
        _yahoo(pd.Timestamp("2026-07-24 12:00", tz="UTC"), sleeps).fetch(request)
    text = str(info.value)
    assert "symbol may be delisted" in text and "try again later" not in text
    assert "check the symbol" in text
    assert sleeps == [] and sum("/chart/" in url for url in asked) == 1  # no retry


# --- HTTP errors keep the service's own words (defect 3) ---------------------------------


def test_fred_400_keeps_freds_error_message() -> None:
    body = _capture("fredapi/fredr_error400_bad_series_id.json")
    http = _fetcher(lambda r: httpx.Response(400, content=body))
    provider = fred.FredProvider(http, api_key="SECRET-123")
    request = FetchRequest("yield_10y", "NOT A SERIES", start=None, end=date(2024, 1, 2))
    with pytest.raises(BadResponse) as info:
        provider.fetch(request)
    text = str(info.value)
    assert "Series IDs should be 25 or less alphanumeric characters" in text
    assert "HTTP 400" in text and "SECRET-123" not in text


def test_coinbase_error_keeps_its_message() -> None:
    http = _fetcher(lambda r: httpx.Response(404, json={"message": "NotFound"}))
    request = FetchRequest("btc", "BTC-USDX", start=date(2026, 7, 1), end=date(2026, 7, 2))
    with pytest.raises(BadResponse, match="the service says: NotFound"):
        coinbase.CoinbaseProvider(http).fetch(request)


# --- fredgraph.csv without an Accept header (defect 5) -----------------------------------


def test_fredgraph_request_carries_no_accept_header_but_the_api_does() -> None:
    body = _capture("fred/acc102_DGS10.csv")
    log: list[httpx.Request] = []
    http = _fetcher(lambda r: httpx.Response(200, content=body), log)
    request = FetchRequest("yield_10y", "DGS10", start=None, end=date(2026, 4, 1))
    batch = fred.FredProvider(http, now=lambda: pd.Timestamp("2026-04-02", tz="UTC")).fetch(request)
    assert batch.rows > 100
    assert "accept" not in log[0].headers and log[0].url.path.endswith("fredgraph.csv")
    api_body = _capture("fredapi/openbb_fred_spot_rate_HQMCB10YR_2024-06-27.json")
    api = _fetcher(lambda r: httpx.Response(200, content=api_body), log)
    fred.FredProvider(api, api_key="k").fetch(
        FetchRequest("yield_10y", "HQMCB10YR", start=None, end=date(2024, 6, 27))
    )
    assert log[1].headers["accept"] == "*/*"


# --- ALFRED pages vintages (defect 2) ----------------------------------------------------

_REFUSAL = (
    "Bad Request.  There are {n} vintage dates in the specified real-time period: "
    "{start} to {end}.  This exceeds the maximum number of vintage dates allowed (2000)."
)


def _daily_archive(days: int) -> list[dict[str, str]]:
    """A daily series' archive: one vintage a business day, each adding a value and
    revising the previous one once (values change, so periods are cut by vintages)."""
    first = date(2010, 1, 4)
    vintages = [first + timedelta(days=i) for i in range(days)]
    rows: list[dict[str, str]] = []
    for i, day in enumerate(vintages):
        end = "9999-12-31" if i + 2 >= days else (vintages[i + 1] - timedelta(days=1)).isoformat()
        rows.append(
            {
                "date": (day - timedelta(days=1)).isoformat(),
                "realtime_start": day.isoformat(),
                "realtime_end": end,
                "value": f"{100 + i}.0",
            }
        )
        if i + 1 < days:  # revised once by the next vintage, then final
            rows[-1]["realtime_end"] = (vintages[i + 1] - timedelta(days=1)).isoformat()
            rows.append(
                {
                    "date": (day - timedelta(days=1)).isoformat(),
                    "realtime_start": vintages[i + 1].isoformat(),
                    "realtime_end": "9999-12-31",
                    "value": f"{100 + i}.5",
                }
            )
    return rows


def _fred_archive_server(rows: list[dict[str, str]]) -> Any:
    """Answers like the FRED API, including its 2,000-vintage refusal."""
    vintages = sorted({r["realtime_start"] for r in rows})

    def handler(request: httpx.Request) -> httpx.Response:
        params = request.url.params
        start, end = params["realtime_start"], params["realtime_end"]
        offset, limit = int(params["offset"]), int(params["limit"])
        inside = [v for v in vintages if start <= v <= end]
        if request.url.path.endswith("/vintagedates"):
            page = inside[offset : offset + limit]
            return httpx.Response(200, json={"count": len(inside), "vintage_dates": page})
        if len(inside) > alfred.MAX_VINTAGES:
            message = _REFUSAL.format(n=len(inside), start=start, end=end)
            return httpx.Response(400, json={"error_code": 400, "error_message": message})
        clipped = alfred_clip(rows, start, end)
        page_rows = clipped[offset : offset + limit]
        return httpx.Response(200, json={"count": len(clipped), "observations": page_rows})

    return handler


def test_alfred_pages_a_daily_archive_of_more_than_2000_vintages(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    rows = _daily_archive(4500)
    log: list[httpx.Request] = []
    provider = alfred.AlfredProvider(_fetcher(_fred_archive_server(rows), log), api_key="k")
    monkeypatch.setattr(alfred, "PAGE", 3000)  # window pages too, not only windows
    batch = provider.fetch("yield_10y", "DGS10")
    windows = {
        (r.url.params["realtime_start"], r.url.params["realtime_end"])
        for r in log
        if r.url.path.endswith("/observations")
    }
    assert len(windows) == 3  # 4,500 vintages in windows of at most 2,000
    expected = pd.DataFrame(rows)
    got = batch.frame.assign(
        **{c: batch.frame[c].astype(str) for c in ("date", "realtime_start", "realtime_end")}
    )
    key = ["date", "realtime_start"]
    merged = expected.sort_values(key).reset_index(drop=True)
    got = got.sort_values(key).reset_index(drop=True)
    assert got[["date", "realtime_start", "realtime_end"]].equals(
        merged[["date", "realtime_start", "realtime_end"]]
    )  # periods cut at window edges are whole again
    assert (got["value"] == merged["value"].astype(float)).all()


def test_alfred_refusal_text_reaches_the_user_when_a_window_is_refused() -> None:
    rows = _daily_archive(2100)

    def server(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/vintagedates"):  # a service that lists no dates
            return httpx.Response(200, json={"count": 0, "vintage_dates": []})
        answer: httpx.Response = _fred_archive_server(rows)(request)
        return answer

    provider = alfred.AlfredProvider(_fetcher(server), api_key="k")
    with pytest.raises(BadResponse, match=r"maximum number of vintage dates allowed \(2000\)"):
        provider.fetch("yield_10y", "DGS10")
