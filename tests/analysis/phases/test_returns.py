"""Forward returns by phase: a planted debasement premium is found, a null stays quiet."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from leadwatch.analysis.inference import Inference
from leadwatch.analysis.phases.returns import forward_log_returns, forward_returns_by_phase
from leadwatch.errors import DataError, InfeasibleTest


def regimes(n: int = 3000, seed: int = 0, premium: float = 0.0) -> tuple[pd.Series, pd.DataFrame]:
    """Phases in long random episodes; Bitcoin drifts up by ``premium`` a day in debasement."""
    rng = np.random.default_rng(seed)
    names = np.array(["debasement", "safe_haven", "risk_on", "neutral"])
    lengths = rng.integers(40, 160, size=n // 40)
    labels = np.repeat(rng.choice(names, size=len(lengths)), lengths)[:n]
    days = pd.bdate_range("2012-01-02", periods=n)
    drift = np.where(labels == "debasement", premium, 0.0)
    btc = np.exp(np.cumsum(drift + 0.03 * rng.standard_normal(n)))
    silver = np.exp(np.cumsum(0.015 * rng.standard_normal(n)))
    return pd.Series(labels, index=days), pd.DataFrame({"btc": btc, "silver": silver}, index=days)


def test_planted_premium_is_found_for_btc_only() -> None:
    phase, prices = regimes(premium=0.004)
    res = forward_returns_by_phase(
        phase, prices, horizon=20, inference=Inference(n_boot=299, seed=1)
    )
    tests = res.tests.set_index("asset")
    assert tests.loc["btc", "pvalue_greater"] < 0.01
    assert tests.loc["btc", "boot_low"] > 0
    assert abs(tests.loc["btc", "diff"] - 20 * 0.004) < 0.03
    assert tests.loc["silver", "pvalue_greater"] > 0.01
    table = res.table.set_index(["asset", "phase"])
    others = table.loc["btc"].drop(index="debasement")["mean"]
    assert (table.loc[("btc", "debasement"), "mean"] > others).all()
    assert "debasement minus other phases" in res.summary()


@pytest.mark.slow
def test_null_rejection_rate_is_near_alpha_despite_overlap() -> None:
    """60-day overlapping windows: a naive t-test would reject far too often; HAC must not."""
    rejections = []
    for seed in range(40):
        phase, prices = regimes(seed=seed)
        res = forward_returns_by_phase(
            phase, prices[["btc"]], horizon=60, inference=Inference(n_boot=99, seed=seed)
        )
        rejections.append(res.tests["pvalue"].iloc[0] < 0.05)
    assert np.mean(rejections) <= 0.15


def test_forward_log_returns_use_only_the_window() -> None:
    p = pd.Series([1.0, 2.0, 4.0, np.nan, 16.0])
    two = forward_log_returns(p, 2)
    assert two.iloc[0] == pytest.approx(np.log(4.0)) and two.iloc[2] == pytest.approx(np.log(4.0))
    assert np.isnan(two.iloc[1])  # its end point is missing
    assert forward_log_returns(p, 1).isna().tolist() == [False, False, True, True, True]


def test_rare_target_phase_gives_no_test_but_a_count() -> None:
    phase, prices = regimes()
    phase = phase.replace("debasement", "neutral")
    phase.iloc[100:110] = "debasement"
    res = forward_returns_by_phase(phase, prices, horizon=20, inference=Inference(n_boot=99))
    assert np.isnan(res.tests["diff"]).all()
    assert (res.table.loc[res.table["phase"] == "debasement", "n"] == 10).all()


def test_bad_inputs() -> None:
    phase, prices = regimes(n=600)
    with pytest.raises(InfeasibleTest, match="hac_lags=5 is below the overlap"):
        forward_returns_by_phase(phase, prices, horizon=20, hac_lags=5)
    with pytest.raises(DataError, match="horizon=0"):
        forward_returns_by_phase(phase, prices, horizon=0)
    with pytest.raises(DataError, match="alpha"):
        forward_returns_by_phase(phase, prices, horizon=20, inference=Inference(alpha=0.7))
    with pytest.raises(DataError, match="must be a Series"):
        forward_returns_by_phase(phase.to_frame(), prices)  # type: ignore[arg-type]


def test_real_data_claim_is_tested_with_overlap_respected(snapshot_store: Path) -> None:
    from leadwatch.api.phases import phase_forward_returns

    res = phase_forward_returns(snapshot_store, horizon=60, n_boot=199)
    assert res.hac_lags >= 60 and res.block >= 60
    tests = res.tests.set_index("asset")
    assert set(tests.index) == {"btc", "silver"}
    assert np.isfinite(tests.loc["btc", ["diff", "se", "pvalue", "boot_low"]].astype(float)).all()
    n = res.table.groupby("asset")["n"].sum()
    assert (n > 3500).all()
    with pytest.raises(DataError, match="target='bull'"):
        phase_forward_returns(snapshot_store, target="bull")
