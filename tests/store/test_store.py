"""The DuckDB store: idempotent upserts, provenance, revisions, crash safety, locking."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pandas as pd
import pytest

from leadwatch.batch import SeriesBatch
from leadwatch.errors import DataError, StoreBusyError, StoreError, UnknownSeriesError
from leadwatch.store import Store, StoreMissingError, default_store_path


def _batch(series: str, values: dict[str, float], checksum: str = "c1") -> SeriesBatch:
    frame = pd.DataFrame({"date": pd.to_datetime(list(values)), "value": list(values.values())})
    return SeriesBatch.from_values(
        series, frame, provider="test", location=f"/data/{series}.csv", checksum=checksum
    )


def _contents(path: Path) -> dict[str, pd.DataFrame]:
    with Store(path, read_only=True) as store:
        return {
            table: store._sql(f"SELECT * FROM {table} ORDER BY ALL")
            for table in ("series", "observations", "ingest_log", "revisions")
        }


def _assert_same(a: dict[str, pd.DataFrame], b: dict[str, pd.DataFrame]) -> None:
    assert a.keys() == b.keys()
    for table in a:
        pd.testing.assert_frame_equal(a[table], b[table], obj=table)


def test_default_path_honours_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("LEADWATCH_STORE", str(tmp_path / "x.duckdb"))
    assert default_store_path() == tmp_path / "x.duckdb"
    monkeypatch.delenv("LEADWATCH_STORE")
    assert default_store_path().name == "leadwatch.duckdb"


def test_insert_update_and_revision(tmp_path: Path) -> None:
    path = tmp_path / "s.duckdb"
    with Store(path) as store:
        first = store.write_batches([_batch("silver", {"2024-01-02": 23.5, "2024-01-03": 23.9})])
        assert (first.inserted, first.updated, first.changed) == (2, 0, True)
        second = store.write_batches(
            [_batch("silver", {"2024-01-03": 24.0, "2024-01-04": 24.2}, checksum="c2")]
        )
        assert (second.inserted, second.updated) == (1, 1)
        values = store.read_values(["silver"])["silver"]
        assert values.to_dict() == {
            pd.Timestamp("2024-01-02"): 23.5,
            pd.Timestamp("2024-01-03"): 24.0,
            pd.Timestamp("2024-01-04"): 24.2,
        }
        revisions = store.revisions("silver")
        assert len(revisions) == 1
        assert revisions.loc[0, "old_value"] == 23.9 and revisions.loc[0, "new_value"] == 24.0
        assert revisions.loc[0, "old_ingest_id"] == first.series[0].ingest_id
        assert revisions.loc[0, "ingest_id"] == second.series[0].ingest_id
        # provenance of every value: the import that last wrote it
        rows = store.read("silver").set_index("date")
        assert rows.loc["2024-01-02", "checksum"] == "c1"
        assert rows.loc["2024-01-03", "checksum"] == "c2"
        assert (rows["location"] == "/data/silver.csv").all()


def test_reimport_changes_nothing_not_even_the_log(tmp_path: Path) -> None:
    path = tmp_path / "s.duckdb"
    batch = _batch("gold", {"2024-01-02": 2000.0, "2024-01-03": 2010.0})
    with Store(path) as store:
        store.write_batches([batch])
    before = _contents(path)
    with Store(path) as store:
        again = store.write_batches([batch])
    assert not again.changed and again.series[0].ingest_id is None
    assert again.series[0].unchanged == 2
    _assert_same(before, _contents(path))


def test_real_snapshot_reimport_is_idempotent(snapshot_dir: Path, tmp_path: Path) -> None:
    from leadwatch.providers.csv_snapshot import read_snapshot_dir

    path = tmp_path / "real.duckdb"
    batches = read_snapshot_dir(snapshot_dir)
    with Store(path) as store:
        first = store.write_batches(batches)
    assert first.inserted == sum(b.rows for b in batches) > 200_000
    before = _contents(path)
    with Store(path) as store:
        again = store.write_batches(read_snapshot_dir(snapshot_dir))
    assert not again.changed
    _assert_same(before, _contents(path))


def test_status_covers_catalog(snapshot_store: Path) -> None:
    with Store(snapshot_store, read_only=True) as store:
        status = store.status().set_index("id")
    assert status.loc["btc", "rows"] == 5878
    assert status.loc["btc", "first"] == "2010-07-18"
    assert status.loc["btc", "last"] == "2026-08-20"
    assert status.loc["btc", "source"] == "coinmetrics, yahoo"
    assert status.loc["silver", "source"] == "csv_snapshot"
    assert status.loc["silver", "flagged"] == 1
    assert status.loc["silver", "location"].endswith("silver_usd.csv")
    assert len(status.loc["gold", "checksum"]) == 64


def test_flagged_values_left_out_of_analysis_reads(snapshot_store: Path) -> None:
    with Store(snapshot_store, read_only=True) as store:
        clean = store.read_values(["silver"], "1983-02-01", "1983-02-10")["silver"]
        everything = store.read_values(
            ["silver"], "1983-02-01", "1983-02-10", include_flagged=True
        )["silver"]
    assert pd.Timestamp("1983-02-05") not in clean.index
    assert everything[pd.Timestamp("1983-02-05")] == 7.54
    assert len(everything) == len(clean) + 1


def test_duplicate_series_in_one_import_is_rejected(tmp_path: Path) -> None:
    with Store(tmp_path / "s.duckdb") as store, pytest.raises(DataError, match="twice"):
        store.write_batches(
            [_batch("gold", {"2024-01-02": 1.0}), _batch("gold", {"2024-01-03": 1.0})]
        )


def test_reading_unknown_or_absent_series(snapshot_store: Path, tmp_path: Path) -> None:
    with Store(tmp_path / "empty.duckdb") as store:
        with pytest.raises(UnknownSeriesError, match="has no data"):
            store.read("silver")
        with pytest.raises(UnknownSeriesError, match="unknown series"):
            store.read("platinum")


def test_missing_store_read_only(tmp_path: Path) -> None:
    with pytest.raises(StoreMissingError, match="no store at") as info:
        Store(tmp_path / "absent.duckdb", read_only=True).connect()
    assert info.value.exit_code == 2
    assert "leadwatch data import" in str(info.value)


def test_not_a_duckdb_file(tmp_path: Path) -> None:
    path = tmp_path / "garbage.duckdb"
    path.write_bytes(b"this is not a database" * 100)
    with pytest.raises(StoreError, match="cannot use store") as info:
        Store(path).connect()
    assert "--store" in str(info.value)
    assert path.read_bytes() == b"this is not a database" * 100, "nothing overwritten"


_HOLDER = textwrap.dedent(
    """
    import sys, time
    from leadwatch.store import Store
    store = Store(sys.argv[1])
    store.connect()
    print("HOLDING", flush=True)
    time.sleep(60)
    """
)


def _start(script: str, *args: str) -> subprocess.Popen[str]:
    proc = subprocess.Popen(
        [sys.executable, "-c", script, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    line = proc.stdout.readline()
    if not line.strip():
        _, stderr = proc.communicate()
        raise AssertionError(f"child failed: {stderr}")
    return proc


def _kill(proc: subprocess.Popen[str], *, may_have_finished: bool = False) -> None:
    """SIGKILL the child, reap it and close its pipes.

    With ``may_have_finished`` the child may have exited on its own between the caller's
    ``poll()`` and the signal (a zombie still takes the signal); then a clean exit is accepted.
    """
    os.kill(proc.pid, signal.SIGKILL)
    proc.communicate()
    allowed = {-signal.SIGKILL, 0} if may_have_finished else {-signal.SIGKILL}
    assert proc.returncode in allowed, proc.returncode


def test_second_process_gets_store_busy(tmp_path: Path) -> None:
    path = tmp_path / "busy.duckdb"
    with Store(path) as store:
        store.write_batches([_batch("gold", {"2024-01-02": 2000.0})])
    before = _contents(path)
    holder = _start(_HOLDER, str(path))
    try:
        started = time.monotonic()
        with pytest.raises(StoreBusyError, match="store is busy") as info:
            Store(path, busy_timeout=0.5).connect()
        assert time.monotonic() - started >= 0.5, "it waits busy_timeout before giving up"
        assert "PID" in str(info.value) and "retry" in str(info.value)
        with pytest.raises(StoreBusyError):
            Store(path, read_only=True, busy_timeout=0.2).connect()
    finally:
        _kill(holder)
    _assert_same(before, _contents(path))


_KILLED_IMPORT = textwrap.dedent(
    """
    import sys, time
    import pandas as pd
    from leadwatch.batch import SeriesBatch
    from leadwatch import store as store_module

    original = store_module.Store._upsert

    def upsert_then_hang(self, con, batches):
        result = original(self, con, batches)   # every row written, not yet committed
        print("WRITTEN", flush=True)
        time.sleep(60)
        return result

    store_module.Store._upsert = upsert_then_hang
    dates = pd.bdate_range("2000-01-03", periods=int(sys.argv[2]))
    batches = [
        SeriesBatch.from_values(
            sid,
            pd.DataFrame({"date": dates, "value": [float(i % 97 + 1) for i in range(len(dates))]}),
            provider="killed", location="killed.csv", checksum="k")
        for sid in ("gold", "silver")
    ]
    store_module.Store(sys.argv[1]).write_batches(batches)
    """
)


def test_sigkill_mid_import_leaves_previous_contents(tmp_path: Path) -> None:
    path = tmp_path / "crash.duckdb"
    with Store(path) as store:
        store.write_batches([_batch("gold", {"2000-01-03": 280.0, "2000-01-04": 281.0})])
    before = _contents(path)
    child = _start(_KILLED_IMPORT, str(path), "50000")
    _kill(child)
    _assert_same(before, _contents(path))
    # and the store still takes writes afterwards
    with Store(path) as store:
        result = store.write_batches([_batch("gold", {"2000-01-05": 282.0})])
    assert result.inserted == 1


_RANDOM_KILL = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from leadwatch.providers.csv_snapshot import read_snapshot_dir
    from leadwatch.store import Store
    batches = read_snapshot_dir(Path(sys.argv[2]))
    print("PARSED", flush=True)
    Store(sys.argv[1]).write_batches(batches)
    print("COMMITTED", flush=True)
    """
)


