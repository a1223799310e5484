"""The article's story: theses as of its date, what happened next, generated theses (CLI)."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from leadwatch.cli import app

runner = CliRunner()

TEXT = (
    "Gold hit a record high today.\n"
    "Historically, bitcoin often follows gold by several weeks.\n"
    "Bitcoin typically follows the Nasdaq by days.\n"
)


def test_generated_theses_saved_and_runnable(snapshot_store: Path, tmp_path: Path) -> None:
    article = tmp_path / "story.txt"
    article.write_text(TEXT, encoding="utf-8")
    folder = tmp_path / "theses"
    base = ["--store", str(snapshot_store)]
    args = [*base, "claims", str(article), "--date", "2025-10-20", "--n-boot", "99"]
    result = runner.invoke(app, [*args, "--save-theses", str(folder), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    names = [g["name"] for g in data["generated_theses"]]
    assert names == ["story-gold-leads-btc", "story-nasdaq-leads-btc"]
    assert "nasdaq" in data["generated_theses"][1]["note"]  # not in the catalog: shown only
    (row,) = data["theses"]
    assert row["name"] == "story-gold-leads-btc"
    assert row["verdict"] and row["verdict_now"] and "after the article" in row["next"]
    assert "2025-10-20" in data["theses_note"]  # run on the data known at the article's date
    story = [c for c in data["claims"] if c["kind"] == "narrative"]
    assert story and story[0]["theses"] == ["story-gold-leads-btc"]
    saved = sorted(p.name for p in folder.iterdir())
    assert saved == ["story-gold-leads-btc.toml", "story-nasdaq-leads-btc.toml"]
    ran = runner.invoke(
        app, [*base, "thesis", "run", str(folder / "story-gold-leads-btc.toml"), "--n-boot", "99"]
    )
    assert ran.exit_code == 0, ran.output
    assert "story-gold-leads-btc" in ran.stdout
