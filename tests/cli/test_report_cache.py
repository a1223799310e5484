"""``leadwatch report`` is not made again from an unchanged store; any change remakes it;
made again from the same store and seed, it is the same, byte for byte."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from leadwatch.cli._app import run
from leadwatch.cli._cache import ReportCache


def _report(capsys: pytest.CaptureFixture[str], store: Path, out: Path) -> dict[str, object]:
    args = ["--store", str(store), "report", "--format", "json", "--out", str(out)]
    code = run([*args, "--n-boot", "99", "--json"])
    captured = capsys.readouterr()
    assert code == 0, captured.err
    return dict(json.loads(captured.out))


def test_report_is_cached_by_store_content_not_time(
    snapshot_store: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store = tmp_path / "store.duckdb"
    shutil.copyfile(snapshot_store, store)
    out = tmp_path / "report"
    first = _report(capsys, store, out)
    assert first["cached"] is False
    # made again elsewhere from the same store and seed: the same report, byte for byte
    remade = _report(capsys, store, tmp_path / "elsewhere")
    assert remade["cached"] is False
    made = (out / "report.json").read_bytes()
    assert (tmp_path / "elsewhere" / "report.json").read_bytes() == made
    again = _report(capsys, store, out)
    assert again["cached"] is True and again["verdicts"] == first["verdicts"]
    assert again["path"] == first["path"]
    store.touch()  # a new time, the same content: still cached
    assert _report(capsys, store, out)["cached"] is True
    params = {"format": "json", "seed": 0, "n_boot": 99, "sections": None, "articles": None}
    assert ReportCache(out, store, params).hit() is not None
    assert ReportCache(out, store, params | {"seed": 1}).hit() is None  # other options
    with store.open("r+b") as handle:  # other store bytes (content): not served from cache
        handle.seek(0, 2)
        handle.write(b"\0" * 16)
    assert ReportCache(out, store, params).hit() is None
    (out / "report.json").write_text("{}")  # the report edited since: made again
    store.write_bytes(snapshot_store.read_bytes())
    assert ReportCache(out, store, params).hit() is None
