"""`leadwatch data update` for the spreadsheet sources, and revisions of OHLCV fields.

Same method as ``test_update_faults.py``: one fault injected into the recorded
answers (httpx ``MockTransport``), the real command run through typer's
CliRunner, then what the user sees, the exit code and the store are checked.
"""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import httpx
import pandas as pd
import pytest

from leadwatch.batch import SeriesBatch
from leadwatch.providers.yahoo import parse_history
from leadwatch.store import Store
from tests.providers.test_update_faults import digest, raise_, run, stored, summary
from tests.recorded import replay

DAILY = (replay.HERE / "iacoviello_data_gpr_daily_recent.xls").read_bytes()
PINK = (replay.HERE / "worldbank_CMO-Historical-Data-Monthly.xlsx").read_bytes()
GPR_DAILY = ("gpr", "gpr_acts", "gpr_threats")


@pytest.fixture()
def store_path(tmp_path: Path) -> Path:
    path = tmp_path / "live.duckdb"
    replay.seed_store(path)
    return path


def on_host(host: str, answer: replay.Fault) -> replay.Fault:
    """A fault hitting only requests to ``host``."""

    def fault(request: httpx.Request) -> httpx.Response | None:
        return answer(request) if request.url.host == host else None

    return fault


def _pink_without_sheet() -> bytes:
    from openpyxl import load_workbook

    book = load_workbook(io.BytesIO(PINK))
    book["Monthly Prices"].title = "Monthly prices (nominal)"
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


GPR_HOST = "www.matteoiacoviello.com"
GPR_FAULTS: dict[str, tuple[replay.Fault, str]] = {
    "timeout": (raise_(httpx.ReadTimeout("read timed out")), "timed out"),
    "http_503": (lambda r: httpx.Response(503), "HTTP 503"),
    "http_429": (lambda r: httpx.Response(429), "HTTP 429"),
    "file_moved_404": (lambda r: httpx.Response(404), "HTTP 404"),
    "html_page": (
        lambda r: httpx.Response(200, text="<!DOCTYPE html><html>Maintenance</html>"),
        "got an HTML page where a spreadsheet was expected",
    ),
    "truncated_xls": (
        lambda r: httpx.Response(200, content=DAILY[:4096]),
        "unreadable spreadsheet (truncated or damaged",
    ),
    "broken_connection": (
        raise_(httpx.RemoteProtocolError("peer closed connection without sending complete body")),
        "body truncated",
    ),
    "empty_body": (lambda r: httpx.Response(200, content=b""), "empty answer"),
    "csv_instead": (
        lambda r: httpx.Response(200, text="DAY,GPRD\n20260801,101.5\n"),
        "not a spreadsheet",
    ),
}


DOWNLOAD_FAILS = ("timeout", "http_503", "http_429", "file_moved_404", "broken_connection")


@pytest.mark.parametrize("name", list(GPR_FAULTS))
def test_gpr_file_fault_fails_the_three_daily_series_once_and_leaves_them_untouched(
    name: str, monkeypatch: pytest.MonkeyPatch, store_path: Path
) -> None:
    answer, words = GPR_FAULTS[name]

    def daily_only(request: httpx.Request) -> httpx.Response | None:
        return answer(request) if request.url.path.endswith("daily_recent.xls") else None

    before = {sid: stored(store_path, sid) for sid in GPR_DAILY}
    sleeps: list[float] = []
    code, out, _ = run(
        monkeypatch, store_path, *GPR_DAILY, "gpr_monthly", "btc", "--json",
        fault=on_host(GPR_HOST, daily_only), sleeps=sleeps,
    )  # fmt: skip
    assert code == 1
    rows = summary(out)
    assert json.loads(out)["failed"] == list(GPR_DAILY)
    assert words in rows["gpr"]["message"]
    assert rows["gpr"]["message"].startswith("iacoviello gpr (GPRD)")
    for sid in ("gpr_acts", "gpr_threats"):  # one download for the three series
        if name in DOWNLOAD_FAILS:  # the error is repeated without new tries
            assert "data_gpr_daily_recent.xls failed earlier in this run" in rows[sid]["message"]
        else:  # the bad body is parsed again for each column: same words
            assert words in rows[sid]["message"]
        pd.testing.assert_frame_equal(stored(store_path, sid), before[sid])
    pd.testing.assert_frame_equal(stored(store_path, "gpr"), before["gpr"])
    assert rows["gpr_monthly"]["status"] == "current" and rows["btc"]["status"] == "updated"
    assert sum(sleeps) <= 60.0


