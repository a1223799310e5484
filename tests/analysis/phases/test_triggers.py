"""Trigger checklist: metric arithmetic, known/unknown logic, 'since', real data, CLI."""

from __future__ import annotations

import json
import re
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from typer.testing import CliRunner

from leadwatch.analysis.phases.config import load_phase_config, parse_metric, parse_phase_config
from leadwatch.analysis.phases.triggers import evaluate_metric, evaluate_triggers, run_start
from leadwatch.cli import app
from leadwatch.errors import DataError

DAYS = pd.bdate_range("2024-01-01", periods=8)
FRAME = pd.DataFrame(
    {"vix": [10.0, 12, 30, 31, 29, 12, 11, 40], "dxy": [100.0, 101, 99, 98, 97, 96, 95, 94]},
    index=DAYS,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("level(vix)", FRAME["vix"]),
        ("mean(vix, 3)", FRAME["vix"].rolling(3).mean()),
        ("change(vix, 2)", FRAME["vix"] - FRAME["vix"].shift(2)),
        ("logchange(dxy, 1)", np.log(FRAME["dxy"]).diff()),
        ("vs_ma(dxy, 4)", FRAME["dxy"] / FRAME["dxy"].rolling(4).mean() - 1),
        ("from_high(dxy)", FRAME["dxy"] / FRAME["dxy"].cummax() - 1),
        ("pctrank(vix, 4)", FRAME["vix"].rolling(4).rank(pct=True)),
        ("diff(vix, dxy)", FRAME["vix"] - FRAME["dxy"]),
        ("change(diff(vix, dxy), 1)", (FRAME["vix"] - FRAME["dxy"]).diff()),
    ],
)
def test_metric_matches_its_definition(text: str, expected: pd.Series) -> None:
    got = evaluate_metric(parse_metric(text), FRAME)
    np.testing.assert_allclose(got.to_numpy(), expected.to_numpy(dtype=float), equal_nan=True)


def _config(mode: str) -> object:
    return parse_phase_config(
        {
            "triggers": {
                "t": {
                    "mode": mode,
                    "conditions": [
                        {"metric": "mean(vix, 3)", "op": ">=", "threshold": 20},
                        {"metric": "level(dxy)", "op": "<", "threshold": 99},
                    ],
                }
            },
            "phases": [{"name": "p", "all": ["t"]}],
        }
    )


def test_all_and_any_modes_and_unknown_days() -> None:
    both = evaluate_triggers(FRAME, _config("all"))  # type: ignore[arg-type]
    either = evaluate_triggers(FRAME, _config("any"))  # type: ignore[arg-type]
    # day 0-1: mean(vix, 3) unknown; dxy >= 99 fails, so 'all' is already known False there
    assert both.known["t"].tolist()[:2] == [True, True]
    assert not both.holds["t"].iloc[:2].any()
    assert either.known["t"].tolist()[:2] == [False, False]  # 'any' cannot decide yet
    # mean(vix, 3): nan nan 17.3 24.3 30 24 17.3 21; dxy < 99 from day 3
    assert both.holds["t"].tolist() == [False, False, False, True, True, True, False, True]
    assert either.holds["t"].tolist() == [False, False, False, True, True, True, True, True]


def test_board_reports_value_threshold_since_and_data_age() -> None:
    observed = pd.DataFrame({c: DAYS - pd.Timedelta(days=1) for c in FRAME.columns}, index=DAYS)
    history = evaluate_triggers(FRAME, _config("all"), observed=observed)  # type: ignore[arg-type]
    board = history.board("2024-01-05")
    row = board.table.iloc[0]
    assert row["holds"] and row["since"] == pd.Timestamp("2024-01-04")
    assert row["value"] == pytest.approx(30.0) and row["threshold"] == ">= 20"
    assert row["data_as_of"] == pd.Timestamp("2024-01-04")
    assert board.to_dict()["triggers"][0]["conditions"][1]["value"] == 97.0
    assert re.search(r"HOLDS\s+since 2024-01-04", board.summary())
    with pytest.raises(DataError, match="before the history"):
        history.board("2023-01-01")


def test_run_start() -> None:
    flags = pd.Series([1, 1, 0, 0, 0, 1], index=pd.bdate_range("2024-01-01", periods=6))
    assert [d.day for d in run_start(flags)] == [1, 1, 3, 3, 3, 8]


def test_real_triggers_match_independent_arithmetic(snapshot_store: Path) -> None:
    from leadwatch.api.phases import phase_frame, trigger_board

    board = trigger_board(snapshot_store, date="2025-12-31").table.set_index("trigger")
    assert board.loc["fed_cutting", "holds"]  # the Fed cut in Sep, Oct and Dec 2025
    frame = phase_frame(snapshot_store, end="2025-12-31").values
    ff = frame["fed_funds"].dropna()
    assert board.loc["fed_cutting", "value"] == pytest.approx(ff.iloc[-1] - ff.iloc[-127])
    silver = frame["silver"].dropna()
    assert board.loc["silver_ath", "value"] == pytest.approx(silver.iloc[-1] / silver.max() - 1)
    assert set(board.index) == {t.name for t in load_phase_config().triggers}
    assert (board["data_as_of"] <= pd.Timestamp("2025-12-31")).all()


def test_cli_triggers_table_and_json(snapshot_store: Path) -> None:
    runner = CliRunner()
    env = {"LEADWATCH_STORE": str(snapshot_store), "COLUMNS": "160"}
    text = runner.invoke(app, ["triggers", "--checklist", "--date", "2026-01-23"], env=env)
    assert text.exit_code == 0, text.output
    assert "Silver at or near its all-time high" in text.output and "HOLDS" in text.output
    assert "helper" not in text.output
    res = runner.invoke(app, ["triggers", "--json"], env=env)
    payload = json.loads(res.stdout)
    names = [t["trigger"] for t in payload["triggers"]]
    assert "fiscal_pressure" in names and "stress_rising" in names
    assert {"value", "threshold", "since", "holds", "conditions"} <= set(payload["triggers"][0])
    bad = runner.invoke(app, ["triggers", "--date", "2026-13-01", "--json"], env=env)
    assert bad.exit_code == 2 and json.loads(bad.stdout)["error"] == "DataError"
