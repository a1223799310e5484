"""A dating that fails unexpectedly tells the user to give the date, and --date still works."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

import leadwatch.claims.dating as dating
from leadwatch.cli import app

ARTICLE = "Gold rose 1.2% to $2,650 an ounce on Tuesday, while Bitcoin slipped 2% to $63,000.\n"


def _breaks_without_a_date(monkeypatch: pytest.MonkeyPatch) -> None:
    real = dating.infer_date

    def infer(extraction: Any, market: Any, *, date: Any = None) -> Any:
        if date is None:
            raise KeyError("a phrasing nobody tested")
        return real(extraction, market, date=date)

    monkeypatch.setattr(dating, "infer_date", infer)


def test_a_dating_bug_is_bad_input_with_the_date_as_the_fix(
    snapshot_store: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _breaks_without_a_date(monkeypatch)
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    runner = CliRunner()
    failed = runner.invoke(app, ["--store", str(snapshot_store), "claims", str(article)])
    assert failed.exit_code == 2, failed.output
    assert "cannot date the article" in failed.output and "KeyError" in failed.output
    assert "--date YYYY-MM-DD" in failed.output and "bug in leadwatch" in failed.output
    assert "Traceback" not in failed.output and "internal error" not in failed.output
    dated = runner.invoke(
        app,
        ["--store", str(snapshot_store), "claims", str(article), "--date", "2024-10-22"],
        catch_exceptions=False,
    )
    assert dated.exit_code in (0, 1), dated.output  # 1: a claim is contradicted
    assert "gold" in dated.output.lower() and "2024-10-22" in dated.output


def test_errors_raised_on_purpose_pass_through_unchanged(
    snapshot_store: Path, tmp_path: Path
) -> None:
    article = tmp_path / "b.txt"
    article.write_text("Markets were calm and nothing much happened.\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["--store", str(snapshot_store), "claims", str(article)])
    assert result.exit_code == 2, result.output
    assert "prints no date" in result.output and "bug" not in result.output
