"""Spreadsheet sources: Caldara-Iacoviello GPR (.xls) and the World Bank Pink Sheet (.xlsx).

Parsing is pure and runs on the recorded files (``tests/recorded``, made by
``make_recordings.py`` with the publishers' real layouts); the providers run
against the replaying MockTransport.
"""

from __future__ import annotations

import io
from datetime import date

import httpx
import pandas as pd
import pytest

from leadwatch.errors import BadResponse, RateLimited
from leadwatch.providers import gpr, worldbank
from leadwatch.providers.excel import numbers, read_sheet
from leadwatch.providers.http import HttpFetcher, RetryPolicy
from leadwatch.providers.live import FetchRequest
from tests.recorded import replay

DAILY = (replay.HERE / "iacoviello_data_gpr_daily_recent.xls").read_bytes()
MONTHLY = (replay.HERE / "iacoviello_data_gpr_export.xls").read_bytes()
PAGE = (replay.HERE / "worldbank_commodity-markets.html").read_bytes()
PINK = (replay.HERE / "worldbank_CMO-Historical-Data-Monthly.xlsx").read_bytes()


def _http(log: list[httpx.Request] | None = None, fault: replay.Fault | None = None) -> HttpFetcher:
    client = httpx.Client(transport=replay.transport(fault, log))
    policy = RetryPolicy(attempts=3, base_delay=0.0, max_delay=0.0, total_seconds=10.0)
    return HttpFetcher(client, policy=policy, sleep=lambda s: None)


def _xlsx(sheets: dict[str, pd.DataFrame], header: bool = True) -> bytes:
    out = io.BytesIO()
    with pd.ExcelWriter(out, engine="openpyxl") as writer:
        for name, frame in sheets.items():
            frame.to_excel(writer, sheet_name=name, index=False, header=header)
    return out.getvalue()


# -- the recordings have the real layouts ----------------------------------------------------------


def test_recorded_daily_file_has_the_published_columns() -> None:
    table = read_sheet(DAILY, what="x")
    assert table.columns.tolist() == [
        *("DAY", "N10D", "GPRD", "GPRD_ACT", "GPRD_THREAT", "date", "GPRD_MA30", "GPRD_MA7"),
        *("event", "var_name", "var_label"),
    ]
    assert DAILY.startswith(bytes.fromhex("d0cf11e0a1b11ae1"))  # legacy OLE2 .xls, as published
    assert pd.api.types.is_datetime64_any_dtype(table["date"])
    assert table["var_name"].notna().sum() == 9 and table["event"].notna().sum() == 1


@pytest.mark.parametrize("symbol", gpr.DAILY_SYMBOLS)
def test_parse_daily_reads_each_column_with_dates_from_day(symbol: str) -> None:
    frame = gpr.parse_daily(DAILY, symbol=symbol, what="x")
    table = read_sheet(DAILY, what="x")
    assert len(frame) == 85 and frame["value"].notna().all()
    assert frame["date"].iloc[0] == pd.Timestamp("2026-06-01")
    assert frame["date"].iloc[-1] == pd.Timestamp("2026-08-24")
    assert frame["value"].tolist() == table[symbol].tolist()
    # DAY (YYYYMMDD) and the Excel date column agree
    assert (frame["date"] == pd.to_datetime(table["date"]).dt.normalize()).all()


def test_parse_daily_falls_back_to_the_date_column_and_drops_metadata_rows() -> None:
    data = _xlsx(
        {
            "Sheet1": pd.DataFrame(
                {
                    "date": pd.to_datetime(["2026-08-01", "2026-08-02", None]),
                    "GPRD": [101.5, None, None],
                    "var_name": ["GPRD", "GPRD_ACT", "GPRD_THREAT"],  # longer than the data
                }
            )
        }
    )
    frame = gpr.parse_daily(data, symbol="GPRD", what="x")
    assert frame["date"].astype(str).tolist() == ["2026-08-01", "2026-08-02"]
    assert frame["value"].isna().tolist() == [False, True]  # a blank day stays blank


def test_parse_monthly_starts_at_the_first_gpr_value() -> None:
    frame = gpr.parse_monthly(MONTHLY, symbol="GPR", what="x")
    assert frame["date"].iloc[0] == pd.Timestamp("2025-01-01")  # 1900 rows: GPR blank
    assert frame["date"].iloc[-1] == pd.Timestamp("2026-07-01")
    assert (frame["date"].dt.day == 1).all() and frame["value"].notna().all()
    historical = gpr.parse_monthly(MONTHLY, symbol="GPRT", what="x")
    assert len(historical) == len(frame)


def test_pink_sheet_link_and_gold_column() -> None:
    url = worldbank.find_workbook_url(PAGE, what="x")
    assert url.endswith("-0050082026/related/CMO-Historical-Data-Monthly.xlsx")  # not Annual
    frame = worldbank.parse_monthly_prices(PINK, symbol="Gold", what="x")
    assert frame["date"].iloc[0] == pd.Timestamp("2025-01-01") and len(frame) == 19
    assert frame["value"].between(3000, 6000).all()
    platinum = worldbank.parse_monthly_prices(PINK, symbol="Platinum", what="x")
    assert platinum["value"].isna().tolist()[:3] == [True, True, False]  # "…" is missing


