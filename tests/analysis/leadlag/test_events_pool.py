"""Event study when event windows cover every day: no placebo pool, no crash."""

from __future__ import annotations

import numpy as np
import pandas as pd

from leadwatch.analysis.inference import Inference
from leadwatch.analysis.leadlag.events import event_study


def test_events_covering_the_sample_leave_no_placebo_and_do_not_crash() -> None:
    # a steadily rising price makes an all-time high every day: after declustering, the
    # windows (+-120 days around events 20 days apart) block every day with an outcome
    n = 600
    index = pd.bdate_range("2020-01-01", periods=n)
    log_price = np.linspace(0.0, 3.0, n)
    follower = np.random.default_rng(0).standard_normal(n) * 0.01
    follower[150:] = np.nan  # the follower's data end inside the event windows
    boot = Inference(n_boot=99, seed=0)
    res = event_study(log_price, follower, index, rules=("ath",), horizons=(5, 120),
                      min_gap=20, year=20, quarter=10, inference=boot)  # fmt: skip
    assert "ath" in res.summary()
