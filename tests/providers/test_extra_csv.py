"""Tables beyond prices: parsing, bad files (exit 2, store untouched), import and provenance."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from leadwatch.cli import app
from leadwatch.errors import DataError
from leadwatch.providers.extra_csv import parse_extra, published_from, read_extra_dir
from leadwatch.store import Store
from tests.paths import SHARED

EXTRA = SHARED / "data-extra"
runner = CliRunner()

FLOWS = "date,A,B,Total\n2024-01-02,1.5,,1.5\n2024-01-03,-2,1,-1\n2024-01-05,3,0,3\n"
FUND = (
    "year,item,value,unit,status,edition,source,source_url\n"
    "2023,market_deficit,184.3,Moz,actual,WSS 2024 (17 Apr 2024),SI,u\n"
    "2023,market_deficit,200.6,Moz,actual (revised),WSS 2025 (16 Apr 2025),SI,u\n"
    "2021-2024,market_deficit_cumulative,678,Moz,actual,WSS 2025 (16 Apr 2025),SI,u\n"
)
MINE = (
    "year,country,tonnes,status,edition,source,source_url_or_repo\n"
    "2024,Mexico,6300,estimate,USGS MCS 2025,USGS,u\n"
    "2024,Mexico,5780,revised,USGS MCS 2026,USGS,u\n"
)
SNAP = (
    "date,venue,underlying,strike_usd,expiry,option_type,metric,value,unit,data_vendor_cited,"
    "source_url\n2026-01-05,Deribit,BTC,100000,all,call,notional_open_interest,1450,USD m,D,u\n"
    "2026-01-05,Deribit,BTC,,all,all,notional_open_interest_total,14150,USD m,D,u\n"
)

# (file name, content, words the message must contain)
BAD = {
    "wrong_header": ("f.csv", FUND.replace("edition", "report"), ["matches no table kind"]),
    "bad_date": ("f.csv", FLOWS.replace("2024-01-03", "2024-01-32"), ["line 3", "ISO date"]),
    "unsorted": ("f.csv", FLOWS.replace("2024-01-05", "2024-01-01"), ["line 4", "sort"]),
    "duplicate_day": ("f.csv", FLOWS.replace("2024-01-05", "2024-01-03"), ["line 4", "duplicate"]),
    "non_numeric": ("f.csv", FLOWS.replace("-2,1,-1", "-2,x,-1"), ["line 3", "not a number"]),
    "total_off": ("f.csv", FLOWS.replace("3,0,3", "3,0,9"), ["line 4", "sum of the funds"]),
    "edition_missing": ("s.csv", FUND.replace("WSS 2025 (16 Apr 2025),SI", ",SI"), ["edition"]),
    "edition_undated": ("s.csv", FUND.replace("WSS 2024 (17 Apr 2024)", "WSS"), ["no date"]),
    "duplicate_key": ("s.csv", FUND + FUND.splitlines()[1] + "\n", ["line 5", "duplicate"]),
    "bad_year": ("s.csv", FUND.replace("2021-2024", "2024-2021"), ["line 4", "YYYY"]),
    "blank_value": ("m.csv", MINE.replace("5780", ""), ["line 3", "blank"]),
    "snapshot_dup": ("o.csv", SNAP + SNAP.splitlines()[1] + "\n", ["line 4", "duplicate"]),
    "snapshot_value": ("o.csv", SNAP.replace("1450", "lots"), ["line 2", "not a number"]),
}


def test_kinds_and_rows() -> None:
    flows = parse_extra(FLOWS.encode(), location="flows.csv")
    assert (flows.kind, flows.rows) == ("flows", 8)  # the blank B cell is not a row
    day = flows.frame[flows.frame["date"] == "2024-01-04"]
    assert day.empty  # a day without trading is missing, not a zero flow
    fund = parse_extra(FUND.encode(), location="s.csv")
    assert fund.kind == "fundamentals"
    assert fund.frame["published"].dt.strftime("%Y-%m-%d").tolist()[:2] == [
        "2024-04-17",
        "2025-04-16",
    ]
    assert fund.frame.loc[2, ["year_start", "year_end"]].tolist() == [2021, 2024]
    mine = parse_extra(MINE.encode(), location="m.csv")
    assert (mine.kind, mine.frame["item"].tolist()) == ("fundamentals", ["Mexico", "Mexico"])
    snap = parse_extra(SNAP.encode(), location="o.csv")
    assert snap.kind == "snapshots" and pd.isna(snap.frame["strike"].iloc[1])


def test_published_from_edition_names() -> None:
    assert published_from("Silver Market Outlook (10 Feb 2026)") == pd.Timestamp("2026-02-10")
    assert published_from("WSS 2023 (Apr 2023)") == pd.Timestamp("2023-04-30")
    assert published_from("USGS MCS 2025") == pd.Timestamp("2025-03-31")
    assert published_from("no year here") is None


@pytest.mark.parametrize("case", sorted(BAD))
def test_bad_file_is_refused_with_line_and_fix(case: str) -> None:
    name, content, words = BAD[case]
    with pytest.raises(DataError) as info:
        parse_extra(content.encode(), location=name)
    message = str(info.value)
    assert "Fix:" in message
    for word in words:
        assert word in message, message


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("case", sorted(BAD))
def test_cli_bad_file_exit_2_store_byte_identical(case: str, tmp_path: Path) -> None:
    store = tmp_path / "s.duckdb"
    good = tmp_path / "good"
    good.mkdir()
    (good / "flows.csv").write_text(FLOWS)
    assert runner.invoke(app, ["--store", str(store), "data", "import", str(good)]).exit_code == 0
    before = _digest(store)
    name, content, _ = BAD[case]
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "flows.csv").write_text(FLOWS.replace("1.5,,1.5", "2.5,,2.5"))  # a good change too
    (bad / name).write_text(content)
    result = runner.invoke(app, ["--store", str(store), "data", "import", str(bad)])
    assert result.exit_code == 2, result.stdout
    assert "Traceback" not in result.stdout + result.stderr
    assert _digest(store) == before


def test_real_files_import_idempotent_with_provenance(tmp_path: Path) -> None:
    store = tmp_path / "s.duckdb"
    args = ["--store", str(store), "data", "import", str(EXTRA)]
    first = runner.invoke(app, [*args, "--json"])
    assert first.exit_code == 0, first.stdout
    done = {e["dataset"]: e for e in json.loads(first.stdout)["extra"]}
    assert set(done) == {
        "btc_etf_flows",
        "btc_options_oi",
        "silver_mine_production",
        "silver_supply_demand",
    }
    assert done["btc_options_oi"]["rows"] == 8
    assert done["silver_supply_demand"]["rows"] == 36
    before = _digest(store)
    again = runner.invoke(app, args)
    assert again.exit_code == 0 and "Nothing changed" in again.stdout
    with Store(store, read_only=True) as s:
        log = s.ingest_log()
        status = s.extra_status()
        flows = s.flows("btc_etf_flows")
        every = s.fundamentals("silver_supply_demand")
        then = s.fundamentals("silver_supply_demand", as_of="2024-12-31")
    assert len(log) == 4 and set(log["provider"]) >= {"extra_csv:flows", "extra_csv:snapshots"}
    assert status["checksum"].str.len().eq(64).all()
    # SOURCES.md spot check: Farside cumulative total 57,708 as of 2025-12-17
    assert flows.loc[:"2025-12-17", "Total"].sum() == pytest.approx(57708.1, abs=0.5)
    deficit_2023 = every[(every["item"] == "market_deficit") & (every["period"] == "2023")]
    assert sorted(deficit_2023["value"]) == [184.3, 200.6]  # both editions kept
    assert "World Silver Survey 2025 (16 Apr 2025)" not in set(then["edition"])
    shown = runner.invoke(app, ["--store", str(store), "data", "show", "btc_options_oi", "--json"])
    rows = json.loads(shown.stdout)["rows"]
    assert len(rows) == 8 and {r["provider"] for r in rows} == {"extra_csv:snapshots"}
    show = ["--store", str(store), "data", "show", "silver_mine_production", "--json"]
    later = runner.invoke(app, [*show, "--start", "2025-01-01", "--limit", "0"])
    assert {r["period"] for r in json.loads(later.stdout)["rows"]} == {"2025"}
    stat = runner.invoke(app, ["--store", str(store), "data", "status", "--json"])
    assert {e["dataset"] for e in json.loads(stat.stdout)["extra"]} == set(done)
    assert _digest(store) == before  # re-import, status and show changed nothing


def test_changed_file_replaces_rows_and_logs(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "flows.csv").write_text(FLOWS)
    with Store(tmp_path / "s.duckdb") as store:
        [first] = store.write_extra(read_extra_dir(folder))
        (folder / "flows.csv").write_text(FLOWS.replace("3,0,3", "4,0,4"))
        [second] = store.write_extra(read_extra_dir(folder))
        assert (first.inserted, second.updated, second.unchanged) == (8, 2, 6)
        assert store.flows("flows").loc["2024-01-05", "Total"] == 4.0
        assert len(store.ingest_log()) == 2


def test_single_extra_file_imports_without_series(tmp_path: Path) -> None:
    store = tmp_path / "s.duckdb"
    file = EXTRA / "silver_mine_production.csv"
    result = runner.invoke(app, ["--store", str(store), "data", "import", str(file), "--json"])
    assert result.exit_code == 0, result.stdout
    [done] = json.loads(result.stdout)["extra"]
    assert (done["dataset"], done["rows"]) == ("silver_mine_production", 36)
    prices = tmp_path / "p.csv"
    prices.write_text("date,value\n2024-01-02,1\n")
    refused = runner.invoke(app, ["--store", str(store), "data", "import", str(prices)])
    assert refused.exit_code == 2  # a price file still needs --series


def test_prices_and_extra_tables_in_one_transaction(tmp_path: Path) -> None:
    from dataclasses import replace

    from leadwatch.batch import SeriesBatch

    frame = pd.DataFrame({"date": pd.to_datetime(["2024-01-02"]), "value": [23.5]})
    batch = SeriesBatch.from_values("silver", frame, provider="t", location="x", checksum="c")
    table = parse_extra(FLOWS.encode(), location="flows.csv")
    broken = replace(table, dataset="other", frame=table.frame.drop(columns="fund"))
    with Store(tmp_path / "s.duckdb") as store:
        with pytest.raises(KeyError):  # fails after the prices were staged: all rolled back
            store.write_all([batch], [table, broken])
        assert store.status().set_index("id").loc["silver", "rows"] == 0
        assert store.extra_status().empty and store.ingest_log().empty
        prices, done = store.write_all([batch], [table])
        assert prices.inserted == 1 and done[0].inserted == 8


def test_flows_reader_asks_which_table_when_several(tmp_path: Path) -> None:
    first = parse_extra(FLOWS.encode(), location="a.csv")
    second = parse_extra(FLOWS.encode(), location="b.csv")
    with Store(tmp_path / "s.duckdb") as store:
        store.write_extra([first, second])
        with pytest.raises(DataError, match="several flows tables"):
            store.flows()
        assert store.flows("b")["Total"].sum() == pytest.approx(3.5)