@pytest.mark.slow
def test_sigkill_at_random_moments_is_all_or_nothing(snapshot_dir: Path, tmp_path: Path) -> None:
    """Kill a full-snapshot import at several moments: the store holds all of it or none."""
    path = tmp_path / "atomic.duckdb"
    with Store(path) as store:
        store.write_batches([_batch("gold", {"1990-01-02": 1.0})])  # differs from the snapshot
    empty_state = _contents(path)
    outcomes = []
    for delay in (0.0, 0.05, 0.15, 0.3, 0.6):
        child = _start(_RANDOM_KILL, str(path), str(snapshot_dir))
        time.sleep(delay)
        if child.poll() is None:
            _kill(child, may_have_finished=True)
        else:
            child.communicate()
        with Store(path, read_only=True) as store:
            rows = int(store._sql("SELECT count(*) AS n FROM observations")["n"][0])
            gold_1990 = store.read("gold", "1990-01-02", "1990-01-02")["value"].tolist()
        if rows == 1:
            _assert_same(empty_state, _contents(path))
            outcomes.append("none")
        else:
            assert rows > 200_000 and gold_1990 != [1.0], "a half-written import is visible"
            outcomes.append("all")
            break
    assert outcomes, "no kill happened"


def test_opened_store_uses_a_passed_store_and_closes_only_its_own(tmp_path: Path) -> None:
    from leadwatch.store import opened_store

    path = tmp_path / "o.duckdb"
    with Store(path) as store:
        store.write_batches([_batch("gold", {"2024-01-02": 2000.0})])
        with opened_store(store) as same:
            assert same is store
        assert store.read_values(["gold"])["gold"].iloc[0] == 2000.0, "still open"
    with opened_store(path) as opened:
        assert opened.read_only and opened.read_values(["gold"])["gold"].iloc[0] == 2000.0
    assert opened._con is None, "a store opened here is closed on exit"
    with pytest.raises(StoreMissingError), opened_store(tmp_path / "absent.duckdb"):
        pass
    with opened_store(tmp_path / "new.duckdb", read_only=False) as created:
        assert not created.read_only
    assert (tmp_path / "new.duckdb").exists()


def test_transaction_commits_or_rolls_back_as_a_whole(tmp_path: Path) -> None:
    path = tmp_path / "tx.duckdb"
    with Store(path) as store:
        store.write_batches([_batch("gold", {"2024-01-02": 2000.0})])
        with pytest.raises(KeyboardInterrupt), store._transaction() as con:
            con.execute("DELETE FROM observations")
            con.execute("DELETE FROM series")
            raise KeyboardInterrupt  # an interrupt mid-way, not only an Exception
        assert store.read_values(["gold"])["gold"].tolist() == [2000.0], "rolled back"
        with pytest.raises(StoreError, match="cannot use store"), store._transaction() as con:
            con.execute("DELETE FROM observations")
            con.execute("SELECT * FROM no_such_table")
        assert store.read_values(["gold"])["gold"].tolist() == [2000.0], "mapped and rolled back"
        with store._transaction() as con:
            con.execute("DELETE FROM observations WHERE series_id = 'gold'")
        assert int(store._sql("SELECT count(*) AS n FROM observations")["n"][0]) == 0
