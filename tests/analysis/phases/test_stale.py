"""Stale inputs: a condition on data older than its series' publication lag is unknown.

Issue 14: "stress rising HOLDS" on 2026-08-21 rested on GPR last dated
2026-03-16, and phase rows ran 17 days past the last observation.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from leadwatch.align import align
from leadwatch.analysis.phases.classify import classify_phases
from leadwatch.analysis.phases.config import parse_phase_config
from leadwatch.analysis.phases.triggers import evaluate_triggers, stale_mask
from tests.analysis.phases.test_classify import CONFIG, synthetic_raw

GPR_HIGH = parse_phase_config(
    {
        "triggers": {
            "risk_high": {"conditions": [{"metric": "mean(gpr, 5)", "op": ">=", "threshold": 0}]}
        },
        "phases": [{"name": "stress", "all": ["risk_high"]}],
    }
)


def _gpr_stops(stop: str) -> tuple[pd.DataFrame, pd.DataFrame]:
    days = pd.date_range("2026-01-01", "2026-08-21", freq="D")
    gpr = pd.Series(100 + np.arange(len(days), dtype=float), index=days).loc[:stop]
    frame = align({"gpr": gpr}, "daily", end="2026-08-21")
    return frame.values, frame.observed


def test_a_condition_on_stale_data_is_unknown_not_holds() -> None:
    values, observed = _gpr_stops("2026-03-16")
    history = evaluate_triggers(values, GPR_HIGH, observed=observed)
    board = history.board("2026-08-21")
    row = board.table.iloc[0]
    assert not row["known"] and not row["holds"]  # it held while GPR was fresh
    assert "gpr (last 2026-03-16" in row["stale"] and row["age_days"] > 150
    assert "STALE" in str(board)
    fresh = history.board("2026-03-20").table.iloc[0]  # within the 7-day release lag
    assert fresh["known"] and fresh["holds"] and fresh["stale"] == ""
    without = evaluate_triggers(values, GPR_HIGH)  # no observation dates: nothing to judge
    assert bool(without.known["risk_high"].iloc[-1])


def test_stale_mask_uses_the_period_end_of_monthly_series() -> None:
    days = pd.bdate_range("2026-07-01", "2026-08-31")
    seen = pd.DataFrame({"m2": pd.Timestamp("2026-06-01")}, index=days)  # June, out late July
    mask = stale_mask(days, seen, ["m2", "not_in_catalog"])
    assert list(mask.columns) == ["m2"]
    assert not mask["m2"].loc[:"2026-08-31"].any()  # June's month ends 06-30: 62 days allowed
    late = stale_mask(
        pd.bdate_range("2026-09-01", periods=3),
        seen.iloc[:3].set_axis(pd.bdate_range("2026-09-01", periods=3)),
        ["m2"],
    )
    assert late["m2"].all()


def test_phase_rows_stop_at_the_last_observation() -> None:
    raw = synthetic_raw(900)
    last = max(s.index.max() for s in raw.values())
    frame = align(raw, "daily", end=last + pd.Timedelta(days=17))
    history = classify_phases(frame.values, CONFIG, observed=frame.observed)
    assert history.phase.index[-1] <= last
    assert len(frame.values.index) > 0 and frame.values.index[-1] > last  # the grid ran on
