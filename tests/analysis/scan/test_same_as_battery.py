"""`scan` and `test` give the same r for the same pair, lag and sample (issue 14).

Before: silver -> btc at lag 5 was r = -0.071 in the battery but -0.018 in the
scan, because the scan read forward-filled prices (a zero return on every
stale day) and divided by every row of the universe, including the decades
before Bitcoin existed.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

import leadwatch
from leadwatch.analysis.inference import Inference
from leadwatch.analysis.leadlag.ccf import cross_correlation
from leadwatch.analysis.scan.universe import scan_returns
from leadwatch.api.scan import scan
from leadwatch.store import Store

TOL = 0.005


def test_pairwise_r_with_late_start_and_gaps_matches_the_battery() -> None:
    rng = np.random.default_rng(0)
    n = 3000
    x = rng.standard_normal(n)
    y = 0.2 * np.r_[np.zeros(5), x[:-5]] + rng.standard_normal(n)
    y[:1800] = np.nan  # the follower starts late
    x[rng.choice(n, 300, replace=False)] = np.nan  # and the leader misses days
    frame = pd.DataFrame({"x": x, "y": y})
    res = scan_returns(frame, follower="y", lags=range(1, 21))
    row = res.pairs.iloc[0]
    ccf = cross_correlation(x, y, range(1, 21), inference=Inference(n_boot=99))
    assert int(row["lag"]) == ccf.best_lag == 5
    assert abs(float(row["r"]) - ccf.best_r) < TOL
    assert float(row["r_lo"]) < float(row["r"]) < float(row["r_hi"])


def test_silver_btc_lag_5_same_r_in_scan_and_test(snapshot_store: Path) -> None:
    with Store(snapshot_store, read_only=True) as store:
        first = store.read_values(["btc"])["btc"].dropna().index.min()
    res = scan(["silver", "btc"], follower="btc", lags=range(1, 121), store=snapshot_store)
    row = res.pairs.set_index("leader").loc["silver"]
    tested = leadwatch.lead_lag(
        "silver", "btc", store=snapshot_store, lags=range(1, 121), n_boot=99, controls=(),
        start=pd.Timestamp(first) + pd.Timedelta(days=1),
    )  # fmt: skip
    lag = int(row["lag"])
    r_test = float(tested.ccf.table.set_index("lag").loc[lag, "r"])
    assert abs(float(row["r"]) - r_test) < TOL, (lag, float(row["r"]), r_test)
    grown = scan(["silver", "btc", "spx"], follower="btc", lags=range(1, 121), store=snapshot_store)
    again = grown.pairs.set_index("leader").loc["silver"]
    assert abs(float(again["r"]) - float(row["r"])) < TOL  # a new series does not move it


@pytest.mark.parametrize("ids", [["silver", "btc"]])
def test_scan_returns_are_missing_not_zero_on_stale_days(
    snapshot_store: Path, ids: list[str]
) -> None:
    from leadwatch.api.scan import _store_returns

    rets = _store_returns(ids, snapshot_store)
    silver = rets["silver"].loc[rets["silver"].first_valid_index() :]
    assert silver.isna().sum() > 100  # London holidays on the business-day grid: missing
    assert np.isfinite(silver.dropna()).all()
