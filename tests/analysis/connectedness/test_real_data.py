"""Spillovers on the real snapshot: the api composition and the ``spillover`` command."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from typer.testing import CliRunner

from leadwatch.analysis.connectedness.rolling import RollingConnectednessResult
from leadwatch.analysis.connectedness.static import ConnectednessResult
from leadwatch.api import SPILLOVER_SERIES, spillover_returns, spillovers
from leadwatch.cli import app
from leadwatch.errors import DataError

runner = CliRunner()


def test_weekly_spillovers_on_the_snapshot(snapshot_store: Path) -> None:
    result = spillovers(store=snapshot_store)
    assert isinstance(result, ConnectednessResult)
    assert result.series == SPILLOVER_SERIES
    assert result.method == "generalized" and result.lags == 2 and result.horizon == 10
    assert result.nobs is not None and result.nobs > 700  # weekly, from Bitcoin's start (2010)
    assert pd.Timestamp(result.start).day_of_week == 4  # Fridays
    np.testing.assert_allclose(result.fevd.sum(axis=1), 100.0, atol=1e-9)
    assert 5.0 < result.total < 60.0
    # the metals are each other's main source of shocks
    assert result.fevd.loc["silver"].drop("silver").idxmax() == "gold"


def test_rolling_spillovers_on_the_snapshot(snapshot_store: Path) -> None:
    rolling = spillovers(["silver", "gold", "btc"], store=snapshot_store, window=104)
    assert isinstance(rolling, RollingConnectednessResult)
    returns = spillover_returns(["silver", "gold", "btc"], store=snapshot_store)
    assert rolling.index.equals(returns.index[103:])
    assert not returns.isna().any().any()
    net = rolling.pairwise_net("silver", "btc")
    assert net.notna().all() and net.abs().max() < 100.0


def test_spillover_input_errors(snapshot_store: Path) -> None:
    with pytest.raises(DataError, match="at least two"):
        spillover_returns(["btc", "btc"], store=snapshot_store)
    with pytest.raises(DataError, match="grid='monthly'"):
        spillover_returns(["btc", "gold"], store=snapshot_store, grid="monthly")  # type: ignore[arg-type]


def test_cli_spillover_json(snapshot_store: Path) -> None:
    args = ["--store", str(snapshot_store), "spillover", "silver", "gold", "btc"]
    result = runner.invoke(app, [*args, "--window", "104", "--json"])
    assert result.exit_code == 0, result.output
    payload = json.loads(result.stdout)
    assert payload["grid"] == "weekly"
    assert payload["full"]["series"] == ["silver", "gold", "btc"]
    assert set(payload["rolling"]["pairwise_net"]) == {"silver->gold", "silver->btc", "gold->btc"}
    assert len(payload["rolling"]["index"]) == len(payload["rolling"]["total"])


def test_cli_spillover_text_and_errors(snapshot_store: Path) -> None:
    args = ["--store", str(snapshot_store), "spillover", "silver", "btc"]
    result = runner.invoke(app, [*args, "--method", "cholesky", "--start", "2018-01-01"])
    assert result.exit_code == 0, result.output
    assert "cholesky FEVD" in result.stdout and "Total connectedness index" in result.stdout
    assert "2018-01-05.." in result.stdout
    bad = runner.invoke(app, [*args, "--method", "spectral", "--json"])
    assert bad.exit_code == 2
    assert json.loads(bad.stdout)["error"] == "DataError"
    assert runner.invoke(app, [*args, "--lags", "0"]).exit_code == 2
