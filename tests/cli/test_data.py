"""The `leadwatch data` commands through typer's CliRunner: output, --json, exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from leadwatch.cli import app
from leadwatch.store import Store

runner = CliRunner()


def _run(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args))
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.stdout, result.stderr


GOOD_BTC = (
    "date,open,high,low,close,volume,source\n"
    "2024-01-01,42000,43000,41000,42500,1e9,yahoo\n"
    "2024-01-02,42500,45000,42000,44900,2e9,yahoo\n"
    "2024-01-03,44900,45500,42500,42800,2e9,yahoo\n"
)

# One bad file per case: (file name, content, words the message must contain)
BAD_INPUTS = {
    "bad_date": (
        "btc_usd.csv",
        GOOD_BTC.replace("2024-01-03", "2024-01-32"),
        ["line 4", "not a valid ISO date"],
    ),
    "duplicate_date": (
        "btc_usd.csv",
        GOOD_BTC.replace("2024-01-03", "2024-01-02"),
        ["line 4", "duplicate date"],
    ),
    "unsorted": (
        "silver_usd.csv",
        "date,silver_usd\n2024-01-03,23\n2024-01-02,24\n",
        ["line 3", "not sorted"],
    ),
    "non_numeric": (
        "silver_usd.csv",
        "date,silver_usd\n2024-01-02,23\n2024-01-03,twenty\n",
        ["line 3", "not a number"],
    ),
    "negative_price": (
        "gold_usd.csv",
        "date,gold_usd\n2024-01-02,-2000\n",
        ["line 2", "not positive"],
    ),
    "zero_price": ("gold_usd.csv", "date,gold_usd\n2024-01-02,0\n", ["line 2", "not positive"]),
    "wrong_columns": (
        "gold_usd.csv",
        "date,gold\n2024-01-02,2000\n",
        ["column 'gold_usd'", "found: date, gold"],
    ),
}


@pytest.fixture()
def store_path(tmp_path: Path) -> Path:
    return tmp_path / "cli.duckdb"


@pytest.fixture()
def seeded(store_path: Path, tmp_path: Path) -> Path:
    """A store holding a small good silver series."""
    folder = tmp_path / "seed"
    folder.mkdir()
    (folder / "silver_usd.csv").write_text("date,silver_usd\n2024-01-02,23.5\n2024-01-03,23.9\n")
    code, _, stderr = _run("--store", str(store_path), "data", "import", str(folder))
    assert code == 0, stderr
    return store_path


def _snapshot_of(path: Path) -> pd.DataFrame:
    with Store(path, read_only=True) as store:
        return store._sql("SELECT * FROM observations ORDER BY ALL")


@pytest.mark.parametrize("case", sorted(BAD_INPUTS))
def test_bad_input_exits_2_names_file_and_line_and_writes_nothing(
    case: str, seeded: Path, tmp_path: Path
) -> None:
    name, content, words = BAD_INPUTS[case]
    folder = tmp_path / case
    folder.mkdir()
    (folder / name).write_text(content)
    # a good file beside the bad one must not be imported either
    (folder / "dxy.csv").write_text("date,open,high,low,close\n2024-01-02,1,1,1,101.5\n")
    before = _snapshot_of(seeded)
    code, _, stderr = _run("--store", str(seeded), "data", "import", str(folder))
    assert code == 2
    assert name in stderr
    for word in words:
        assert word in stderr
    assert "Fix:" in stderr
    pd.testing.assert_frame_equal(before, _snapshot_of(seeded))


def test_bad_input_json_error(seeded: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("date,value\n2024-01-02,abc\n")
    code, stdout, _ = _run(
        "--store", str(seeded), "data", "import", str(bad), "--series", "gold", "--json"
    )
    assert code == 2
    payload = json.loads(stdout)
    assert payload["error"] == "DataError"
    assert "line 2" in payload["message"] and payload["exit_code"] == 2 and payload["fix"]


def test_absurd_jump_is_flagged_and_strict_mode_refuses(store_path: Path, tmp_path: Path) -> None:
    spike = tmp_path / "spike.csv"
    spike.write_text("date,value\n2024-01-02,23.5\n2024-01-03,2.35\n2024-01-04,23.6\n")
    code, _, stderr = _run(
        "--store", str(store_path), "data", "import", str(spike), "--series", "silver", "--strict"
    )
    assert code == 2 and "line 3" in stderr and "isolated spike" in stderr
    assert not store_path.exists() or _snapshot_of(store_path).empty

    code, stdout, stderr = _run(
        "--store", str(store_path), "data", "import", str(spike), "--series", "silver"
    )
    assert code == 0
    assert "warning" in stderr and "line 3" in stderr and "kept and flagged" in stderr
    code, stdout, _ = _run("--store", str(store_path), "data", "show", "silver", "--json")
    rows = {r["date"]: r for r in json.loads(stdout)["rows"]}
    assert rows["2024-01-03"]["flag"].startswith("isolated spike")
    assert rows["2024-01-02"]["flag"] is None


def test_single_file_needs_series_and_folder_refuses_series(
    store_path: Path, tmp_path: Path
) -> None:
    single = tmp_path / "x.csv"
    single.write_text("date,value\n2024-01-02,1\n")
    code, _, stderr = _run("--store", str(store_path), "data", "import", str(single))
    assert code == 2 and "--series" in stderr
    code, _, stderr = _run(
        "--store", str(store_path), "data", "import", str(tmp_path), "--series", "gold"
    )
    assert code == 2 and "--series" in stderr
    code, _, stderr = _run("--store", str(store_path), "data", "import", str(tmp_path / "nope"))
    assert code == 2 and "no such file" in stderr


def test_import_json_is_stable(store_path: Path, tmp_path: Path) -> None:
    single = tmp_path / "gold.csv"
    single.write_text("date,gold_usd\n2024-01-02,2000\n2024-01-03,2010\n")
    code, stdout, _ = _run(
        "--store", str(store_path), "data", "import", str(single), "--series", "gold", "--json"
    )
    assert code == 0
    payload = json.loads(stdout)
    assert set(payload) == {
        "store",
        "changed",
        "inserted",
        "updated",
        "seconds",
        "series",
        "suspects",
    }
    assert payload["inserted"] == 2 and payload["changed"] is True
    [series] = payload["series"]
    assert series["id"] == "gold" and series["first"] == "2024-01-02"  # the keys of data status
    code, stdout, _ = _run(
        "--store", str(store_path), "data", "import", str(single), "--series", "gold", "--json"
    )
    assert json.loads(stdout)["changed"] is False


def test_status_show_export(snapshot_store: Path, tmp_path: Path) -> None:
    code, stdout, _ = _run("--store", str(snapshot_store), "data", "status")
    assert code == 0 and "silver" in stdout and "14,809" in stdout

    code, stdout, _ = _run("--store", str(snapshot_store), "data", "status", "--json")
    status = {row["id"]: row for row in json.loads(stdout)["series"]}
    assert status["btc"]["rows"] == 5878 and status["btc"]["last"] == "2026-08-20"
    assert {"id", "rows", "first", "last", "source", "location", "imported_at", "checksum"} <= set(
        status["btc"]
    )

    code, stdout, _ = _run(
        "--store",
        str(snapshot_store),
        "data",
        "show",
        "btc",
        "--start",
        "2024-12-04",
        "--end",
        "2024-12-05",
        "--json",
    )
    rows = json.loads(stdout)["rows"]
    assert [r["date"] for r in rows] == ["2024-12-04", "2024-12-05"]
    assert rows[1]["value"] == pytest.approx(96593.57) and rows[1]["high"] == pytest.approx(
        103900.5
    )
    assert rows[1]["source"] == "yahoo" and rows[1]["location"].endswith("btc_usd.csv")

    code, _, stderr = _run(
        "--store", str(snapshot_store), "data", "show", "btc", "--start", "2024-13-01"
    )
    assert code == 2 and "YYYY-MM-DD" in stderr
    code, _, stderr = _run("--store", str(snapshot_store), "data", "show", "platinum")
    assert code == 2 and "unknown series" in stderr

    csv_path = tmp_path / "out" / "gold.csv"
    code, _, _ = _run(
        "--store", str(snapshot_store), "data", "export", "gold", "--out", str(csv_path)
    )
    assert code == 0
    exported = pd.read_csv(csv_path)
    assert len(exported) == 14665 and exported["date"].iloc[0] == "1968-04-01"
    parquet_path = tmp_path / "gold.parquet"
    code, stdout, _ = _run(
        "--store",
        str(snapshot_store),
        "data",
        "export",
        "gold",
        "--format",
        "parquet",
        "--out",
        str(parquet_path),
        "--start",
        "2020-01-01",
        "--json",
    )
    assert code == 0 and json.loads(stdout)["rows"] == len(pd.read_parquet(parquet_path))
    assert not list((tmp_path / "out").glob(".gold.csv.*")), "no temp files left behind"


def test_status_without_store(tmp_path: Path) -> None:
    code, _, stderr = _run("--store", str(tmp_path / "none.duckdb"), "data", "status")
    assert code == 2 and "no store at" in stderr and "leadwatch data import" in stderr


def test_env_var_selects_store(snapshot_store: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LEADWATCH_STORE", str(snapshot_store))
    code, stdout, _ = _run("data", "status", "--json")
    assert code == 0 and json.loads(stdout)["store"] == str(snapshot_store)


def test_error_text_with_brackets_is_printed_verbatim(tmp_path: Path) -> None:
    bad = tmp_path / "[strategy].csv"
    bad.write_text("date,value\n2024-01-02,abc\n")
    code, _, stderr = _run(
        "--store", str(tmp_path / "s.duckdb"), "data", "import", str(bad), "--series", "gold"
    )
    assert code == 2 and "[strategy].csv" in stderr


def test_flows_command_months_and_both_directions(tmp_path: Path) -> None:
    from tests.paths import SHARED

    store = str(tmp_path / "s.duckdb")
    assert _run("--store", store, "data", "import", str(SHARED / "data-extra"))[0] == 0
    assert _run("--store", store, "data", "import", str(SHARED / "data"))[0] == 0
    code, stdout, _ = _run(
        "--store", store, "flows", "--as-of", "2026-01-12", "--n-boot", "99", "--json"
    )
    assert code == 0
    payload = json.loads(stdout)
    december = next(m for m in payload["months"] if m["month"] == "2025-12")
    assert december["net"] == pytest.approx(-1092.5, abs=0.05) and december["days"] == 22
    assert payload["months"][-1] == {**payload["months"][-1], "month": "2026-01", "complete": False}
    assert {"flows_lead", "price_leads"} <= set(payload["lead_lag"])
    missing = _run("--store", store, "flows", "nope")
    assert missing[0] == 2
