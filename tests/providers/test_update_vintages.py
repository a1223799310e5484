"""ALFRED vintages of M2: the recorded archive, paging, the vintages table, "M2 as known on D".

The recording (``tests/recorded/alfred_M2SL.json``) is the FRED API answer to
``series/observations?realtime_start=1776-07-04&realtime_end=9999-12-31``; the
replaying transport pages it by ``offset``/``limit`` like the API.
"""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path
from typing import Any

import httpx
import pandas as pd
import pytest

from leadwatch.errors import BadResponse, DataError, UnknownSeriesError
from leadwatch.providers import alfred
from leadwatch.providers.fred import parse_csv
from leadwatch.providers.http import HttpFetcher, RetryPolicy
from leadwatch.store import Store
from tests.providers.test_update_faults import KEY, digest, run, summary
from tests.recorded import replay

RECORDED = (replay.HERE / "alfred_M2SL.json").read_bytes()


def _provider(
    log: list[httpx.Request] | None = None, fault: replay.Fault | None = None, key: str = KEY
) -> alfred.AlfredProvider:
    client = httpx.Client(transport=replay.transport(fault, log))
    policy = RetryPolicy(attempts=2, base_delay=0.0, max_delay=0.0, total_seconds=5.0)
    return alfred.AlfredProvider(HttpFetcher(client, policy=policy, sleep=lambda s: None), key)


@pytest.fixture()
def store_path(tmp_path: Path) -> Path:
    path = tmp_path / "live.duckdb"
    replay.seed_store(path)
    return path


def test_recorded_archive_ends_in_the_current_fred_values() -> None:
    frame, count = alfred.parse_vintages(RECORDED, what="x")
    assert count == len(frame) == 10
    current = frame.loc[frame["realtime_end"].astype(str) == "9999-12-31"]
    fred = parse_csv((replay.HERE / "fred_M2SL.csv").read_bytes(), symbol="M2SL", what="x")
    latest = dict(zip(fred["date"].dt.date, fred["value"], strict=True))
    assert all(latest[d] == v for d, v in zip(current["date"], current["value"], strict=True))
    assert b"api_key=FILTERED" in RECORDED  # the key is filtered out of the recording


