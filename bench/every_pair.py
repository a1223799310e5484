"""Every ordered pair of the catalog through the lead-lag battery, daily and weekly (issue 14).

Each pair must give a result or a LeadwatchError with a fix; anything else is
printed and the script exits 1::

    python bench/every_pair.py --store /tmp/store.duckdb            # about 11 minutes: 0 crashes
    python bench/every_pair.py --store /tmp/store.duckdb --grid weekly --lags 10
"""

from __future__ import annotations

import argparse
import collections
import sys
import time
import traceback

import leadwatch
from leadwatch.catalog import series_ids
from leadwatch.errors import LeadwatchError


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--store", required=True)
    ap.add_argument("--grid", choices=["daily", "weekly", "both"], default="both")
    ap.add_argument("--lags", type=int, default=10)
    ap.add_argument("--n-boot", type=int, default=99)
    args = ap.parse_args()
    grids = ["daily", "weekly"] if args.grid == "both" else [args.grid]
    ids = series_ids()
    crashes = 0
    for grid in grids:
        t0 = time.perf_counter()
        outcomes: collections.Counter[str] = collections.Counter()
        for a in ids:
            for b in ids:
                if a == b:
                    continue
                try:
                    res = leadwatch.lead_lag(
                        a, b, store=args.store, grid=grid, n_boot=args.n_boot,  # type: ignore[arg-type]
                        lags=range(1, args.lags + 1), controls=(),
                    )  # fmt: skip
                    outcomes[res.verdict] += 1
                except LeadwatchError as err:
                    outcomes["error with fix" if err.fix else "ERROR WITHOUT FIX"] += 1
                except Exception:
                    crashes += 1
                    print(f"CRASH {a} -> {b} ({grid}):\n{traceback.format_exc()}")
        took = time.perf_counter() - t0
        print(f"{grid}: {dict(outcomes)}; {crashes} crashes; {took:.0f} s")
    return 1 if crashes else 0


if __name__ == "__main__":
    sys.exit(main())
