"""The main job end to end, as a user runs it: CLI subprocesses on the real snapshot; Chromium."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from leadwatch.cli import app
from tests.browser import open_in_chromium

REPO = Path(__file__).resolve().parents[1]
ARTIFACTS = REPO / "test-artifacts"


def _leadwatch(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "leadwatch", *args],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


@pytest.mark.browser
def test_import_then_report_opens_in_chromium(snapshot_dir: Path, tmp_path: Path) -> None:
    store = tmp_path / "e2e.duckdb"
    imported = _leadwatch("--store", str(store), "data", "import", str(snapshot_dir), "--json")
    assert imported.returncode == 0, imported.stderr
    payload = json.loads(imported.stdout)
    assert payload["inserted"] > 220_000
    assert [s["series"] for s in payload["suspects"]] == ["silver"]

    out_dir = tmp_path / "report"
    report = _leadwatch("--store", str(store), "report", "--out", str(out_dir), "--json")
    assert report.returncode == 0, report.stderr
    payload = json.loads(report.stdout)
    path = Path(payload["path"])
    assert path == (out_dir / "index.html").resolve()
    assert payload["seed"] == 0 and len(payload["verdicts"]) == 7
    html = path.read_text()
    assert "<script src=" not in html and '<link rel="stylesheet"' not in html, "must open offline"

    # same store and seed, the same report: tests/cli/test_report_cache.py (the content, on
    # this snapshot) and tests/report/test_report.py (the page's rendering, byte for byte)

    seen = open_in_chromium(path, ARTIFACTS / "report-real-data.png", timeout_s=90)
    assert seen.problems == []
    assert seen.plots_ready and seen.plot_count == len(seen.trace_counts) >= 26
    expected = {"prices-chart", "correlation-chart", "spillover-chart"}
    expected |= {f"what-happened-next-{i}-chart" for i in (1, 2, 3)}
    expected |= {"thesis-1-h1-ccf", "thesis-1-h1-events", "thesis-1-h1-rolling", "thesis-1-h1-oos"}
    assert expected <= set(seen.trace_counts), sorted(seen.trace_counts)
    assert all(count >= 1 for count in seen.trace_counts.values()), seen.trace_counts
    assert "January 2026" in seen.text and "net spillover" in seen.text.lower()
    # the headline section comes first, then the verdict table for all 7 theses
    assert seen.text.index("What happened next") < seen.text.index("Verdicts: the articles")
    assert seen.table_rows["verdicts-table"] == 15
    assert "Dated 2026-01-12" in seen.text and "Dated 2026-01-26" in seen.text
    # every stored series is listed in the coverage table with its provenance
    assert seen.table_rows["coverage-table"] == 23
    for words in ("silver_usd.csv", "btc_usd.csv", "LBMA", "2026-08-20", "Holm", "k > 0 means"):
        assert words in seen.text
    assert (ARTIFACTS / "report-real-data.png").stat().st_size > 10_000


def test_report_markdown_and_json(snapshot_store: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    for fmt, name in (("md", "report.md"), ("json", "report.json")):
        result = runner.invoke(
            app,
            [
                "--store",
                str(snapshot_store),
                "report",
                "--out",
                str(tmp_path),
                "--format",
                fmt,
                "--n-boot",
                "199",
            ],
        )
        assert result.exit_code == 0, result.output
        assert (tmp_path / name).is_file()
    md = (tmp_path / "report.md").read_text()
    assert md.index("## What happened next") < md.index("## Verdicts")
    assert "dated **2026-01-12**" in md and "## Data provenance" in md
    data = json.loads((tmp_path / "report.json").read_text())
    assert [h["dated"]["date"] for h in data["hindsights"]] == [
        "2026-01-12",
        "2026-01-26",
        "2026-01-26",
    ]
    assert data["theses"]["n_tests"] == 15 and data["theses"]["n_boot"] == 199


def test_report_without_data_is_bad_input(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["--store", str(tmp_path / "none.duckdb"), "report"])
    assert result.exit_code == 2
    assert "no store at" in result.stderr


def test_report_needs_the_three_series(tmp_path: Path) -> None:
    store = tmp_path / "partial.duckdb"
    gold = tmp_path / "gold.csv"
    gold.write_text("date,gold_usd\n2024-01-02,2000\n2024-01-03,2010\n")
    runner = CliRunner()
    assert (
        runner.invoke(
            app, ["--store", str(store), "data", "import", str(gold), "--series", "gold"]
        ).exit_code
        == 0
    )
    result = runner.invoke(app, ["--store", str(store), "report", "--json"])
    assert result.exit_code == 2
    error = json.loads(result.stdout)
    assert "silver" in error["message"] and "btc" in error["message"]
    assert "leadwatch data import" in error["fix"]


def test_cli_version_and_help() -> None:
    result = _leadwatch("--version")
    assert result.returncode == 0 and result.stdout.startswith("leadwatch ")
    result = _leadwatch("data", "--help")
    assert result.returncode == 0
    for command in ("import", "status", "show", "export"):
        assert command in result.stdout
    assert _leadwatch("data", "import").returncode == 2  # missing argument: usage error
