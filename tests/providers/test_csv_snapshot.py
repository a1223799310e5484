"""CSV snapshot parsing and validation: every bad input on its own, and the real snapshot."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from leadwatch.errors import DataError, UnknownSeriesError
from leadwatch.providers.csv_snapshot import parse_csv, read_series_csv, read_snapshot_dir
from tests.paths import SHARED


def _parse(text: str, series: str = "silver", generic: bool = False) -> list:  # type: ignore[type-arg]
    return parse_csv(text.encode(), location="input.csv", series_ids=[series], generic=generic)


def _error(text: str, series: str = "silver", generic: bool = False) -> str:
    with pytest.raises(DataError) as info:
        _parse(text, series, generic)
    return str(info.value)


GOOD = "date,silver_usd\n2024-01-02,23.50\n2024-01-03,23.90\n2024-01-04,24.10\n"


def test_good_file_parses_values_and_lines() -> None:
    [batch] = _parse(GOOD)
    assert batch.series_id == "silver"
    assert batch.frame["value"].tolist() == [23.5, 23.9, 24.1]
    assert batch.frame["line"].tolist() == [2, 3, 4]
    assert batch.frame["date"].dt.strftime("%Y-%m-%d").tolist() == [
        "2024-01-02",
        "2024-01-03",
        "2024-01-04",
    ]
    assert len(batch.checksum) == 64
    assert batch.suspects == ()


def test_bad_date_names_file_line_and_fix() -> None:
    message = _error("date,silver_usd\n2024-01-02,23.5\n2024-13-01,23.9\n")
    assert "input.csv" in message
    assert "line 3" in message
    assert "'2024-13-01' is not a valid ISO date" in message
    assert "YYYY-MM-DD" in message


def test_non_iso_date_format_is_rejected() -> None:
    message = _error("date,silver_usd\n01/02/2024,23.5\n")
    assert "line 2" in message and "'01/02/2024'" in message


def test_duplicate_date() -> None:
    message = _error("date,silver_usd\n2024-01-02,23.5\n2024-01-03,23.9\n2024-01-03,24.0\n")
    assert "line 4: duplicate date 2024-01-03" in message
    assert "one row per date" in message


def test_unsorted_input() -> None:
    message = _error("date,silver_usd\n2024-01-03,23.5\n2024-01-02,23.9\n")
    assert "line 3" in message and "not sorted" in message and "sort the rows" in message


def test_non_numeric_value() -> None:
    message = _error("date,silver_usd\n2024-01-02,23.5\n2024-01-03,n/a\n")
    assert "line 3: silver_usd value 'n/a' is not a number" in message


def test_infinite_value_is_not_a_number() -> None:
    message = _error("date,silver_usd\n2024-01-02,inf\n")
    assert "line 2" in message and "not a number" in message


@pytest.mark.parametrize("bad", ["-3.2", "0"])
def test_negative_or_zero_price(bad: str) -> None:
    message = _error(f"date,silver_usd\n2024-01-02,23.5\n2024-01-03,{bad}\n")
    assert "line 3" in message and "is not positive" in message
    assert "--kind rate" in message  # the way out for a series that can be negative


def test_negative_rate_is_allowed() -> None:
    [batch] = _parse("date,dfii10\n2021-08-03,-1.19\n2021-08-04,-1.10\n", series="real_yield_10y")
    assert batch.frame["value"].tolist() == [-1.19, -1.10]


def test_wrong_column_names() -> None:
    message = _error("date,price\n2024-01-02,23.5\n")
    assert "column 'silver_usd'" in message and "found: date, price" in message
    message = _error("day,silver_usd\n2024-01-02,23.5\n")
    assert "no 'date' column" in message and "found: day, silver_usd" in message


def test_generic_value_column_only_for_single_file_imports() -> None:
    [batch] = _parse("date,value\n2024-01-02,23.5\n", generic=True)
    assert batch.frame["value"].tolist() == [23.5]
    hint = "(or 'value'/'close', or a single value column)"  # one other column is taken
    assert hint in _error("date,px,qx\n2024-01-02,23.5,1\n", generic=True)
    strict = _error("date,px\n2024-01-02,23.5\n")  # a snapshot file names its column
    assert "column 'silver_usd' for series 'silver' is missing" in strict


@pytest.mark.parametrize(
    ("header", "column"),
    [
        ("Date,Open,High,Low,Close,Adj Close,Volume", "close"),  # a Yahoo download
        ("DATE,Value", "value"),
        (" date , CLOSE ", "close"),
        ("observation_date,DGS10", "dgs10"),  # FRED's download: the one column there is
        ("Date,Price", "price"),
    ],
)
def test_single_file_imports_read_download_headers(header: str, column: str) -> None:
    cells = len(header.split(","))
    rows = "".join(f"2024-01-0{d}," + ",".join([f"2{d}.5"] * (cells - 1)) + "\n" for d in (2, 3))
    [batch] = _parse(f"{header}\n{rows}", generic=True)
    assert batch.frame["value"].tolist() == [22.5, 23.5], column


def test_download_headers_that_clash_or_leave_a_choice_are_errors() -> None:
    assert "differ only in case" in _error("date,Close,close\n2024-01-02,1,1\n", generic=True)
    assert "found: date, a, b" in _error("date,a,b\n2024-01-02,1,1\n", generic=True)
    assert "no 'date' column" in _error("Date,silver_usd\n2024-01-02,23.5\n")  # snapshot: strict


def test_fred_dot_is_a_missing_value_and_inf_is_reported_once() -> None:
    [batch] = _parse("DATE,DGS10\n2024-01-02,3.9\n2024-01-03,.\n2024-01-04,4.0\n", generic=True)
    assert batch.frame["value"].tolist() == [3.9, 4.0] and batch.rows_blank == 1
    message = _error("date,silver_usd\n2024-01-02,inf\n")
    assert message.count("line 2") == 1, message


def test_real_fred_downloads_import() -> None:
    folder = SHARED / "fixtures" / "providers" / "fred"
    for name in ("econdb_DGS10_2021_DATEheader.csv", "acc102_DGS10.csv"):
        batch = read_series_csv(folder / name, "yield_10y")
        values = batch.frame.set_index("date")["value"]
        assert batch.rows > 1000 and batch.rows_blank > 0, name
        assert values.min() > 0 and values.max() < 20, name


def test_empty_file_and_header_only() -> None:
    assert "is empty" in _error("")
    assert "no rows" in _error("date,silver_usd\n")


def test_not_utf8() -> None:
    with pytest.raises(DataError, match="not UTF-8"):
        parse_csv(
            b"date,silver_usd\n2024-01-02,\xff\xfe\n", location="x.csv", series_ids=["silver"]
        )


def test_unknown_series_id() -> None:
    with pytest.raises(UnknownSeriesError, match="did you mean 'silver'"):
        _parse(GOOD, series="slver")


def test_blank_value_is_missing_and_counted() -> None:
    [batch] = _parse("date,silver_usd\n2024-01-02,23.5\n2024-01-03,\n2024-01-04,23.7\n")
    assert batch.rows == 2
    assert batch.rows_blank == 1


def test_all_problems_are_listed_together() -> None:
    message = _error("date,silver_usd\n2024-01-02,abc\nnot-a-date,1\n2024-01-02,-1\n")
    assert "3 problems" in message or "4 problems" in message
    for line in ("line 2", "line 3", "line 4"):
        assert line in message


def test_isolated_spike_is_flagged_not_dropped() -> None:
    text = (
        "date,silver_usd\n1983-02-03,14.36\n1983-02-04,14.152\n1983-02-05,7.54\n1983-02-07,13.69\n"
    )
    [batch] = _parse(text)
    assert batch.rows == 4, "a suspect value must be kept"
    [suspect] = batch.suspects
    assert suspect.line == 4 and suspect.value == 7.54
    assert "isolated spike" in suspect.reason
    flags = batch.frame.set_index("line")["flag"]
    assert flags[4] == suspect.reason
    assert flags.drop(4).isna().all()


def test_level_break_is_flagged() -> None:
    text = "date,silver_usd\n2024-01-02,23.5\n2024-01-03,235.0\n2024-01-04,236.0\n"
    [batch] = _parse(text)
    [suspect] = batch.suspects
    assert suspect.line == 3 and "level break" in suspect.reason


def test_large_real_move_that_persists_within_limit_is_not_flagged() -> None:
    # silver 2026-01-30 -> 2026-02-02: a real crash of about -23% (log -0.23) that did not revert
    text = "date,silver_usd\n2026-01-29,118.45\n2026-01-30,103.19\n2026-02-02,81.975\n"
    [batch] = _parse(text)
    assert batch.suspects == ()


def test_rate_spikes_use_absolute_changes() -> None:
    text = "date,dgs10\n2024-01-02,4.0\n2024-01-03,40.0\n2024-01-04,4.1\n"
    [batch] = _parse(text, series="yield_10y")
    [suspect] = batch.suspects
    assert suspect.line == 3 and "change +36.000" in suspect.reason


def test_ohlcv_columns_and_source_are_kept() -> None:
    text = (
        "date,open,high,low,close,volume,source\n"
        "2024-01-01,42000,43000,41000,42500,1e9,yahoo\n"
        "2024-01-02,,,,42800,,coinbase\n"
    )
    [batch] = _parse(text, series="btc")
    frame = batch.frame
    assert frame["value"].tolist() == [42500.0, 42800.0]
    assert frame.loc[0, "high"] == 43000.0
    assert np.isnan(frame.loc[1, "open"])
    assert frame["source"].tolist() == ["yahoo", "coinbase"]


def test_negative_ohlc_price_is_rejected() -> None:
    text = "date,open,high,low,close,volume,source\n2024-01-01,-1,43000,41000,42500,1,yahoo\n"
    assert "open value -1 is not positive" in _error(text, series="btc")


def test_single_file_reader_and_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "mine.csv"
    path.write_text("date,close\n2024-01-02,23.5\n")
    batch = read_series_csv(path, "silver")
    assert batch.location == str(path.resolve())
    with pytest.raises(DataError, match="file not found"):
        read_series_csv(tmp_path / "absent.csv", "silver")


def test_snapshot_dir_errors(tmp_path: Path) -> None:
    with pytest.raises(DataError, match="snapshot folder not found"):
        read_snapshot_dir(tmp_path / "nope")
    with pytest.raises(DataError, match="holds none of the snapshot files"):
        read_snapshot_dir(tmp_path)


def test_snapshot_dir_reports_problems_of_several_files(tmp_path: Path) -> None:
    (tmp_path / "silver_usd.csv").write_text("date,silver_usd\n2024-01-02,x\n")
    (tmp_path / "gold_usd.csv").write_text("date,gold_usd\n2024-01-03,1\n2024-01-02,2\n")
    with pytest.raises(DataError) as info:
        read_snapshot_dir(tmp_path)
    message = str(info.value)
    assert "silver_usd.csv" in message and "gold_usd.csv" in message


def test_real_snapshot_parses_completely(snapshot_dir: Path) -> None:
    batches = {b.series_id: b for b in read_snapshot_dir(snapshot_dir)}
    # every catalog series with a snapshot file is read
    assert {"btc", "silver", "gold", "dxy", "m2", "fed_assets", "vix", "spx", "epu"} <= set(batches)
    # row counts from shared/data/SOURCES.md
    assert batches["btc"].rows == 5878
    assert batches["silver"].rows == 14809
    assert batches["gold"].rows == 14665
    assert batches["fed_assets"].rows == 1232
    # spot checks from SOURCES.md
    btc = batches["btc"].frame.set_index("date")["value"]
    assert btc[pd.Timestamp("2024-12-05")] == pytest.approx(96593.57)
    silver = batches["silver"].frame.set_index("date")["value"]
    assert silver[pd.Timestamp("2026-01-29")] == pytest.approx(118.45)
    # the one implausible value in the snapshot: a Saturday fix at half the price, 1983-02-05
    suspects = [s for b in batches.values() for s in b.suspects]
    assert [(s.series_id, f"{s.date:%Y-%m-%d}", s.value) for s in suspects] == [
        ("silver", "1983-02-05", 7.54)
    ]
