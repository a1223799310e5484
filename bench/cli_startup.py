"""Benchmark: the command line as a user feels it, whole process, beside ``python -c pass``.

Run with ``make bench`` (or ``python bench/cli_startup.py --snapshot ../shared/data``).

Each command runs as its own process ``--repeat`` times (default 5); the median wall
time and the median CPU time (user + system, from the child's rusage) are printed
beside the same for ``python -c pass`` measured in the same run, so a busy machine
shows up as wall >> CPU rather than as a slow leadwatch. Goals (issue 17):

* ``leadwatch --version`` and ``--help``: <= 0.3 s;
* ``leadwatch test silver btc``: <= 1.5 s;
* ``leadwatch report`` on a store unchanged since the last run: <= 6 s.

The store is a fresh import of the snapshot into a temporary folder (or ``--store``).
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

GOALS = {"--version": 0.3, "--help": 0.3, "test silver btc": 1.5, "report (cached)": 6.0}


def _timed(argv: list[str], env: dict[str, str]) -> tuple[float, float]:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    done = subprocess.run(argv, env=env, capture_output=True, check=False)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(argv)} failed ({done.returncode}): {done.stderr[-500:]!r}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def _median(argv: list[str], env: dict[str, str], repeat: int) -> tuple[float, float]:
    runs = [_timed(argv, env) for _ in range(repeat)]
    return statistics.median(r[0] for r in runs), statistics.median(r[1] for r in runs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--snapshot", type=Path, default=Path("../shared/data"))
    parser.add_argument("--store", type=Path, default=None)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    exe = shutil.which("leadwatch", path=str(Path(sys.executable).parent))
    if exe is None:
        raise SystemExit("the leadwatch console script is not installed beside this python")
    work = Path(tempfile.mkdtemp(prefix="leadwatch-bench-"))
    store = args.store or work / "store.duckdb"
    env = {**os.environ, "LEADWATCH_STORE": str(store)}
    if args.store is None:
        _timed([exe, "data", "import", str(args.snapshot), "--json"], env)
    report = [exe, "report", "--out", str(work / "report")]
    _timed(report, env)  # the first run makes the report; the timed ones find it unchanged
    commands = {
        "python -c pass": [sys.executable, "-c", "pass"],
        "--version": [exe, "--version"],
        "--help": [exe, "--help"],
        "test silver btc": [exe, "test", "silver", "btc"],
        "report (cached)": report,
    }
    print(f"{'command':<18} {'wall s':>8} {'cpu s':>8} {'goal s':>7}  (median of {args.repeat})")
    for name, argv in commands.items():
        wall, cpu = _median(argv, env, args.repeat)
        goal = GOALS.get(name)
        mark = "" if goal is None else ("ok" if wall <= goal else "OVER")
        print(f"{name:<18} {wall:8.2f} {cpu:8.2f} {goal or '':>7}  {mark}")
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
