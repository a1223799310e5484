"""Event rules, declustering, no look-ahead, placebo matching."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from leadwatch.analysis.leadlag.events import _placebo, decluster, detect_events, event_study
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


def test_placebo_never_draws_inside_event_windows_and_matches_years() -> None:
    rng = np.random.default_rng(1)
    n = 1000
    years = np.repeat(np.arange(2010, 2014), 250)
    outcome = rng.standard_normal(n)
    blocked = np.zeros(n)
    blocked[480:540] = 1.0
    events = np.array([500, 510])
    draws = _placebo(events, outcome, years, blocked, 500, rng)
    allowed = {float(v) for i, v in enumerate(outcome) if years[i] == 2012 and not blocked[i]}
    assert set(draws.ravel().tolist()) <= allowed


def test_planted_response_is_detected_and_null_is_not() -> None:
    rng = np.random.default_rng(2)
    idx = pd.bdate_range("2010-01-01", periods=3000)
    x = rng.standard_t(4, 3000) * 0.01
    y = rng.standard_t(4, 3000) * 0.01
    planted = y + 2.0 * np.r_[np.zeros(3), x[:-3]]
    hit = event_study(
        np.cumsum(x), planted, idx, rules=("breakout",), horizons=(5,), n_boot=499, seed=0
    )
    null = event_study(np.cumsum(x), y, idx, rules=("breakout",), horizons=(5,), n_boot=499, seed=0)
    assert hit.table.loc[0, "pvalue"] < 0.01 and hit.table.loc[0, "excess"] > 0
    assert null.table.loc[0, "pvalue"] > 0.01
    row = hit.table.iloc[0]
    assert row["ci_low"] <= row["excess"] <= row["ci_high"]
    ev = hit.events
    assert list(ev.columns) == ["rule", "date", "leader_level", "fwd_5"]
    assert (np.diff(idx.get_indexer(ev["date"])) >= 20).all()  # declustered
    assert "breakout" in str(hit) and hit.to_dict()["n_boot"] == 499
