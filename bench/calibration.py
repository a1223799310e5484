"""Calibration sweeps of the headline lead-lag test: size, power, confounding.

One command, printing results (the CI runs smaller versions of the same sweeps
in ``tests/analysis/leadlag/test_calibration.py``; the runs
themselves live in :mod:`leadwatch.analysis.calibration`)::

    python bench/calibration.py                    # 1,000 null pairs, 100 power runs per lag
    python bench/calibration.py --pairs 200 --power-runs 30 --n-boot 499
    python bench/calibration.py --method shift   # another null (block is the default)

* Size: independent GARCH(1,1)-t(4) prices, 12 years, a weekday calendar with
  holidays (like LBMA silver) against a 24/7 one (like Bitcoin), aligned on the
  daily business-day grid by :func:`leadwatch.align.align`; the headline test
  (max |robust t| over lags 1..130, default block-bootstrap null) must reject at
  alpha = 0.05 in 3-7% of pairs.
* Power: ``follower_{t+L} = beta * leader_t + noise`` (GARCH-t, correlation 0.1),
  L in {5, 20, 60}: best lag exactly L in >= 90% of runs, significant in >= 80%.
* Confounding: a driver moving the leader after 2 and the follower after 12
  periods; the share of runs reporting a significant lead without and with the
  driver as a control.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from concurrent.futures import ProcessPoolExecutor

import numpy as np

from leadwatch.analysis.calibration import driver_run, null_pvalue, power_run, wilson


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pairs", type=int, default=1000)
    parser.add_argument("--power-runs", type=int, default=100)
    parser.add_argument("--driver-runs", type=int, default=100)
    parser.add_argument("--n-boot", type=int, default=499)
    parser.add_argument("--alpha", type=float, default=0.05)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--method", choices=["block", "stationary", "shift"], default="block")
    args = parser.parse_args(argv)
    print(f"null method: {args.method}, n_boot {args.n_boot}")
    ok = True
    with ProcessPoolExecutor(args.workers) as pool:
        t0 = time.perf_counter()
        pvals = np.array(
            list(
                pool.map(
                    null_pvalue,
                    range(args.pairs),
                    [args.n_boot] * args.pairs,
                    [args.method] * args.pairs,
                    chunksize=8,
                )
            )
        )
        k = int((pvals < args.alpha).sum())
        lo, hi = wilson(k, args.pairs)
        inside = 0.03 <= k / args.pairs <= 0.07
        ok &= inside
        print(
            f"size: {k}/{args.pairs} = {k / args.pairs:.3f} rejections at alpha {args.alpha} "
            f"(95% CI {lo:.3f}-{hi:.3f}; target 0.03-0.07: {'PASS' if inside else 'FAIL'}) "
            f"[{time.perf_counter() - t0:.0f} s]"
        )
        print(f"      p-value deciles: {np.round(np.quantile(pvals, np.linspace(0.1, 0.9, 9)), 2)}")
        for lag in (5, 20, 60):
            t0 = time.perf_counter()
            runs = list(
                pool.map(
                    power_run,
                    range(args.power_runs),
                    [lag] * args.power_runs,
                    [args.n_boot] * args.power_runs,
                    [args.method] * args.power_runs,
                )
            )
            exact = np.mean([b == lag for b, _ in runs])
            sig = np.mean([p < args.alpha for _, p in runs])
            good = exact >= 0.9 and sig >= 0.8
            ok &= good
            print(
                f"power L={lag:>2}: best lag exactly {lag} in {exact:.0%}, significant in "
                f"{sig:.0%} of {args.power_runs} runs ({'PASS' if good else 'FAIL'}) "
                f"[{time.perf_counter() - t0:.0f} s]"
            )
        t0 = time.perf_counter()
        drv = np.array(
            list(pool.map(driver_run, range(args.driver_runs), [args.n_boot] * args.driver_runs))
        )
        plain, cond = (drv < args.alpha).mean(axis=0)
        good = cond <= 0.1
        ok &= good
        print(
            f"common driver: 'lead' significant in {plain:.0%} without controls, "
            f"{cond:.0%} with the driver as a control ({'PASS' if good else 'FAIL'}) "
            f"[{time.perf_counter() - t0:.0f} s]"
        )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
