"""Operating characteristics of the lead-lag verdict, by simulation (issue 14).

One command prints the table (the CI runs a reduced version in
``tests/analysis/leadlag/test_verdict_oc.py``)::

    python bench/verdict_oc.py                    # 100 runs per scenario, n_boot 199
    python bench/verdict_oc.py --runs 30 --n-boot 99 --workers 2
    python bench/verdict_oc.py --runs 40 --workers 1 --only "second half|null: drift"  # by name

Scenarios (:mod:`leadwatch.analysis.leadlag.oc`): planted leads
``follower_{t+L} = beta * leader_t + noise`` (GARCH(1,1)-t(4), 12 years) at
daily lags 5, 20, 60, 120 (correlation 0.12) and weekly lags 2, 6, 20 (0.22),
where the headline test has >= 90% power; nulls: independent GARCH-t, a shared
stochastic volatility, non-synchronous closes (``clock_lags=1``). Then the
stress scenarios (``STRESS``): nulls with shared volatility or drift breaks,
t(2.5) tails and jumps, a same-day factor, overlapping 5-day returns, clocks
plus shared volatility; leads that are negative, spread over lags 8-16, at lag
37, in the second half only, behind a clock lag, or weak. Each run is the whole
battery (:func:`leadwatch.analysis.leadlag.battery.lead_lag_battery`).

Goals (column ``expect``, :func:`leadwatch.analysis.leadlag.oc.goal_met`):
planted "supported" >= 80% and "contradicted" <= 2%; nulls "supported" <= 5%;
weak or unstable leads "contradicted" <= 2%; a negative lead "supported" <= 5%.
The script exits 1 when a goal is missed (not with ``--no-check``).
"""

from __future__ import annotations

import argparse
import sys
import time
from concurrent.futures import ProcessPoolExecutor

import pandas as pd

from leadwatch.analysis.leadlag.oc import ALL_SCENARIOS, goal_met, run_scenario


def _one(args: tuple[int, int, int, int]) -> dict[str, object]:
    i, runs, n_boot, seed = args
    return run_scenario(ALL_SCENARIOS[i], runs=runs, n_boot=n_boot, seed=seed)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=100)
    ap.add_argument("--n-boot", type=int, default=199)
    ap.add_argument("--seed", type=int, default=2026)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument(
        "--only", default="", help="run the scenarios whose name contains one of A|B|..."
    )
    ap.add_argument(
        "--no-check", action="store_true", help="print only; no exit 1 (short runs are noisy)"
    )
    args = ap.parse_args()
    t0 = time.perf_counter()
    parts = args.only.split("|")
    chosen = [i for i, sc in enumerate(ALL_SCENARIOS) if any(p in sc.name for p in parts)]
    if not chosen:
        ap.error(f"no scenario name contains {args.only!r}")
    jobs = [(i, args.runs, args.n_boot, args.seed) for i in chosen]
    with ProcessPoolExecutor(max_workers=args.workers) as pool:
        rows = list(pool.map(_one, jobs))
    table = pd.DataFrame(rows)
    with pd.option_context("display.width", 160, "display.max_columns", 20):
        print(table.drop(columns=["grid"]).to_string(index=False, float_format="{:.2f}".format))
    missed = [str(row["scenario"]) for _, row in table.iterrows() if not goal_met(row)]
    ok = not missed
    print(
        f"\n{args.runs} runs per scenario, n_boot {args.n_boot}, seed {args.seed}; "
        f"{time.perf_counter() - t0:.0f} s. Goals {'met' if ok else 'MISSED'}: planted "
        "supported >= 80% and contradicted <= 2%; nulls supported <= 5%; weak or unstable "
        "leads contradicted <= 2%; negative leads supported <= 5%."
        + ("" if ok else "\nMissed: " + "; ".join(missed))
    )
    return 0 if ok or args.no_check else 1


if __name__ == "__main__":
    sys.exit(main())
