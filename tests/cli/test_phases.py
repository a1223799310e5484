"""``leadwatch phase`` and ``phase history``/``returns`` on real data; the report section."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from leadwatch.cli import app


@pytest.fixture(scope="module")
def env(snapshot_store: Path) -> dict[str, str]:
    return {"LEADWATCH_STORE": str(snapshot_store), "COLUMNS": "160"}


def test_phase_today_text_and_json(env: dict[str, str]) -> None:
    runner = CliRunner()
    text = runner.invoke(app, ["phase", "--date", "2026-01-23"], env=env)
    assert text.exit_code == 0, text.output
    assert text.output.startswith("safe_haven on 2026-01-23")
    assert "metals_trending and stress_rising and btc_lagging" in text.output
    res = runner.invoke(app, ["phase", "--json"], env=env)
    payload = json.loads(res.stdout)
    assert {"date", "phase", "since", "rule", "triggers"} <= set(payload)
    assert len(payload["triggers"]) == 11


def test_phase_history_json_one_record_per_date(env: dict[str, str]) -> None:
    runner = CliRunner()
    res = runner.invoke(
        app, ["phase", "history", "--start", "2026-01-01", "--end", "2026-01-31", "--json"], env=env
    )
    assert res.exit_code == 0, res.output
    records = json.loads(res.stdout)
    assert all(set(r) == {"date", "phase"} for r in records)
    dates = [r["date"] for r in records]
    assert dates == [f"{d:%Y-%m-%d}" for d in pd.bdate_range("2026-01-01", "2026-01-30")]
    text = runner.invoke(app, ["phase", "history", "--start", "2025-01-01"], env=env)
    assert "Episodes" in text.output and "debasement" in text.output


def test_phase_bad_inputs_exit_2(env: dict[str, str], tmp_path: Path) -> None:
    runner = CliRunner()
    bad_date = runner.invoke(app, ["phase", "--date", "yesterday", "--json"], env=env)
    assert bad_date.exit_code == 2 and "--date" in json.loads(bad_date.stdout)["message"]
    missing = runner.invoke(
        app, ["phase", "--config", str(tmp_path / "no.toml"), "--json"], env=env
    )
    assert missing.exit_code == 2 and "does not exist" in json.loads(missing.stdout)["message"]
    target = runner.invoke(app, ["phase", "returns", "--target", "boom", "--json"], env=env)
    assert target.exit_code == 2 and "target='boom'" in json.loads(target.stdout)["message"]
    empty = runner.invoke(app, ["phase", "--json"], env={"LEADWATCH_STORE": str(tmp_path / "x")})
    assert empty.exit_code == 2 and json.loads(empty.stdout)["error"] == "StoreMissingError"


def test_phase_returns_cli(env: dict[str, str]) -> None:
    res = CliRunner().invoke(
        app, ["phase", "returns", "--horizon", "20", "--n-boot", "99", "--json"], env=env
    )
    assert res.exit_code == 0, res.output
    payload = json.loads(res.stdout)
    assert payload["horizon"] == 20 and payload["hac_lags"] >= 20
    assert {t["asset"] for t in payload["tests"]} == {"btc", "silver"}


def test_report_section_shows_the_results(snapshot_store: Path, tmp_path: Path) -> None:
    from leadwatch.api.phases import phase_report_sections
    from leadwatch.report.sample import sample_report_data
    from leadwatch.store import Store

    with Store(snapshot_store, read_only=True) as store:
        [section] = phase_report_sections(store, n_boot=99)
    html = section.render(sample_report_data()).html
    h, r = section.history, section.returns
    assert 'id="phases-chart"' in html and 'id="phases-table"' in html
    assert f"Current phase: <strong>{h.current}</strong> since {h.since:%Y-%m-%d}" in html
    row = r.table.set_index(["asset", "phase"]).loc[("btc", "debasement")]
    assert (
        f"{row['mean']:+.3f}" in html and f"[{row['ci_low']:+.3f}, {row['ci_high']:+.3f}]" in html
    )
    assert html.count('"type":"rect"') == len(h.episodes())


def test_report_section_absent_without_the_series(tmp_path: Path) -> None:
    from leadwatch.api.phases import phase_report_sections
    from leadwatch.store import Store
    from tests.analysis.phases.test_classify import synthetic_raw, write_store

    raw = synthetic_raw(400)
    path = write_store(tmp_path / "s.duckdb", {"btc": raw["btc"], "silver": raw["silver"]})
    with Store(path, read_only=True) as store:
        assert phase_report_sections(store) == []


@pytest.mark.browser
def test_phase_chart_renders_in_chromium(snapshot_store: Path, tmp_path: Path) -> None:
    from leadwatch.api import build_report_data
    from leadwatch.api.phases import phase_report_sections
    from leadwatch.report import write_report
    from leadwatch.store import Store
    from tests.browser import open_in_chromium

    with Store(snapshot_store, read_only=True) as store:
        data = build_report_data(store)
        sections = phase_report_sections(store, n_boot=99)
    path = write_report(data, tmp_path / "report", sections=tuple(sections))
    seen = open_in_chromium(path, tmp_path / "phases.png")
    assert seen.problems == [] and seen.plots_ready
    assert seen.trace_counts["phases-chart"] == 2 + 5  # two price lines, five phase keys
    assert seen.table_rows["phases-table"] == 10
    assert "Current phase" in seen.text


@pytest.mark.parametrize("command", [["phase"], ["triggers"]])
def test_a_date_past_the_data_is_answered_as_of_the_last_day_and_said(
    env: dict[str, str], command: list[str]
) -> None:
    runner = CliRunner()
    late = runner.invoke(app, [*command, "--date", "2099-01-01", "--json"], env=env)
    assert late.exit_code == 0, late.output
    assert "note: --date 2099-01-01 is after the last data" in late.stderr
    assert json.loads(late.stdout)["date"] < "2099-01-01"  # stdout stays clean JSON
    inside = runner.invoke(app, [*command, "--date", "2026-01-23", "--json"], env=env)
    assert "note:" not in inside.stderr
