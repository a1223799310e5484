"""`leadwatch data update` against every fault the real internet produces.

Each test injects one fault (httpx ``MockTransport`` for FRED/Coinbase, a fake
``yfinance`` download for Yahoo), runs the real command through typer's
CliRunner, and checks what the user sees, the exit code and the store after.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pandas as pd
import pytest
from typer.testing import CliRunner

from leadwatch.cli import app
from leadwatch.store import Store
from tests.recorded import replay

runner = CliRunner()
KEY = "FAKE-KEY-0123456789abcdef"


@pytest.fixture()
def store_path(tmp_path: Path) -> Path:
    path = tmp_path / "live.duckdb"
    replay.seed_store(path)
    return path


def run(
    monkeypatch: pytest.MonkeyPatch,
    store_path: Path,
    *args: str,
    fault: replay.Fault | None = None,
    yahoo_fault: Callable[[str], None] | None = None,
    sleeps: list[float] | None = None,
) -> tuple[int, str, str]:
    def built(**kwargs: Any) -> dict[str, Any]:
        return replay.providers(
            fault=fault, yahoo_fault=yahoo_fault, api_key=kwargs.get("api_key"), sleeps=sleeps
        )

    monkeypatch.setattr("leadwatch.providers.updater.build_providers", built)
    monkeypatch.setattr("leadwatch.api.data._utc_today", lambda: replay.TODAY)
    result = runner.invoke(app, ["--store", str(store_path), "data", "update", *args])
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.stdout, result.stderr


def summary(stdout: str) -> dict[str, dict[str, Any]]:
    return {s["series_id"]: s for s in json.loads(stdout)["series"]}


def on(symbol: str, answer: Callable[[httpx.Request], httpx.Response]) -> replay.Fault:
    """A fault hitting only requests for ``symbol``."""

    def fault(request: httpx.Request) -> httpx.Response | None:
        params = request.url.params
        wanted = params.get("id") or params.get("series_id") or request.url.path.split("/")[2:3]
        return (
            answer(request)
            if symbol in (wanted if isinstance(wanted, list) else [wanted])
            else None
        )

    return fault


def stored(path: Path, series_id: str) -> pd.DataFrame:
    with Store(path, read_only=True) as store:
        return store.read(series_id).loc[:, ["date", "value", "ingest_id"]]


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def raise_(exc: Exception) -> Callable[[httpx.Request], httpx.Response]:
    def answer(request: httpx.Request) -> httpx.Response:
        raise exc

    return answer


# -- the good path, revisions, idempotence ------------------------------------------------------


def test_update_all_adds_new_rows_records_revision_and_is_idempotent(
    monkeypatch: pytest.MonkeyPatch, store_path: Path
) -> None:
    code, out, err = run(monkeypatch, store_path, "--json")
    assert code == 0, err
    rows = summary(out)
    assert rows["btc"]["status"] == "updated" and rows["btc"]["revised"] == 1
    assert rows["yield_10y"]["new"] == 5 and rows["yield_10y"]["last"] == "2026-08-27"
    assert not [s for s in rows.values() if s["status"] == "skipped"]  # every series has a source
    assert rows["gpr"]["status"] == "updated" and rows["gpr"]["provider"] == "iacoviello"
    assert (rows["gpr"]["new"], rows["gpr"]["revised"], rows["gpr"]["last"]) == (4, 1, "2026-08-24")
    assert rows["gold_monthly"]["status"] == "current"
    with Store(store_path, read_only=True) as store:
        revisions = store.revisions("btc")
        gpr_revisions = store.revisions("gpr")
    assert revisions["date"].astype(str).tolist() == ["2026-08-18"]
    assert (revisions["old_value"] - revisions["new_value"]).round(6).tolist() == [100.0]
    # the seed row had no OHLCV and no source: the detail says every field the update wrote
    assert revisions["fields"].tolist() == ["value, open, high, low, close, volume, source"]
    # the authors revised a value five weeks back: the whole-file overlap catches it
    assert gpr_revisions["date"].astype(str).tolist() == ["2026-07-15"]
    assert (gpr_revisions["old_value"] - gpr_revisions["new_value"]).round(6).tolist() == [5.0]
    again_code, again, _ = run(monkeypatch, store_path, "--json")
    assert again_code == 0
    assert {s["status"] for s in summary(again).values()} <= {"current", "skipped"}


def test_summary_table_and_progress_text(monkeypatch: pytest.MonkeyPatch, store_path: Path) -> None:
    code, out, _ = run(monkeypatch, store_path)
    assert code == 0, out
    for words in ("series", "revised", "btc", "updated", "iacoviello GPRD", "worldbank Gold"):
        assert words in out
    assert "skipped" not in out
    assert "note: silver: spliced onto SI=F futures from 2026-08-20" in out


def test_metals_splice_is_recorded_and_shown_in_status(
    monkeypatch: pytest.MonkeyPatch, store_path: Path
) -> None:
    before = stored(store_path, "silver")
    code, out, _ = run(monkeypatch, store_path, "silver", "gold", "--json")
    assert code == 0
    assert "spliced onto SI=F futures from 2026-08-20" in summary(out)["silver"]["splice"]
    after = stored(store_path, "silver")
    pd.testing.assert_frame_equal(after.iloc[: len(before)], before)  # LBMA untouched
    assert after["date"].max() == pd.Timestamp("2026-08-27")  # today's bar is not closed
    run(monkeypatch, store_path, "silver", "--since", "2026-08-01", "--json")
    pd.testing.assert_frame_equal(stored(store_path, "silver").iloc[: len(before)], before)
    status = runner.invoke(app, ["--store", str(store_path), "data", "status", "--json"])
    silver = next(s for s in json.loads(status.stdout)["series"] if s["id"] == "silver")
    assert "LBMA Silver Price, London midday auction to 2026-08-19" in silver["instrument"]
    assert "COMEX silver futures SI=F (front month, Yahoo) from 2026-08-20" in silver["instrument"]
    with Store(store_path, read_only=True) as store:
        assert len(store.splices("silver")) == 1


# -- faults -----------------------------------------------------------------------------------


FAULTS: dict[str, tuple[str, Callable[[httpx.Request], httpx.Response], str]] = {
    "timeout": ("DGS10", raise_(httpx.ReadTimeout("read timed out")), "timed out"),
    "http_503": ("DGS10", lambda r: httpx.Response(503), "HTTP 503"),
    "http_429": ("DGS10", lambda r: httpx.Response(429), "HTTP 429"),
    "html_page": (
        "DGS10",
        lambda r: httpx.Response(200, text="<!DOCTYPE html><html>Service Unavailable</html>"),
        "HTML page where CSV was expected",
    ),
    "truncated_csv": (
        "DGS10",
        lambda r: httpx.Response(200, text="observation_date,DGS10\n2026-08-13,4.5\n2026-0"),
        "not an ISO date (truncated",
    ),
    "broken_connection": (
        "DGS10",
        raise_(httpx.RemoteProtocolError("peer closed connection without sending complete body")),
        "body truncated",
    ),
    "empty_body": ("DGS10", lambda r: httpx.Response(200, text=""), "empty answer"),
    "schema_change": (
        "DGS10",
        lambda r: httpx.Response(200, text="observation_date,VALUE\n2026-08-21,4.5\n"),
        "expected columns observation_date,DGS10; found observation_date,VALUE",
    ),
    "not_found": ("DGS10", lambda r: httpx.Response(404), "HTTP 404"),
}


@pytest.mark.parametrize("name", list(FAULTS))
def test_fault_on_one_series_leaves_it_untouched_and_updates_the_others(
    name: str, monkeypatch: pytest.MonkeyPatch, store_path: Path
) -> None:
    symbol, answer, words = FAULTS[name]
    before = stored(store_path, "yield_10y")
    sleeps: list[float] = []
    code, out, _err = run(
        monkeypatch, store_path, "--json", fault=on(symbol, answer), sleeps=sleeps
    )
    assert code == 1
    rows = summary(out)
    assert rows["yield_10y"]["status"] == "failed"
    assert words in rows["yield_10y"]["message"]
    assert rows["yield_10y"]["message"].startswith("fred yield_10y (DGS10)")
    assert json.loads(out)["failed"] == ["yield_10y"]
    pd.testing.assert_frame_equal(stored(store_path, "yield_10y"), before)
    assert rows["real_yield_10y"]["status"] == "updated" and rows["btc"]["status"] == "updated"
    assert sum(sleeps) <= 60.0


def test_retry_after_then_success_updates(
    monkeypatch: pytest.MonkeyPatch, store_path: Path
) -> None:
    calls = {"n": 0}

    def flaky(request: httpx.Request) -> httpx.Response | None:
        if request.url.params.get("id") == "DGS10" and calls["n"] < 2:
            calls["n"] += 1
            return httpx.Response(429, headers={"Retry-After": "3"})
        return None

    sleeps: list[float] = []
    code, out, _ = run(monkeypatch, store_path, "yield_10y", "--json", fault=flaky, sleeps=sleeps)
    assert code == 0 and summary(out)["yield_10y"]["new"] == 5
    assert sleeps == [3.0, 3.0]


def test_coinbase_truncated_json_is_bad_response(
    monkeypatch: pytest.MonkeyPatch, store_path: Path
) -> None:
    code, out, _ = run(
        monkeypatch,
        store_path,
        "btc",
        "--provider",
        "coinbase",
        "--json",
        fault=on("BTC-USD", lambda r: httpx.Response(200, text="[[1787788800, 7000")),
    )
    assert code == 1 and "invalid or truncated JSON" in summary(out)["btc"]["message"]


def test_yahoo_rate_limit_falls_back_to_coinbase(
    monkeypatch: pytest.MonkeyPatch, store_path: Path
) -> None:
    from yfinance.exceptions import YFRateLimitError

    def limited(symbol: str) -> None:
        raise YFRateLimitError()

    code, out, _ = run(monkeypatch, store_path, "btc", "eth", "dxy", "--json", yahoo_fault=limited)
    rows = summary(out)
    assert code == 1  # dxy has no second source
    assert rows["btc"]["status"] == "updated" and rows["btc"]["provider"] == "coinbase"
    assert "fell back to coinbase" in rows["btc"]["message"]
    assert "rate limit" in rows["btc"]["message"]
    assert rows["btc"]["revised"] == 0  # a fallback adds dates, never revises
    assert rows["dxy"]["status"] == "failed" and "rate limit" in rows["dxy"]["message"]


@pytest.mark.parametrize(
    ("frame", "words"),
    [
        (pd.DataFrame(), "empty answer"),
        (replay.chart_frame("DX-Y.NYB").drop(columns=["Close"]), "no 'Close' column"),
    ],
    ids=["empty", "schema_change"],
)
def test_yahoo_bad_frames(
    frame: pd.DataFrame, words: str, monkeypatch: pytest.MonkeyPatch, store_path: Path
) -> None:
    before = stored(store_path, "dxy")

    def download(symbol: str, start: Any, end: Any) -> pd.DataFrame:
        return frame

    def built(**kwargs: Any) -> dict[str, Any]:
        return replay.providers(download=download)

    monkeypatch.setattr("leadwatch.providers.updater.build_providers", built)
    monkeypatch.setattr("leadwatch.api.data._utc_today", lambda: replay.TODAY)
    result = runner.invoke(app, ["--store", str(store_path), "data", "update", "dxy", "--json"])
    assert result.exit_code == 1
    assert words in summary(result.stdout)["dxy"]["message"]
    pd.testing.assert_frame_equal(stored(store_path, "dxy"), before)


def test_fred_down_falls_back_to_yahoo_for_vix(
    monkeypatch: pytest.MonkeyPatch, store_path: Path
) -> None:
    def fred_down(request: httpx.Request) -> httpx.Response | None:
        if "stlouisfed" in request.url.host:
            raise httpx.ConnectError("connection refused")
        return None

    code, out, _err = run(monkeypatch, store_path, "--json", fault=fred_down)
    rows = summary(out)
    assert code == 1
    assert rows["vix"]["status"] == "updated" and rows["vix"]["provider"] == "yahoo"
    assert rows["m2"]["status"] == "failed" and "cannot connect to" in rows["m2"]["message"]
    assert json.loads(out)["offline"] is False


# -- offline ----------------------------------------------------------------------------------


def test_offline_leaves_store_byte_identical_and_report_still_works(
    monkeypatch: pytest.MonkeyPatch, store_path: Path
) -> None:
    before = digest(store_path)

    def no_network(symbol: str) -> None:
        raise ConnectionError("Failed to resolve 'query2.finance.yahoo.com'")

    code, _out, err = run(
        monkeypatch,
        store_path,
        fault=lambda r: (_ for _ in ()).throw(httpx.ConnectError("[Errno -3] name resolution")),
        yahoo_fault=no_network,
    )
    assert code == 1
    assert "offline: no data provider could be reached" in err
    assert "leadwatch report" in err
    assert digest(store_path) == before
    from leadwatch.api import build_report_data

    with Store(store_path, read_only=True) as store:
        data = build_report_data(store)
    assert data.as_of == pd.Timestamp("2026-08-20")


# -- secrets ----------------------------------------------------------------------------------


def test_api_key_never_leaks_on_any_failure_path(
    monkeypatch: pytest.MonkeyPatch, store_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setenv("FRED_API_KEY", KEY)
    answers = [
        raise_(httpx.ConnectError("could not connect to {url}")),
        raise_(httpx.ReadTimeout("timeout on {url}")),
        lambda r: httpx.Response(400, text=f"bad api_key {r.url}"),
        lambda r: httpx.Response(429, headers={"Retry-After": "99999"}),
        lambda r: httpx.Response(500, text=str(r.url)),
        lambda r: httpx.Response(200, text=f"<html>{r.url}</html>"),
        lambda r: httpx.Response(200, text='{"observations": [{"date": "' + str(r.url)),
        lambda r: httpx.Response(200, text="{}"),
    ]
    symbols = ["DGS10", "DFII10", "T10YIE", "DFF", "FEDFUNDS", "WALCL", "M2SL", "DTWEXBGS"]

    def fault(request: httpx.Request) -> httpx.Response | None:
        assert request.url.params.get("api_key") in (None, KEY)
        sid = request.url.params.get("series_id")
        if sid in symbols:
            answer = answers[symbols.index(sid)]
            try:
                return answer(request)
            except httpx.HTTPError as exc:
                raise type(exc)(str(exc).format(url=request.url)) from None
        return None

    caplog.set_level(logging.DEBUG)
    code, out, err = run(monkeypatch, store_path, fault=fault)
    code_json, out_json, err_json = run(monkeypatch, store_path, "--json", fault=fault)
    assert code == 1 and code_json == 1
    assert "api_key=***" in out + err + out_json  # the scrubbed URL is shown, the key is not
    for text in (out, err, out_json, err_json, caplog.text):
        assert KEY not in text
    assert KEY.encode() not in store_path.read_bytes()
    with Store(store_path, read_only=True) as store:
        assert not store.ingest_log()["location"].str.contains(KEY).any()


# -- bad input --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["slver"], "did you mean 'silver'"),
        (["--since", "2026-02-30"], "--since '2026-02-30' is not a date"),
        (["--since", "2027-01-01"], "is in the future"),
        (["--provider", "bloomberg"], "unknown provider 'bloomberg'"),
        (["m2", "--provider", "yahoo"], "not available from yahoo"),
    ],
)
def test_bad_input_exits_2_and_writes_nothing(
    args: list[str], words: str, monkeypatch: pytest.MonkeyPatch, store_path: Path
) -> None:
    before = digest(store_path)
    code, _out, err = run(monkeypatch, store_path, *args)
    assert code == 2
    assert words in err
    assert digest(store_path) == before
