"""Benchmark: import the full CSV snapshot into a fresh store, against a naive baseline.

Run with ``make bench`` (or ``python bench/import_snapshot.py --snapshot ../shared/data``).

It times, in one process:

* ``leadwatch``: parse + validate every snapshot file, then one set-based upsert transaction
  (what ``leadwatch data import`` does), into a fresh store, then a second (idempotent) run;
* ``baseline``: the obvious approach for one file (LBMA silver): ``csv.reader`` and one
  ``INSERT ... ON CONFLICT DO UPDATE`` per row through DuckDB's ``executemany``; it runs about
  500 rows/s, so it loads only the first ``--baseline-rows`` rows;

and prints rows per second for each and their ratio. Timings are medians of ``--repeat`` runs.
"""

from __future__ import annotations

import argparse
import csv
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import duckdb

from leadwatch.providers.csv_snapshot import read_series_csv, read_snapshot_dir
from leadwatch.store import Store


def _median_seconds(run: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        run()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def _leadwatch_full(snapshot: Path, workdir: Path) -> tuple[int, float]:
    path = workdir / f"full-{time.perf_counter_ns()}.duckdb"
    with Store(path) as store:
        result = store.write_batches(read_snapshot_dir(snapshot))
    return result.inserted, result.seconds


def _leadwatch_one(file: Path, workdir: Path) -> None:
    with Store(workdir / f"one-{time.perf_counter_ns()}.duckdb") as store:
        store.write_batches([read_series_csv(file, "silver")])


def _baseline_one(file: Path, workdir: Path, limit: int) -> None:
    con = duckdb.connect(str(workdir / f"base-{time.perf_counter_ns()}.duckdb"))
    con.execute(
        "CREATE TABLE obs (series_id VARCHAR, date DATE, value DOUBLE,"
        " PRIMARY KEY (series_id, date))"
    )
    with file.open() as handle:
        reader = csv.reader(handle)
        next(reader)
        rows = [("silver", day, float(value)) for day, value in reader if value][:limit]
    con.execute("BEGIN TRANSACTION")
    con.executemany(
        "INSERT INTO obs VALUES (?, ?, ?) ON CONFLICT DO UPDATE SET value = excluded.value", rows
    )
    con.execute("COMMIT")
    con.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--snapshot", type=Path, default=Path("../shared/data"))
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--baseline-rows", type=int, default=1500)
    args = parser.parse_args()
    silver = args.snapshot / "silver_usd.csv"
    silver_rows = sum(1 for _ in silver.open()) - 1
    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        started = time.perf_counter()
        rows, write_seconds = _leadwatch_full(args.snapshot, workdir)
        full = time.perf_counter() - started
        ours = _median_seconds(lambda: _leadwatch_one(silver, workdir), args.repeat)
        base = _median_seconds(
            lambda: _baseline_one(silver, workdir, args.baseline_rows), args.repeat
        )
    base_rate = args.baseline_rows / base
    our_rate = silver_rows / ours
    print(f"full snapshot: {rows:,} rows in {full:.2f} s ({write_seconds:.2f} s in the store)")
    print(f"silver_usd.csv, median of {args.repeat} runs:")
    print(
        f"  leadwatch, all {silver_rows:,} rows (validate + set-based upsert):"
        f" {our_rate:,.0f} rows/s"
    )
    print(
        f"  baseline, first {args.baseline_rows:,} rows (executemany upsert):"
        f" {base_rate:,.0f} rows/s"
    )
    print(f"  speed-up leadwatch/baseline (rows per second): {our_rate / base_rate:.0f}x")


if __name__ == "__main__":
    main()