def test_pink_sheet_relative_link_is_resolved_and_foreign_hosts_refused() -> None:
    relative = b'<a href="/en/doc/x-1/related/CMO-Historical-Data-Monthly.xlsx">m</a>'
    assert worldbank.find_workbook_url(relative, what="x") == (
        "https://www.worldbank.org/en/doc/x-1/related/CMO-Historical-Data-Monthly.xlsx"
    )
    foreign = b"<a href='https://evil.example/CMO-Historical-Data-Monthly.xlsx'>m</a>"
    with pytest.raises(BadResponse, match=r"points outside worldbank\.org"):
        worldbank.find_workbook_url(foreign, what="x")
    with pytest.raises(BadResponse, match=r"no link to CMO-Historical-Data-Monthly\.xlsx"):
        worldbank.find_workbook_url(b"<html>Commodity Markets</html>", what="x")


# -- what can arrive instead of a workbook ---------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "words"),
    [
        (
            b"<!DOCTYPE html><html>Service Unavailable</html>",
            "got an HTML page where a spreadsheet",
        ),
        (b"", "empty answer"),
        (b"DAY,GPRD\n20260801,101.5\n", "not a spreadsheet"),
        (DAILY[:4096], "unreadable spreadsheet (truncated or damaged"),
        (PINK[: len(PINK) // 2], "unreadable spreadsheet (truncated or damaged"),
    ],
    ids=["html", "empty", "csv", "truncated_xls", "truncated_xlsx"],
)
def test_not_a_workbook_is_bad_response(body: bytes, words: str) -> None:
    with pytest.raises(BadResponse, match=words.replace("(", r"\(")):
        gpr.parse_daily(body, symbol="GPRD", what="gpr (GPRD)")


def test_schema_changes_name_what_is_missing() -> None:
    renamed = DAILY.replace(b"GPRD_ACT", b"GPRD_AXT")  # same length: the .xls stays valid
    with pytest.raises(BadResponse, match="missing GPRD_ACT"):
        gpr.parse_daily(renamed, symbol="GPRD_ACT", what="x")
    assert len(gpr.parse_daily(renamed, symbol="GPRD", what="x")) == 85
    no_sheet = _xlsx({"Prices": pd.DataFrame({"a": [1]})})
    with pytest.raises(BadResponse, match="no sheet 'Monthly Prices' \\(found: Prices\\)"):
        worldbank.parse_monthly_prices(no_sheet, symbol="Gold", what="x")
    cells = read_sheet(PINK, what="x", sheet="Monthly Prices", header=None)
    cells = cells.replace({"Gold": "Gold, London", "GOLD": "GOLD_UK"})  # names and codes
    no_gold = _xlsx({"Monthly Prices": cells}, header=False)
    with pytest.raises(BadResponse, match="no column 'Gold'"):
        worldbank.parse_monthly_prices(no_gold, symbol="Gold", what="x")
    text = pd.DataFrame({"date": pd.to_datetime(["2026-08-01"]), "GPRD": ["high"]})
    with pytest.raises(BadResponse, match="column GPRD holds 'high', not a number"):
        gpr.parse_daily(_xlsx({"Sheet1": text}), symbol="GPRD", what="x")


def test_numbers_treats_publisher_missing_marks_as_nan() -> None:
    values = numbers(pd.Series([1, "2.5", None, "\u2026", ".."], dtype=object), what="x", name="c")
    assert values.isna().tolist() == [False, False, True, True, True]


# -- providers -----------------------------------------------------------------------------------


def test_three_daily_series_share_one_download() -> None:
    log: list[httpx.Request] = []
    source = gpr.GprProvider(_http(log), now=lambda: replay.NOW)
    batches = [
        source.fetch(FetchRequest(sid, sym, start=date(2026, 8, 1), end=replay.TODAY))
        for sid, sym in (("gpr", "GPRD"), ("gpr_acts", "GPRD_ACT"), ("gpr_threats", "GPRD_THREAT"))
    ]
    assert [str(r.url) for r in log] == [gpr.DAILY_URL]
    assert [b.rows for b in batches] == [24, 24, 24]
    assert {b.location for b in batches} == {gpr.DAILY_URL}
    assert batches[0].frame["source"].iloc[0] == "iacoviello_gprd"


def test_a_failed_download_is_not_retried_for_the_next_series() -> None:
    log: list[httpx.Request] = []

    def limited(request: httpx.Request) -> httpx.Response | None:
        return httpx.Response(429) if request.url.path.endswith("daily_recent.xls") else None

    source = gpr.GprProvider(_http(log, limited), now=lambda: replay.NOW)
    with pytest.raises(RateLimited, match="HTTP 429"):
        source.fetch(FetchRequest("gpr", "GPRD", start=None, end=replay.TODAY))
    with pytest.raises(RateLimited, match=r"data_gpr_daily_recent\.xls failed earlier in this run"):
        source.fetch(FetchRequest("gpr_acts", "GPRD_ACT", start=None, end=replay.TODAY))
    assert len(log) == 3  # one request's tries, not three
    monthly = source.fetch(FetchRequest("gpr_monthly", "GPR", start=None, end=replay.TODAY))
    assert monthly.rows == 19  # the other file is unaffected


def test_pink_sheet_provider_finds_then_downloads_the_workbook() -> None:
    log: list[httpx.Request] = []
    source = worldbank.PinkSheetProvider(_http(log), now=lambda: replay.NOW)
    batch = source.fetch(FetchRequest("gold_monthly", "Gold", start=None, end=replay.TODAY))
    assert [r.url.host for r in log] == ["www.worldbank.org", "thedocs.worldbank.org"]
    assert batch.location.endswith("CMO-Historical-Data-Monthly.xlsx")
    assert batch.frame["date"].max() == pd.Timestamp("2026-07-01") and batch.rows == 19
