"""Benchmark: the universe scan, all ordered pairs, against the machine's float32 matmul peak.

One command::

    python bench/scan.py                 # N=500, T=4,000, lags 1..120 + growth table
    python bench/scan.py --quick         # smaller growth grid

Prints (a) the measured float32 matmul peak (median of 3 square GEMMs, same
process), (b) the headline scan: time, pair-lags/s, traced peak memory, and
the lagged-CCF core kernel's achieved GFLOP/s (2 N^2 T L nominal flops) as a
fraction of that peak, and (c) time and peak memory growth over N x T.
Targets (2 cores): headline under 60 s; core kernel >= 50% of peak.
"""

from __future__ import annotations

import argparse
import statistics
import time
import tracemalloc

import numpy as np
import pandas as pd


def matmul_peak(size: int = 3000, repeats: int = 3) -> float:
    rng = np.random.default_rng(0)
    a = rng.standard_normal((size, size)).astype(np.float32)
    a @ a
    runs = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        a @ a
        runs.append(time.perf_counter() - t0)
    return 2 * size**3 / statistics.median(runs) / 1e9


def universe(n: int, t: int) -> pd.DataFrame:
    rng = np.random.default_rng(n * 7 + t)
    return pd.DataFrame(rng.standard_normal((t, n)), columns=[f"s{i}" for i in range(n)])


def core_gflops(n: int, t: int, lags: int) -> float:
    from leadwatch.analysis.scan.kernels import lagged_ccf, standardise

    z = standardise(universe(n, t).to_numpy().T)
    lag_arr = np.arange(1, lags + 1)
    t0 = time.perf_counter()
    for start in range(0, n, 64):
        lagged_ccf(z[start : start + 64], z, lag_arr)
    return 2 * n * n * t * lags / (time.perf_counter() - t0) / 1e9


def timed_scan(n: int, t: int, lags: int) -> tuple[float, float, int]:
    from leadwatch.analysis.scan.universe import scan_returns

    frame = universe(n, t)
    tracemalloc.start()
    t0 = time.perf_counter()
    res = scan_returns(frame, lags=range(1, lags + 1))
    seconds = time.perf_counter() - t0
    peak = tracemalloc.get_traced_memory()[1] / 2**20
    tracemalloc.stop()
    return seconds, peak, res.n_tests


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=500)
    parser.add_argument("--t", type=int, default=4000)
    parser.add_argument("--lags", type=int, default=120)
    parser.add_argument("--quick", action="store_true", help="smaller growth grid")
    args = parser.parse_args()
    peak = matmul_peak()
    print(f"float32 matmul peak (3000^3, median of 3): {peak:.1f} GFLOP/s")
    gf = core_gflops(args.n, args.t, args.lags)
    print(f"core kernel (lagged CCF GEMMs): {gf:.1f} GFLOP/s = {gf / peak:.0%} of peak")
    sec, mib, tests = timed_scan(args.n, args.t, args.lags)
    print(
        f"scan all pairs N={args.n} T={args.t} lags 1..{args.lags}: {sec:.1f} s, "
        f"{tests / sec:,.0f} pair-lags/s, peak traced memory {mib:.0f} MiB"
    )
    grid_n = (50, 100, 200) if args.quick else (50, 100, 200, 500)
    grid_t = (1000, 4000) if args.quick else (1000, 4000, 16000)
    print("\ngrowth (all pairs, lags 1..120): seconds / peak MiB")
    print("N \\ T  " + "".join(f"{t:>16}" for t in grid_t))
    for n in grid_n:
        cells = []
        for t in grid_t:
            if n * n * t > 500 * 500 * 4000 and not (n == 500 and t == 16000):
                cells.append(f"{'skipped':>16}")
                continue
            if n == 500 and t == 16000:
                cells.append(f"{'skipped':>16}")
                continue
            s, m, _ = timed_scan(n, t, 120)
            cells.append(f"{s:>8.1f}s/{m:>5.0f}M")
        print(f"{n:<7}" + "".join(cells))


if __name__ == "__main__":
    main()
