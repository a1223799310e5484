"""``leadwatch thesis list|show|run|new`` through typer's CliRunner."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from leadwatch.cli import app
from leadwatch.theses import BUILTIN, TEMPLATE

runner = CliRunner()


def test_list() -> None:
    result = runner.invoke(app, ["thesis", "list", "--json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert [r["name"] for r in rows] == list(BUILTIN)
    assert rows[4]["kinds"] == ["conditional", "phase"]
    text = runner.invoke(app, ["thesis", "list"])
    assert text.exit_code == 0 and "silver-ath-bitcoin" in text.stdout


def test_show_builtin_and_json() -> None:
    result = runner.invoke(app, ["thesis", "show", "gold-leads-bitcoin"])
    assert result.exit_code == 0, result.output
    assert "first close above 103" in result.stdout and "weekly-lead [lead_lag]" in result.stdout
    data = json.loads(runner.invoke(app, ["thesis", "show", "debasement-phase", "--json"]).stdout)
    assert data["hypotheses"][0]["when"][0]["window"] == "6 months"


def test_show_unknown_name_is_bad_input() -> None:
    result = runner.invoke(app, ["thesis", "show", "gold-leads-bitcon", "--json"])
    assert result.exit_code == 2
    assert "did you mean 'gold-leads-bitcoin'" in json.loads(result.stdout)["fix"]


def test_show_bad_file_names_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.toml"
    path.write_text(TEMPLATE.replace('leader = "silver"', 'leader = "silverr"', 1))
    result = runner.invoke(app, ["thesis", "show", str(path)])
    assert result.exit_code == 2
    assert f"{path} line 27: hypotheses[1].leader: unknown series 'silverr'" in result.stderr


def test_new_writes_template_and_refuses_to_overwrite(tmp_path: Path) -> None:
    path = tmp_path / "mine.toml"
    assert runner.invoke(app, ["thesis", "new", str(path)]).exit_code == 0
    assert path.read_text() == TEMPLATE
    again = runner.invoke(app, ["thesis", "new", str(path)])
    assert again.exit_code == 2 and "already exists" in again.stderr
    assert runner.invoke(app, ["thesis", "new", str(path), "--force"]).exit_code == 0
    printed = runner.invoke(app, ["thesis", "new", "-"])
    assert printed.exit_code == 0 and printed.stdout == TEMPLATE


def test_run_a_new_file_on_the_snapshot(snapshot_store: Path, tmp_path: Path) -> None:
    path = tmp_path / "mine.toml"
    runner.invoke(app, ["thesis", "new", str(path)])
    args = ["--store", str(snapshot_store), "thesis", "run", str(path), "--n-boot", "199"]
    result = runner.invoke(app, [*args, "--as-of", "2025-12-31", "--json"])
    assert result.exit_code == 0, result.output
    payload = json.loads(result.stdout)
    assert payload["as_of"] == "2025-12-31" and payload["adjustment"] == "Holm"
    hyps = payload["theses"][0]["hypotheses"]
    assert [h["id"] for h in hyps] == ["weekly-lead", "after-breakouts"]
    assert all(h["end"] <= "2025-12-31" for h in hyps)
    text = runner.invoke(app, args)
    assert text.exit_code == 0 and "Holm-adjusted over all 2" in text.stdout


def test_run_bad_date_is_bad_input(snapshot_store: Path) -> None:
    result = runner.invoke(
        app, ["--store", str(snapshot_store), "thesis", "run", "silver-ath-bitcoin", "--as-of", "x"]
    )
    assert result.exit_code == 2 and "YYYY-MM-DD" in result.stderr
