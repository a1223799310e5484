"""Outlook from analogues: honest calibration, planted state dependence, no look-ahead, CLI."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from typer.testing import CliRunner

from leadwatch.analysis.phases.outlook import analogue_outlook
from leadwatch.cli import app
from leadwatch.errors import DataError, InfeasibleTest


def walk(
    n: int = 2000, seed: int = 0, drift_b: float = 0.0
) -> tuple[pd.Series, pd.DataFrame, pd.Series]:
    rng = np.random.default_rng(seed)
    days = pd.bdate_range("2010-01-04", periods=n)
    phase = pd.Series(np.repeat(["a", "b"] * (n // 200 + 1), 100)[:n], index=days)
    drift = np.where(phase == "b", drift_b, 0.0)
    price = pd.Series(np.exp(np.cumsum(drift + 0.01 * rng.standard_normal(n))), index=days)
    momentum = pd.DataFrame({"m": np.log(price).diff(20)}, index=days)
    return phase, momentum, price


def test_calibration_is_near_nominal_on_a_random_walk() -> None:
    phase, momentum, price = walk()
    res = analogue_outlook(phase, momentum, price, horizons=(10,), k=40)
    row = res.table.iloc[0]
    assert not row["withheld"] and row["n_calibration"] > 200
    assert abs(row["coverage50"] - 0.5) < 0.12
    assert abs(row["coverage90"] - 0.9) < 0.08
    assert row["q05"] < row["q25"] < row["median"] < row["q75"] < row["q95"]


def test_state_dependence_is_picked_up() -> None:
    """Phase b drifts up: a forecast made in phase b is centred higher than one in a."""
    phase, momentum, price = walk(drift_b=0.003)
    in_b = phase.index[phase == "b"][-1]
    in_a = phase.index[phase == "a"][-1]
    res_b = analogue_outlook(phase[:in_b], momentum[:in_b], price[:in_b], horizons=(20,))
    res_a = analogue_outlook(phase[:in_a], momentum[:in_a], price[:in_a], horizons=(20,))
    assert res_b.table["median"].iloc[0] > res_a.table["median"].iloc[0] + 0.02
    assert (res_b.analogues["phase"] == "b").all()


def test_analogues_are_past_declustered_and_fully_realised() -> None:
    phase, momentum, price = walk()
    res = analogue_outlook(phase, momentum, price, horizons=(20,), k=30, gap=10)
    dates = res.analogues["date"].sort_values()
    positions = phase.index.get_indexer(dates)
    assert (np.diff(positions) >= 10).all()
    assert positions.max() <= len(phase) - 1 - 20  # forward return known at the forecast date


def test_forecast_withheld_without_enough_calibration() -> None:
    phase, momentum, price = walk(n=700)
    res = analogue_outlook(
        phase, momentum, price, horizons=(20,), min_candidates=250, step=20, min_calibration=30
    )
    assert res.table["withheld"].iloc[0]
    assert "forecast withheld" in res.summary()
    assert "median" not in res.summary().split("withheld")[1].split("\n")[0]


def test_bad_inputs() -> None:
    phase, momentum, price = walk(n=800)
    with pytest.raises(DataError, match="different dates"):
        analogue_outlook(phase[1:], momentum, price)
    with pytest.raises(DataError, match="horizons is empty"):
        analogue_outlook(phase, momentum, price, horizons=())
    with pytest.raises(DataError, match="k=2"):
        analogue_outlook(phase, momentum, price, k=2)
    with pytest.raises(InfeasibleTest, match="past days"):
        analogue_outlook(phase, momentum, price, horizons=(150,), min_candidates=700)


def test_cli_outlook_on_real_data(snapshot_store: Path) -> None:
    runner = CliRunner()
    env = {"LEADWATCH_STORE": str(snapshot_store)}
    res = runner.invoke(
        app, ["outlook", "--asset", "btc", "--horizons", "20,60", "--json"], env=env
    )
    assert res.exit_code == 0, res.output
    payload = json.loads(res.stdout)
    rows = payload["horizons"]
    assert [r["horizon"] for r in rows] == [20, 60]
    for r in rows:
        assert r["n_calibration"] > 300 and 0.3 < r["coverage50"] < 0.7
        assert 0.75 < r["coverage90"] <= 1.0
    assert payload["state"]["phase"] and len(payload["analogues"]) == 60
    text = runner.invoke(app, ["outlook", "--horizons", "20"], env=env)
    assert "calibration over" in text.output and "closest analogues" in text.output
    bad = runner.invoke(app, ["outlook", "--horizons", "20,x", "--json"], env=env)
    assert bad.exit_code == 2 and "horizons" in json.loads(bad.stdout)["message"]
