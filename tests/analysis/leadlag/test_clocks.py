"""Same day, different clocks: a latent 24/7 walk sampled at two clocks shows no lead."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from leadwatch.align import align
from leadwatch.analysis.inference import Inference
from leadwatch.analysis.leadlag.battery import lead_lag_battery
from leadwatch.analysis.leadlag.clocks import CLOCK_LABEL, clock_lags, frame_clock_lags
from leadwatch.catalog import get_series
from leadwatch.errors import InfeasibleTest


def _two_clocks(seed: int, days: int = 2200) -> dict[str, pd.Series]:
    """One hourly random walk read at 00:00 UTC (Bitcoin's close) and 12:00 London (LBMA)."""
    rng = np.random.default_rng(seed)
    hours = pd.date_range("2015-01-01", periods=24 * (days + 2), freq="h", tz="UTC")
    walk = pd.Series(np.cumsum(rng.standard_normal(len(hours)) * 0.004), index=hours)
    labels = pd.date_range("2015-01-01", periods=days, freq="D")
    btc = walk.reindex(labels.tz_localize("UTC") + pd.Timedelta(days=1)).to_numpy()
    wd = labels[labels.day_of_week < 5]
    noon = (wd + pd.Timedelta(hours=12)).tz_localize("Europe/London").tz_convert("UTC")
    silver = walk.reindex(noon).to_numpy()
    return {
        "btc": pd.Series(100 * np.exp(btc), index=labels),
        "silver": pd.Series(20 * np.exp(silver), index=wd),
    }


def test_clock_lags_from_the_overlap_rule() -> None:
    assert clock_lags(24.0, 11.0, 24.0) == 1
    assert clock_lags(24.0, -4.5, 24.0) == 2  # a rate published the next morning
    assert clock_lags(12.0, 12.0, 24.0) == 0
    assert clock_lags(24.0, 11.0, 168.0) == 1  # weekly: the windows still overlap half a day
    assert clock_lags(float("nan"), 1.0, 24.0) == 0


def test_latent_walk_at_two_clocks_is_no_lead() -> None:
    specs = {"btc": get_series("btc"), "silver": get_series("silver")}
    labels, hits = [], []
    for seed in range(6):
        frame = align(_two_clocks(seed), "daily", specs=specs)
        k = frame_clock_lags(frame, "btc", "silver")
        assert k == 1
        rets = frame.returns().dropna(how="all")
        naive = lead_lag_battery(
            rets, "btc", "silver", lags=range(1, 21), inference=Inference(n_boot=99, seed=seed)
        )
        assert naive.best_lag == 1 and naive.pvalue < 0.05  # the artefact the rule removes
        res = lead_lag_battery(
            rets,
            "btc",
            "silver",
            lags=range(1, 21),
            inference=Inference(n_boot=99, seed=seed),
            clock_lags=k,
        )
        assert res.best_lag > 1 and res.clock_lags == 1
        assert CLOCK_LABEL in res.decision.paragraph
        labels.append(res.verdict)
        hits.append(res.pvalue < 0.05)
    assert labels.count("supported") <= 1 and sum(hits) <= 1, labels
    # the other way round the leader is observed first: nothing to remove
    frame = align(_two_clocks(0), "daily", specs=specs)
    assert frame_clock_lags(frame, "silver", "btc") == 0


def test_only_clock_lags_searched_is_an_error_with_a_fix() -> None:
    frame = align(_two_clocks(1, 600), "daily", specs={"btc": get_series("btc")})
    rets = frame.returns().dropna(how="all")
    with pytest.raises(InfeasibleTest, match="different clocks") as err:
        lead_lag_battery(
            rets, "btc", "silver", lags=[1], inference=Inference(n_boot=99), clock_lags=1
        )
    assert err.value.fix
