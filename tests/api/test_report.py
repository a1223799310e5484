"""The report registry: chosen sections only, only their inputs computed, clear errors."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from leadwatch.api import report as api_report
from leadwatch.api.report import (
    REPORT_INPUTS,
    REPORT_SECTION_IDS,
    REPORT_SECTIONS,
    build_report_sections,
    report_needs,
)
from leadwatch.batch import SeriesBatch
from leadwatch.cli import app
from leadwatch.report.registry import UnknownSectionError
from leadwatch.store import Store

runner = CliRunner()


def _batch(series_id: str, dates: pd.DatetimeIndex, start: float) -> SeriesBatch:
    values = start * (1.001 ** pd.Series(range(len(dates)))).to_numpy()
    frame = pd.DataFrame({"date": dates, "value": values})
    return SeriesBatch.from_values(series_id, frame, provider="t", location="t", checksum="x")


@pytest.fixture
def small_store(tmp_path: Path) -> Path:
    """Silver, gold and Bitcoin only: enough for the data sections, not for the theses."""
    days = pd.date_range("2023-01-01", "2024-06-30", freq="D")
    weekdays = days[days.day_of_week < 5]
    path = tmp_path / "small.duckdb"
    with Store(path) as store:
        store.write_batches(
            [
                _batch("btc", days, 2e4),
                _batch("silver", weekdays, 23.0),
                _batch("gold", weekdays, 1800.0),
            ]
        )
    return path


def test_registry_is_consistent() -> None:
    assert len(set(REPORT_SECTION_IDS)) == len(REPORT_SECTION_IDS)
    assert {n for spec in REPORT_SECTIONS for n in spec.needs} == set(REPORT_INPUTS)
    assert REPORT_SECTION_IDS[:2] == ("what-happened-next", "verdicts")  # the headline first
    assert REPORT_SECTION_IDS[-1] == "coverage"
    assert report_needs(["prices", "coverage"]) == ()
    assert report_needs() == (
        "theses",
        "graded",
        "spillover",
        "phases",
        "backtest",
        "flows",
        "scan",
    )


def test_only_the_needed_inputs_are_computed(
    small_store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    called: list[str] = []

    def forbidden(name: str) -> object:
        def compute(ctx: object) -> object:
            called.append(name)
            raise AssertionError(f"input {name} computed for sections that do not need it")

        return compute

    monkeypatch.setattr(
        api_report, "REPORT_INPUTS", {name: forbidden(name) for name in REPORT_INPUTS}
    )
    with Store(small_store, read_only=True) as store:
        ids = [s.id for s in build_report_sections(store, sections=["coverage", "prices"])]
        assert ids == ["prices", "coverage"] and called == []
        with pytest.raises(AssertionError, match="input scan computed"):
            build_report_sections(store, sections=["scan"])
    assert called == ["scan"]


def test_unknown_section_names_the_valid_ids(small_store: Path) -> None:
    with Store(small_store, read_only=True) as store, pytest.raises(UnknownSectionError) as err:
        build_report_sections(store, sections=["verdict", "prices"])
    assert "'verdict'" in str(err.value) and all(i in str(err.value) for i in REPORT_SECTION_IDS)


def test_cli_builds_only_the_chosen_sections(small_store: Path, tmp_path: Path) -> None:
    out = tmp_path / "report"
    args = ["--store", str(small_store), "report", "--out", str(out)]
    res = runner.invoke(app, [*args, "--sections", "coverage, prices", "--json"])
    assert res.exit_code == 0, res.output
    payload = json.loads(res.stdout)
    assert payload["verdicts"] == {}  # no thesis section asked, no thesis run
    page = (out / "index.html").read_text(encoding="utf-8")
    assert page.count("<section ") == 2
    assert '<section id="prices"' in page and '<section id="coverage"' in page

    bad = runner.invoke(app, [*args, "--sections", "verdicts,phase"])
    assert bad.exit_code == 2
    assert "unknown report section 'phase'" in bad.output and "valid ids:" in bad.output
    assert "Traceback" not in bad.output

    md = runner.invoke(app, [*args, "--sections", "coverage", "--format", "md"])
    assert md.exit_code == 2 and "--sections applies to the HTML report" in md.output