def test_paging_gives_the_same_rows_and_keeps_the_key_out_of_the_location(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    whole = _provider().fetch("m2", "M2SL")
    monkeypatch.setattr(alfred, "PAGE", 4)
    log: list[httpx.Request] = []
    paged = _provider(log).fetch("m2", "M2SL")
    archive = [r for r in log if r.url.path.endswith("/observations")]
    assert [r.url.params["offset"] for r in archive] == ["0", "4", "8"]
    assert all(r.url.params["api_key"] == KEY for r in log)
    pd.testing.assert_frame_equal(paged.frame, whole.frame)
    assert KEY not in paged.location and "realtime_start=1776-07-04" in paged.location


@pytest.mark.parametrize(
    ("body", "words"),
    [
        (b"<html>FRED is down</html>", "HTML page where JSON was expected"),
        (b'{"observations": [{"date": "2026-0', "invalid or truncated JSON"),
        (b'{"observations": [{"date": "2026-05-01", "value": "1"}]}', "lack date/realtime_start"),
        (b'{"count": 0, "observations": []}', "empty answer (no vintages)"),
    ],
    ids=["html", "truncated", "schema_change", "empty"],
)
def test_bad_archive_answers(body: bytes, words: str) -> None:
    def answer(request: httpx.Request) -> httpx.Response | None:
        archive = request.url.path.endswith("/observations")
        return httpx.Response(200, content=body) if archive else None

    with pytest.raises(BadResponse, match=re.escape(words)):
        _provider(fault=answer).fetch("m2", "M2SL")


def test_missing_key_is_bad_input_before_any_request() -> None:
    log: list[httpx.Request] = []
    with pytest.raises(DataError, match="need a FRED API key"):
        _provider(log, key="").fetch("m2", "M2SL")
    assert log == []


def _older_archive() -> pd.DataFrame:
    """The archive as it stood before the 2026-08-25 vintage (June not yet revised)."""
    frame, _ = alfred.parse_vintages(RECORDED, what="x")
    frame = frame.loc[frame["realtime_start"].astype(str) < "2026-08-25"].copy()
    june = (frame["date"].astype(str) == "2026-06-01").to_numpy()
    frame.loc[june, "realtime_end"] = date(9999, 12, 31)
    return frame


def test_vintages_table_upserts_and_answers_as_known_on(tmp_path: Path) -> None:
    path = tmp_path / "v.duckdb"
    whole, _ = alfred.parse_vintages(RECORDED, what="x")
    with Store(path) as store:
        with pytest.raises(UnknownSeriesError, match="no vintages of 'm2'"):
            store.known_on("m2", "2026-06-01")
        assert store.write_vintages("m2", _older_archive(), location="u", checksum="a") == (8, 0)
        assert store.write_vintages("m2", whole, location="u", checksum="b") == (2, 1)  # Jun closed
        assert store.write_vintages("m2", whole, location="u", checksum="b") == (0, 0)
        before_any = store.known_on("m2", "2026-03-23")
        may_1 = store.known_on("m2", "2026-05-01")
        aug_1 = store.known_on("m2", "2026-08-01")
        now = store.known_on("m2", "2026-08-28")
        assert len(store.vintages("m2")) == 10
    assert before_any.empty
    first = whole.loc[whole["realtime_start"].astype(str) == "2026-03-24", "value"].iloc[0]
    assert may_1.index.strftime("%Y-%m").tolist() == ["2026-02", "2026-03"]
    assert may_1.iloc[0] == pytest.approx(first + 12.5)  # February as revised on 2026-04-28
    assert aug_1.index.max() == pd.Timestamp("2026-06-01")  # July not yet published
    assert now.index.max() == pd.Timestamp("2026-07-01")
    assert aug_1["2026-06-01"] == pytest.approx(now["2026-06-01"] - 12.5)  # June's revision


def _patch_alfred(monkeypatch: pytest.MonkeyPatch, fault: replay.Fault | None = None) -> None:
    def built(api_key: str | None) -> alfred.AlfredProvider:
        return _provider(fault=fault, key=api_key or "")

    monkeypatch.setattr("leadwatch.api.data._alfred_provider", built)


def test_cli_update_with_vintages(monkeypatch: pytest.MonkeyPatch, store_path: Path) -> None:
    monkeypatch.setenv("FRED_API_KEY", KEY)
    _patch_alfred(monkeypatch)
    code, out, err = run(monkeypatch, store_path, "m2", "--vintages", "--json")
    assert code == 0, err
    payload = json.loads(out)
    assert summary(out)["m2"]["status"] == "current"
    [row] = payload["vintages"]
    assert (row["series_id"], row["status"], row["new"], row["closed"]) == ("m2", "updated", 10, 0)
    assert (row["vintages"], row["last_vintage"]) == (6, "2026-08-25")
    code_text, text, _ = run(monkeypatch, store_path, "m2", "--vintages")
    assert code_text == 0 and "vintages: m2: current, +0 new, 0 closed; 6 vintages" in text
    assert KEY not in out + text and KEY.encode() not in store_path.read_bytes()


def test_cli_vintages_without_key_or_for_a_non_fred_series_is_bad_input(
    monkeypatch: pytest.MonkeyPatch, store_path: Path
) -> None:
    monkeypatch.delenv("FRED_API_KEY", raising=False)
    before = digest(store_path)

    def no_network(request: httpx.Request) -> httpx.Response:
        raise AssertionError(f"no request expected, got {request.url}")

    _patch_alfred(monkeypatch, no_network)
    code, _out, err = run(monkeypatch, store_path, "m2", "--vintages", fault=no_network)
    assert code == 2 and "ALFRED vintages need a FRED API key" in err
    monkeypatch.setenv("FRED_API_KEY", KEY)
    code, _out, err = run(monkeypatch, store_path, "gpr", "--vintages", fault=no_network)
    assert code == 2 and "has no ALFRED vintages (not a FRED series)" in err
    assert digest(store_path) == before


def test_cli_vintages_fault_fails_that_part_only(
    monkeypatch: pytest.MonkeyPatch, store_path: Path
) -> None:
    monkeypatch.setenv("FRED_API_KEY", KEY)

    def down(request: httpx.Request) -> httpx.Response | None:
        archive = "realtime_start" in request.url.params
        return httpx.Response(500, text=str(request.url)) if archive else None

    _patch_alfred(monkeypatch, down)
    code, out, err = run(monkeypatch, store_path, "m2", "--vintages", "--json")
    payload: dict[str, Any] = json.loads(out)
    assert code == 1
    assert summary(out)["m2"]["status"] == "current" and not payload["failed"]
    [row] = payload["vintages"]
    assert row["status"] == "failed" and "HTTP 500" in row["message"]
    assert KEY not in out + err
    with Store(store_path, read_only=True) as store:
        assert store.vintages().empty
