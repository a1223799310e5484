"""Event rules, declustering, no look-ahead, placebo matching."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from leadwatch.analysis.inference import Inference
from leadwatch.analysis.leadlag.events import (
    circular_shifts,
    decluster,
    detect_events,
    event_study,
    holm,
)
from leadwatch.errors import DataError


def test_decluster_keeps_the_first_of_a_run() -> None:
    assert decluster(np.array([1, 2, 3, 10, 40, 41]), 10).tolist() == [1, 40]
    assert decluster(np.array([], dtype=np.int64), 5).tolist() == []


def test_rules_on_a_known_path() -> None:
    p = np.log(np.array([10, 11, 12, 11, 10, 13, 12, 14], dtype=float))
    assert detect_events(p, "ath", year=2, quarter=2).tolist() == [2, 5, 7]
    assert detect_events(p, "breakout", year=2, quarter=2).tolist() == [1, 2, 5, 7]
    assert detect_events(p, "momentum", year=2, quarter=2, threshold=0.15).tolist() == [2, 5, 6]
    with pytest.raises(DataError, match="rule"):
        detect_events(p, "moon", year=2, quarter=2)


@pytest.mark.parametrize("rule", ["ath", "breakout", "sigma", "momentum"])
def test_no_look_ahead_truncating_the_future_keeps_past_events(rule: str) -> None:
    rng = np.random.default_rng(0)
    p = np.cumsum(rng.standard_t(4, 2000) * 0.01 + 0.0005)
    full = detect_events(p, rule, year=260, quarter=63, n_sigma=2.5, threshold=0.1)
    cut = detect_events(p[:1200], rule, year=260, quarter=63, n_sigma=2.5, threshold=0.1)
    assert full[full < 1200].tolist() == cut.tolist()


def test_circular_shift_keeps_event_spacing_and_avoids_own_windows() -> None:
    rng = np.random.default_rng(1)
    n, first, margin = 1000, 100, 60
    events = np.array([300, 310, 700])
    pos = circular_shifts(events, np.arange(n, dtype=float), first, margin, 500, rng).astype(int)
    span = n - first
    gaps = (pos - pos[:, :1]) % span
    assert (gaps == (events - events[0]) % span).all()  # one common shift: spacing kept
    shift = (pos[:, 0] - events[0]) % span
    assert shift.min() >= margin and shift.max() <= span - margin
    assert (pos >= first).all() and (pos < n).all()
    assert circular_shifts(events, np.zeros(150), 100, 20, 10, rng).shape == (0, 3)


def test_holm_matches_statsmodels() -> None:
    from statsmodels.stats.multitest import multipletests

    p = np.random.default_rng(0).uniform(0, 0.2, 16)
    assert np.allclose(holm(p), multipletests(p, method="holm")[1])


def _clustered_null_world(seed: int, n: int = 2600) -> tuple[np.ndarray, np.ndarray]:
    """A trending leader (breakouts come in clusters) and an independent GARCH-like follower."""
    rng = np.random.default_rng(seed)
    x = 0.0008 + rng.standard_t(4, n) * 0.01
    vol = np.exp(np.convolve(rng.standard_normal(n), np.ones(60) / 8.0, mode="same"))
    y = 0.0004 + rng.standard_t(4, n) * 0.01 * vol
    return np.cumsum(x), y


def test_size_per_cell_with_clustered_events_and_overlapping_windows() -> None:
    """Under the null each cell rejects 3-7% at 5%, including 120-period windows."""
    idx = pd.bdate_range("2010-01-01", periods=2600)
    pv = []
    for seed in range(500):
        lp, y = _clustered_null_world(seed)
        res = event_study(
            lp,
            y,
            idx,
            rules=("breakout",),
            horizons=(20, 120),
            inference=Inference(n_boot=99, seed=seed),
        )
        pv.append(res.table["pvalue"].to_numpy())
    rej = (np.asarray(pv) <= 0.05).mean(axis=0)
    assert ((rej >= 0.03) & (rej <= 0.07)).all(), rej


def test_planted_response_is_detected_and_null_is_not() -> None:
    rng = np.random.default_rng(2)
    idx = pd.bdate_range("2010-01-01", periods=3000)
    x = rng.standard_t(4, 3000) * 0.01
    y = rng.standard_t(4, 3000) * 0.01
    planted = y + 2.0 * np.r_[np.zeros(3), x[:-3]]
    hit = event_study(
        np.cumsum(x),
        planted,
        idx,
        rules=("breakout",),
        horizons=(5,),
        inference=Inference(n_boot=499, seed=0),
    )
    null = event_study(
        np.cumsum(x),
        y,
        idx,
        rules=("breakout",),
        horizons=(5,),
        inference=Inference(n_boot=499, seed=0),
    )
    assert hit.table.loc[0, "pvalue"] < 0.01 and hit.table.loc[0, "excess"] > 0
    assert null.table.loc[0, "pvalue"] > 0.01
    row = hit.table.iloc[0]
    assert row["ci_low"] <= row["excess"] <= row["ci_high"]
    ev = hit.events
    assert list(ev.columns) == ["rule", "date", "leader_level", "fwd_5"]
    assert {"pvalue_holm", "median", "median_pvalue"} <= set(hit.table.columns)
    assert (np.diff(idx.get_indexer(ev["date"])) >= 20).all()  # declustered
    assert "breakout" in str(hit) and hit.to_dict()["n_boot"] == 499
