"""Calibration sweeps of the headline lead-lag test: size, power, confounding.

One command, printing results (the CI runs smaller versions of the same sweeps
in ``tests/test_analysis_calibration.py``)::

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
import math
import os
import sys
import time
from concurrent.futures import ProcessPoolExecutor

import numpy as np

from leadwatch.align import adhoc_spec, align
from leadwatch.analysis.leadlag.ccf import Method, cross_correlation
from leadwatch.analysis.leadlag.confounders import conditional_lead
from leadwatch.analysis.simulate import common_driver, null_pair, planted_lead

LAGS = range(1, 131)
N_DAYS = 3130  # 12 years of business days


def null_pvalue(seed: int, n_boot: int, method: Method = "block") -> float:
    """Headline p-value for one independent pair (seeded)."""
    rng = np.random.default_rng([seed, 1])
    leader, follower = null_pair(12.0, rng=rng)
    specs = {"leader": adhoc_spec("leader", "weekdays"), "follower": adhoc_spec("follower", "24/7")}
    returns = align({"leader": leader, "follower": follower}, "daily", specs=specs).returns()
    res = cross_correlation(
        returns["leader"], returns["follower"], LAGS, n_boot=n_boot, seed=seed, method=method
    )
    return res.pvalue


def power_run(seed: int, lag: int, n_boot: int, method: Method = "block") -> tuple[int, float]:
    """(best lag, p-value) for one planted-lead run."""
    x, y = planted_lead(N_DAYS, lag, 0.1, rng=np.random.default_rng([seed, 2, lag]))
    res = cross_correlation(x, y, LAGS, n_boot=n_boot, seed=seed, method=method)
    return res.best_lag, res.pvalue


def driver_run(seed: int, n_boot: int) -> tuple[float, float]:
    """(p without controls, p with the driver as a control) for a common-driver run."""
    x, y, z = common_driver(N_DAYS, 2, 12, rng=np.random.default_rng([seed, 3]))
    lags = range(1, 31)
    plain = cross_correlation(x, y, lags, n_boot=n_boot, seed=seed)
    cond = conditional_lead(
        x,
        y,
        {"driver": z},
        lags,
        control_lags=30,
        n_boot=n_boot,
        seed=seed,
        best_lag=plain.best_lag,
        best_r=plain.best_r,
    )
    return plain.pvalue, cond.pvalue


def wilson(k: int, n: int, z: float = 1.96) -> tuple[float, float]:
    """Wilson score interval for a binomial proportion."""
    p = k / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return centre - half, centre + half


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
