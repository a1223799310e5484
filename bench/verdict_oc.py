"""Operating characteristics of the lead-lag verdict, by simulation (issue 14).

One command prints the table (the CI runs a reduced version in
``tests/analysis/leadlag/test_verdict_oc.py``)::

    python bench/verdict_oc.py                    # 100 runs per scenario, n_boot 199
    python bench/verdict_oc.py --runs 30 --n-boot 99 --workers 2

Scenarios (:mod:`leadwatch.analysis.leadlag.oc`): planted leads
``follower_{t+L} = beta * leader_t + noise`` (GARCH(1,1)-t(4), 12 years) at
daily lags 5, 20, 60, 120 (correlation 0.12) and weekly lags 2, 6, 20 (0.22),
where the headline test has >= 90% power; nulls: independent GARCH-t, a shared
stochastic volatility, non-synchronous closes (``clock_lags=1``). Each run is
the whole battery (:func:`leadwatch.analysis.leadlag.battery.lead_lag_battery`).

Goals: planted "supported" >= 80% and "contradicted" <= 2%; nulls "supported"
<= 5%. The script exits 1 when a goal is missed (not with ``--no-check``).
"""

from __future__ import annotations

import argparse
import sys
import time
from concurrent.futures import ProcessPoolExecutor

import pandas as pd

from leadwatch.analysis.leadlag.oc import SCENARIOS, run_scenario


def _one(args: tuple[int, int, int, int]) -> dict[str, object]:
    i, runs, n_boot, seed = args
    return run_scenario(SCENARIOS[i], runs=runs, n_boot=n_boot, seed=seed)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=100)
    ap.add_argument("--n-boot", type=int, default=199)
    ap.add_argument("--seed", type=int, default=2026)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument(
        "--no-check", action="store_true", help="print only; no exit 1 (short runs are noisy)"
    )
    args = ap.parse_args()
    t0 = time.perf_counter()
    jobs = [(i, args.runs, args.n_boot, args.seed) for i in range(len(SCENARIOS))]
    with ProcessPoolExecutor(max_workers=args.workers) as pool:
        rows = list(pool.map(_one, jobs))
    table = pd.DataFrame(rows)
    with pd.option_context("display.width", 160, "display.max_columns", 20):
        print(table.drop(columns=["grid"]).to_string(index=False, float_format="{:.2f}".format))
    planted = table["scenario"].str.startswith("planted")
    ok = bool(
        (table.loc[planted, "supported"] >= 0.80).all()
        and (table.loc[planted, "contradicted"] <= 0.02).all()
        and (table.loc[~planted, "supported"] <= 0.05).all()
    )
    print(
        f"\n{args.runs} runs per scenario, n_boot {args.n_boot}, seed {args.seed}; "
        f"{time.perf_counter() - t0:.0f} s. Goals {'met' if ok else 'MISSED'}: planted "
        "supported >= 80% and contradicted <= 2%; nulls supported <= 5%."
    )
    return 0 if ok or args.no_check else 1


if __name__ == "__main__":
    sys.exit(main())
