"""``leadwatch watch``: alerts de-duplicated across restarts, nothing lost, webhook faults."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator, Mapping
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path
from typing import Any, ClassVar

import httpx
import numpy as np
import pandas as pd
import pytest
from typer.testing import CliRunner

from leadwatch.analysis.phases.config import load_phase_config
from leadwatch.api.watch import parse_every, redact_url, watch_once, webhook_url
from leadwatch.cli import app
from leadwatch.errors import DataError, Unavailable
from leadwatch.store import Store
from tests.analysis.phases.test_classify import synthetic_raw, write_store
from tests.paths import REPO

SECRET = "https://hooks.example.com/services/T000/B000/s3cr3tT0ken"
RAW = synthetic_raw(1400, seed=4)
RAW["vix"] = RAW["vix"] * 0 + 12.0  # calm until the planted spike
RAW["gpr"] = pd.Series(200.0 - 0.01 * np.arange(len(RAW["gpr"])), RAW["gpr"].index)  # easing
CUT = pd.Timestamp(RAW["btc"].index[-120])


def early() -> dict[str, pd.Series]:
    return {k: s.loc[:CUT] for k, s in RAW.items()}


def later() -> dict[str, pd.Series]:
    """The full history, with a silver record and a VIX spike after the cut."""
    out = {k: s.copy() for k, s in RAW.items()}
    silver = out["silver"]
    silver.loc[silver.index > CUT] = float(silver.loc[:CUT].max()) * 1.3
    vix = out["vix"]
    vix.loc[vix.index > CUT] = 45.0
    return out


@pytest.fixture
def store(tmp_path: Path) -> Path:
    return write_store(tmp_path / "watch.duckdb", early())


def once(path: Path, **kwargs: Any) -> Any:
    kwargs.setdefault("update", False)
    kwargs.setdefault("environ", {})
    return watch_once(path, None, **kwargs)


def test_first_run_is_a_baseline_and_a_rerun_says_nothing(store: Path, tmp_path: Path) -> None:
    log = tmp_path / "watch.jsonl"
    first = once(store, log_path=log)
    assert first.new_alerts == 1 and first.lines[0].startswith(first.as_of)
    assert "watching: phase" in first.lines[0]
    again = once(store, log_path=log)
    assert again.new_alerts == 0 and again.lines == ()
    records = [json.loads(line) for line in log.read_text().splitlines()]
    assert [r["kind"] for r in records] == ["baseline"]


def test_changes_are_reported_once_across_restarts(store: Path, tmp_path: Path) -> None:
    once(store)
    write_store(store, later())
    run = once(store, log_path=tmp_path / "w.jsonl")
    kinds = [e["kind"] for e in run.events]
    assert "silver_ath" in kinds
    flips = {e["data"]["trigger"] for e in run.events if e["kind"] == "trigger"}
    assert {"silver_ath", "stress_rising"} <= flips
    assert any("new silver all-time high" in line for line in run.lines)
    # a restart (a fresh call reading the same store and data) repeats nothing
    assert once(store).lines == ()
    with Store(store, read_only=True) as s:
        alerts = s.watch_alerts()
    assert alerts["alert_id"].is_unique and alerts["emitted_at_utc"].notna().all()


def test_a_crash_before_emitting_loses_no_alert(
    store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    once(store)
    write_store(store, later())

    def crash(self: Store, ids: Any, **kwargs: Any) -> None:
        raise RuntimeError("killed")

    monkeypatch.setattr(Store, "mark_alerts", crash)
    with pytest.raises(RuntimeError):
        once(store)
    monkeypatch.undo()
    run = once(store)  # the state was saved: no new alerts, but the pending ones are emitted
    assert run.new_alerts == 0 and any("silver all-time high" in line for line in run.lines)
    assert once(store).lines == ()


def _transport(answers: list[Any], seen: list[httpx.Request]) -> httpx.MockTransport:
    def handle(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        answer = answers.pop(0) if len(answers) > 1 else answers[0]
        if isinstance(answer, Exception):
            raise answer
        return httpx.Response(answer)

    return httpx.MockTransport(handle)


def test_webhook_retries_then_delivers(store: Path, tmp_path: Path) -> None:
    seen: list[httpx.Request] = []
    waits: list[float] = []
    run = once(
        store,
        environ={"LEADWATCH_WEBHOOK_URL": SECRET},
        sleep=waits.append,
        transport=_transport([500, 503, 200], seen),
    )
    assert run.delivered == 1 and run.delivery_failures == 0
    assert len(seen) == 3 and waits == [1.0, 2.0]
    body = json.loads(seen[-1].content)
    assert body["kind"] == "baseline" and body["alert_id"].startswith("baseline:")
    again = once(
        store,
        environ={"LEADWATCH_WEBHOOK_URL": SECRET},
        sleep=waits.append,
        transport=_transport([200], seen),
    )
    assert again.delivered == 0 and len(seen) == 3  # nothing posted twice


@pytest.mark.parametrize(
    ("answers", "posts"),
    [
        ([500], 3),
        ([404], 1),
        ([httpx.ConnectError("refused")], 3),
        ([httpx.ReadTimeout("slow")], 3),
    ],
    ids=["server-error", "client-error-not-retried", "connect-error", "timeout"],
)
def test_webhook_failures_are_logged_never_fatal_and_retried_next_run(
    store: Path, tmp_path: Path, answers: list[Any], posts: int
) -> None:
    seen: list[httpx.Request] = []
    log = tmp_path / "w.jsonl"
    env = {"LEADWATCH_WEBHOOK_URL": SECRET}
    run = once(
        store,
        environ=env,
        sleep=lambda s: None,
        log_path=log,
        transport=_transport(list(answers), seen),
    )
    assert run.delivery_failures == 1 and run.delivered == 0 and run.lines
    assert len(seen) == posts
    text = log.read_text()
    assert "webhook_error" in text and "s3cr3tT0ken" not in text and "hooks.example.com" in text
    fixed = once(store, environ=env, sleep=lambda s: None, transport=_transport([200], seen))
    assert fixed.delivered == 1  # the undelivered alert was retried, not lost
    with Store(store, read_only=True) as s:
        row = s.watch_alerts().iloc[0]
    assert row["attempts"] == 2 and pd.notna(row["delivered_at_utc"])


class _Hook(BaseHTTPRequestHandler):
    received: ClassVar[list[dict[str, Any]]] = []

    def do_POST(self) -> None:
        size = int(self.headers["content-length"])
        _Hook.received.append(json.loads(self.rfile.read(size)))
        self.send_response(204)
        self.end_headers()

    def log_message(self, *args: Any) -> None:  # keep test output quiet
        pass


@pytest.fixture
def local_hook() -> Iterator[str]:
    server = HTTPServer(("127.0.0.1", 0), _Hook)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/hook/secret-token"
    server.shutdown()
    server.server_close()


def test_webhook_to_a_local_http_server(store: Path, local_hook: str) -> None:
    _Hook.received.clear()
    run = once(store, environ={"LEADWATCH_WEBHOOK_URL": local_hook})
    assert run.delivered == 1 and _Hook.received[0]["kind"] == "baseline"


def test_webhook_url_sources_and_redaction(tmp_path: Path) -> None:
    config = load_phase_config()
    assert webhook_url(config, {}) is None
    assert webhook_url(config, {"LEADWATCH_WEBHOOK_URL": SECRET}) == SECRET
    text = (REPO / "src/leadwatch/config/phases.toml").read_text()
    mine = tmp_path / "p.toml"
    mine.write_text(text.replace('webhook_url = ""', 'webhook_url = "https://x.test/abc"'))
    assert webhook_url(load_phase_config(mine), {}) == "https://x.test/abc"
    assert webhook_url(load_phase_config(mine), {"LEADWATCH_WEBHOOK_URL": SECRET}) == SECRET
    with pytest.raises(DataError, match="not http") as info:
        webhook_url(config, {"LEADWATCH_WEBHOOK_URL": "ftp://u:pw@host/secret"})
    assert "secret" not in str(info.value) and "pw" not in str(info.value)
    assert redact_url("https://u:p@h.io:8443/a/b?token=1") == "https://h.io:8443/***"


def test_parse_every() -> None:
    assert parse_every("90s") == 90 and parse_every("6h") == 21600
    for bad in ("", "0d", "1w", "-1h", "daily"):
        with pytest.raises(DataError, match="--every"):
            parse_every(bad)


class _Offline:
    name = "offline"

    def fetch(self, request: Any) -> Any:
        raise Unavailable(f"{request.what}: offline", fix="retry later")


class _AllOffline(Mapping[str, Any]):
    def __getitem__(self, key: str) -> Any:
        return _Offline()

    def __iter__(self) -> Iterator[str]:
        return iter(["fred", "yahoo", "coinbase", "iacoviello", "worldbank"])

    def __len__(self) -> int:
        return 5

    def __contains__(self, key: object) -> bool:
        return True


def test_unreachable_providers_do_not_stop_the_watch(store: Path) -> None:
    run = once(store, update=True, providers=_AllOffline())
    assert run.update_failures > 0 and run.updated == 0
    assert run.new_alerts == 1  # still evaluated the stored data


def test_cli_watch_once_json_and_interruptible_loop(
    store: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    runner = CliRunner()
    env = {"LEADWATCH_STORE": str(store), "LEADWATCH_WEBHOOK_URL": ""}
    log = tmp_path / "cli.jsonl"
    res = runner.invoke(
        app, ["watch", "--once", "--no-update", "--json", "--log", str(log)], env=env
    )
    assert res.exit_code == 0, res.output
    payload = json.loads(res.stdout)
    assert payload["new_alerts"] == 1 and payload["alerts"][0]["kind"] == "baseline"
    assert log.exists()
    import leadwatch.cli.phases as cli_phases

    def interrupt(seconds: float) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(cli_phases.time, "sleep", interrupt)
    looped = runner.invoke(app, ["watch", "--every", "1h", "--no-update"], env=env)
    assert looped.exit_code == 0 and "watch stopped" in looped.output
    assert "0 new alert(s)" in looped.output
    bad = runner.invoke(app, ["watch", "--every", "soon", "--json"], env=env)
    assert bad.exit_code == 2 and "--every" in json.loads(bad.stdout)["message"]