def test_gpr_schema_change_names_the_missing_column(
    monkeypatch: pytest.MonkeyPatch, store_path: Path
) -> None:
    renamed = DAILY.replace(b"GPRD_THREAT", b"GPRD_THREAX")  # same length: still a valid .xls
    fault = on_host(GPR_HOST, lambda r: httpx.Response(200, content=renamed))
    code, out, _ = run(monkeypatch, store_path, *GPR_DAILY, "--json", fault=fault)
    rows = summary(out)
    assert code == 1 and json.loads(out)["failed"] == ["gpr_threats"]
    message = rows["gpr_threats"]["message"]
    assert "expected columns DAY, GPRD_THREAT; missing GPRD_THREAT" in message
    assert "update leadwatch or report it" in message
    assert rows["gpr"]["status"] == rows["gpr_acts"]["status"] == "updated"


PINK_FAULTS: dict[str, tuple[str, replay.Fault, str]] = {
    "page_503": ("www.worldbank.org", lambda r: httpx.Response(503), "page: HTTP 503"),
    "page_without_link": (
        "www.worldbank.org",
        lambda r: httpx.Response(200, text="<html><body>Commodity Markets</body></html>"),
        "no link to CMO-Historical-Data-Monthly.xlsx",
    ),
    "workbook_404": ("thedocs.worldbank.org", lambda r: httpx.Response(404), "HTTP 404"),
    "sheet_renamed": (
        "thedocs.worldbank.org",
        lambda r: httpx.Response(200, content=_pink_without_sheet()),
        "no sheet 'Monthly Prices' (found: Monthly prices (nominal)",
    ),
    "truncated_xlsx": (
        "thedocs.worldbank.org",
        lambda r: httpx.Response(200, content=PINK[:3000]),
        "unreadable spreadsheet (truncated or damaged",
    ),
}


@pytest.mark.parametrize("name", list(PINK_FAULTS))
def test_pink_sheet_fault_leaves_gold_monthly_untouched(
    name: str, monkeypatch: pytest.MonkeyPatch, store_path: Path
) -> None:
    host, answer, words = PINK_FAULTS[name]
    before = stored(store_path, "gold_monthly")
    code, out, _ = run(
        monkeypatch, store_path, "gold_monthly", "gpr", "--json", fault=on_host(host, answer)
    )
    rows = summary(out)
    assert code == 1 and json.loads(out)["failed"] == ["gold_monthly"]
    assert rows["gold_monthly"]["message"].startswith("worldbank gold_monthly (Gold)")
    assert words in rows["gold_monthly"]["message"]
    pd.testing.assert_frame_equal(stored(store_path, "gold_monthly"), before)
    assert rows["gpr"]["status"] == "updated"


def test_file_sources_offline_leave_the_store_byte_identical(
    monkeypatch: pytest.MonkeyPatch, store_path: Path
) -> None:
    before = digest(store_path)
    fault = raise_(httpx.ConnectError("[Errno -3] Temporary failure in name resolution"))
    ids = ("gpr", "gpr_acts", "gpr_threats", "gpr_monthly", "gold_monthly")
    code, _out, err = run(monkeypatch, store_path, *ids, fault=fault)
    assert code == 1
    assert "offline: no data provider could be reached" in err
    assert "cannot connect to www.matteoiacoviello.com (failed earlier in this run)" in err
    assert digest(store_path) == before


