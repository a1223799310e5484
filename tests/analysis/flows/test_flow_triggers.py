"""Flow triggers on the phase model: flowsum skips days without trading; config and store."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from leadwatch.analysis.phases.config import parse_metric, parse_phase_config
from leadwatch.analysis.phases.triggers import evaluate_metric
from leadwatch.errors import DataError
from tests.paths import SHARED


def test_flowsum_counts_trading_days_not_calendar_rows() -> None:
    days = pd.bdate_range("2026-01-05", periods=8)
    flows = pd.Series([1.0, 2.0, np.nan, 4.0, 8.0, np.nan, np.nan, 16.0], index=days)
    got = evaluate_metric(parse_metric("flowsum(f, 3)", flows=["f"]), pd.DataFrame({"f": flows}))
    # day 4 sums days 1, 2, 4 (day 3 had no trading: skipped, not a zero)
    assert got.tolist()[:5] == [
        pytest.approx(v, nan_ok=True) for v in [np.nan, np.nan, np.nan, 7.0, 14.0]
    ]
    assert got.iloc[5] == 14.0 and got.iloc[6] == 14.0  # carried over days without trading
    assert got.iloc[7] == 28.0


def test_flows_must_be_declared() -> None:
    with pytest.raises(DataError):
        parse_metric("flowsum(btc_etf_flows, 20)")  # not a catalog id and not declared
    raw = {
        "flows": {"tables": ["btc_etf_flows"]},
        "triggers": {"inflows": {"conditions": [
            {"metric": "flowsum(btc_etf_flows, 20)", "op": ">", "threshold": 0}]}},
        "phases": [{"name": "inflow", "all": ["inflows"]}],
    }  # fmt: skip
    cfg = parse_phase_config(raw)
    assert cfg.flows == ("btc_etf_flows",) and cfg.series() == []
    with pytest.raises(DataError, match="flows"):
        parse_phase_config({**raw, "flows": ["btc_etf_flows"]})


def test_phase_history_with_a_flow_trigger_on_real_data(tmp_path: Path) -> None:
    from leadwatch.api.phases import phase_history
    from leadwatch.providers.csv_snapshot import read_snapshot_dir
    from leadwatch.providers.extra_csv import read_extra_dir
    from leadwatch.store import Store

    config = tmp_path / "phases.toml"
    config.write_text(
        '[flows]\ntables = ["btc_etf_flows"]\n'
        "[triggers.etf_inflows]\n"
        'conditions = [{ metric = "flowsum(btc_etf_flows, 20)", op = ">", threshold = 0.0 }]\n'
        '[[phases]]\nname = "inflows"\nall = ["etf_inflows"]\n'
    )
    with Store(tmp_path / "s.duckdb") as store:
        store.write_batches(read_snapshot_dir(SHARED / "data", ["silver", "gold", "btc"]))
        store.write_extra(read_extra_dir(SHARED / "data-extra"))
        history = phase_history(store, config, start="2025-11-01", end="2026-03-31")
    flows = pd.read_csv(SHARED / "data-extra" / "btc_etf_flows.csv", index_col="date",
                        parse_dates=True)["Total"]  # fmt: skip
    expected = flows.rolling(20).sum().reindex(history.raw.index).ffill(limit=4) > 0
    assert len(history.raw) > 80
    assert ((history.raw == "inflows") == expected).all()  # the rule matches the 20-day sum
    assert history.raw.loc["2025-12-31"] == "neutral"  # 20 trading days of net outflows
    assert history.raw.nunique() == 2
