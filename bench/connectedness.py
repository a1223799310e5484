"""Rolling connectedness: batched fast path vs refitting a statsmodels VAR per window.

Data: 15 years of daily returns of silver, gold, btc, dxy and real_yield_10y,
aligned without look-ahead from the real snapshot (``../shared/data``, imported
into a temporary store), plus the Diebold-Yilmaz (2012) volatility data
(``../shared/reference/dy2012.csv``). Both paths run in this process, on the same
data, with a 200-row window, VAR(4) and a 10-step generalized FEVD; the slow path
is ``statsmodels.tsa.api.VAR(window).fit(4)`` followed by the FEVD of that fit.

Run: ``python bench/connectedness.py [--windows N]`` (``N`` limits the slow path to
the first N windows and extrapolates; the default runs them all).
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

import numpy as np
import pandas as pd

from leadwatch.analysis.connectedness.rolling import rolling_connectedness
from leadwatch.analysis.connectedness.static import connectedness_from_var

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SERIES = ("silver", "gold", "btc", "dxy", "real_yield_10y")


def snapshot_returns(years: int = 15) -> pd.DataFrame:
    """Daily (Mon-Fri) returns of :data:`SERIES` over the last ``years`` years."""
    from leadwatch.api import spillover_returns
    from leadwatch.providers.csv_snapshot import read_snapshot_dir
    from leadwatch.store import Store

    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "bench.duckdb") as store:
        store.write_batches(read_snapshot_dir(SHARED / "data"))
        returns = spillover_returns(SERIES, store=store, grid="daily")
    return returns.loc[returns.index[-1] - pd.DateOffset(years=years) :]


def slow_path(frame: pd.DataFrame, window: int, lags: int, count: int) -> tuple[float, np.ndarray]:
    from statsmodels.tsa.api import VAR

    values = frame.to_numpy()
    tables = []
    started = time.perf_counter()
    for w in range(count):
        fitted = VAR(values[w : w + window]).fit(lags, trend="c")
        tables.append(connectedness_from_var(fitted.coefs, fitted.sigma_u, horizon=10).fevd)
    return time.perf_counter() - started, np.stack([t.to_numpy() for t in tables])


def run(name: str, frame: pd.DataFrame, window: int, lags: int, limit: int | None) -> None:
    started = time.perf_counter()
    fast = rolling_connectedness(frame, window=window, lags=lags, horizon=10)
    fast_s = time.perf_counter() - started
    n_windows = len(fast.index)
    count = n_windows if limit is None else min(limit, n_windows)
    slow_s, slow = slow_path(frame, window, lags, count)
    slow_total = slow_s * n_windows / count
    diff = float(np.abs(fast.fevd[:count] - slow).max())
    span = f"{frame.index[0].date()}..{frame.index[-1].date()}"
    print(f"{name}: {len(frame)} rows x {frame.shape[1]} series ({span}), {n_windows} windows")
    print(f"  fast (batched OLS + einsum FEVD): {fast_s:8.3f} s")
    label = "" if count == n_windows else f" (extrapolated from {count} windows)"
    print(f"  slow (statsmodels VAR per window): {slow_total:7.3f} s{label}")
    print(f"  ratio slow/fast: {slow_total / fast_s:.0f}x; max |diff| {diff:.1e} percentage points")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--windows", type=int, default=None, help="slow-path windows to time")
    parser.add_argument("--window", type=int, default=200)
    parser.add_argument("--lags", type=int, default=4)
    args = parser.parse_args()
    run("snapshot daily returns", snapshot_returns(), args.window, args.lags, args.windows)
    dy2012 = pd.read_csv(SHARED / "reference" / "dy2012.csv", index_col="date", parse_dates=True)
    run("dy2012 volatilities", dy2012, args.window, args.lags, args.windows)


if __name__ == "__main__":
    main()