def test_new_store_gets_the_full_files(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    path = tmp_path / "new.duckdb"
    ids = ("gpr", "gpr_monthly", "gold_monthly")
    code, out, _ = run(monkeypatch, path, *ids, "--json")
    rows = summary(out)
    assert code == 0
    assert [rows[i]["new"] for i in ids] == [85, 19, 19]
    with Store(path, read_only=True) as store:
        log = store.ingest_log("gold_monthly")
    assert log["location"].iloc[0].startswith("https://thedocs.worldbank.org/en/doc/")
    assert log["provider"].iloc[0] == "worldbank"


# -- revisions of OHLCV fields ----------------------------------------------------------------


def _seed_dxy_bars(path: Path) -> pd.DataFrame:
    """Store DX-Y.NYB bars to 2026-08-20 with the source label a live update uses."""
    frame = parse_history(replay.chart_frame("DX-Y.NYB"), symbol="DX-Y.NYB", what="x")
    frame = frame.loc[frame["date"] <= replay.SEEDED_UNTIL].copy()
    frame["source"] = "yahoo_dx_y_nyb"
    frame.loc[frame["date"] == pd.Timestamp("2026-08-19"), "high"] += 0.5  # Yahoo corrects it
    frame.loc[frame["date"] == pd.Timestamp("2026-08-18"), "volume"] = float("nan")  # not a fix
    with Store(path) as store:
        store.write_batches(
            [SeriesBatch.from_values("dxy", frame, provider="yahoo", location="seed", checksum="s")]
        )
    return frame


def test_ohlcv_change_with_the_same_value_is_a_revision(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    path = tmp_path / "bars.duckdb"
    seeded = _seed_dxy_bars(path)
    code, out, _ = run(monkeypatch, path, "dxy", "--json")
    row = summary(out)["dxy"]
    assert code == 0 and (row["new"], row["revised"]) == (5, 1)
    with Store(path, read_only=True) as store:
        revisions = store.revisions("dxy")
        fields = store.revision_fields("dxy")
        bar = store.read("dxy", "2026-08-19", "2026-08-19")
    assert revisions["date"].astype(str).tolist() == ["2026-08-19"]
    assert revisions["old_value"].tolist() == revisions["new_value"].tolist()  # close unchanged
    assert revisions["fields"].tolist() == ["high"]
    old_high = float(seeded.loc[seeded["date"] == pd.Timestamp("2026-08-19"), "high"].iloc[0])
    assert fields["field"].tolist() == ["high"]
    assert fields["old_value"].iloc[0] == pytest.approx(old_high)
    assert fields["new_value"].iloc[0] == pytest.approx(old_high - 0.5)
    assert fields["ingest_id"].iloc[0] == revisions["ingest_id"].iloc[0]
    assert bar["high"].iloc[0] == pytest.approx(old_high - 0.5)
    # the stored-blank volume of 2026-08-18 was not a revision: it stays blank
    assert pd.isna(store_value(path, "dxy", "2026-08-18", "volume"))
    again_code, again, _ = run(monkeypatch, path, "dxy", "--json")
    assert again_code == 0 and summary(again)["dxy"]["status"] == "current"


def store_value(path: Path, series_id: str, day: str, column: str) -> object:
    with Store(path, read_only=True) as store:
        return store.read(series_id, day, day)[column].iloc[0]


def test_csv_import_revisions_have_no_field_detail(tmp_path: Path) -> None:
    path = tmp_path / "csv.duckdb"
    frame = pd.DataFrame({"date": pd.to_datetime(["2024-01-02"]), "value": [23.5]})
    with Store(path) as store:
        for value in (23.5, 24.0):
            batch = SeriesBatch.from_values(
                "silver", frame.assign(value=value), provider="csv", location="x", checksum="c"
            )
            store.write_batches([batch])
        revisions = store.revisions("silver")
        assert store.revision_fields().empty
    assert len(revisions) == 1 and revisions["fields"].isna().all()


def test_store_busy_at_write_fails_every_series_once_and_writes_nothing(
    monkeypatch: pytest.MonkeyPatch, store_path: Path
) -> None:
    from leadwatch.errors import StoreBusyError

    opened: list[bool] = []

    class BusyForWriting(Store):
        def connect(self) -> Any:
            if not self.read_only:
                opened.append(True)
                raise StoreBusyError(
                    f"store is busy: {self.path} is open in another process (PID 4242)",
                    fix="wait for the other leadwatch command to finish, then retry",
                )
            return super().connect()

    monkeypatch.setattr("leadwatch.api.data.Store", BusyForWriting)
    before = digest(store_path)
    code, out, _ = run(monkeypatch, store_path, "gpr", "gpr_acts", "btc", "--json")
    rows = summary(out)
    assert code == 1 and json.loads(out)["failed"] == ["gpr", "gpr_acts", "btc"]
    assert all("store is busy" in rows[i]["message"] for i in rows)
    assert opened == [True]  # tried once, not once per series (each try waits busy_timeout)
    assert digest(store_path) == before
