"""The bad-input suite: every case exits 2 with a message naming the problem and the fix.

Each case runs the real command line in-process (:func:`leadwatch.cli._app.run`, the
console script's own entry) against a private copy of one pristine store, and asserts:

* exit code 2 (bad input),
* under ``--json`` one JSON error object on stdout whose message names the problem
  (the case's words) and whose ``fix`` is not empty; in text mode ``error: ... Fix: ...``,
* no traceback anywhere,
* the store is byte-identical afterwards (nothing half written).

Provider answers (HTML pages, empty or garbled bodies) are checked at the parsers where
they enter: a ProviderError with a fix (exit 1 in the CLI: that series failed, not the run).

Inputs are small synthetic files written per case (no shared data is copied).
"""

from __future__ import annotations

import hashlib
import json
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from leadwatch.cli._app import run
from leadwatch.errors import DataError

SILVER = "date,silver_usd\n2024-01-02,23.5\n2024-01-03,23.9\n"
BTC = "date,open,high,low,close,volume,source\n2024-01-02,1,2,0.5,1.5,10,x\n"
THESIS = """name = "t"
title = "t"
claim = "t"
[source]
article = "t"
date = 2024-01-01
[[hypotheses]]
id = "h"
kind = "lead_lag"
leader = "silver"
follower = "btc"
lags = ["1 week", "26 weeks"]
"""


def _thesis(old: str, new: str) -> str:
    assert old in THESIS
    return THESIS.replace(old, new)


H = "date,silver_usd\n"
IMP = ["data", "import", "{d}/s.csv", "--series", "silver"]

# id: (argv with {d} for the case folder, files {name: bytes or str}, words of the message)
Case = tuple[list[str], dict[str, str | bytes], list[str]]

CSV: dict[str, Case] = {
    "extra-cell": (IMP,
                   {"s.csv": SILVER + "2024-01-04,24,99\n"}, ["line 4", "3 cells", "header has 2"]),
    "extra-cell-first-row": (IMP,
                             {"s.csv": H + "2024-01-02,23.5,1\n"}, ["line 2", "cells"]),
    "missing-cell": (["data", "import", "{d}/s.csv", "--series", "btc"],
                     {"s.csv": BTC + "2024-01-03,1,2\n"}, ["line 3", "3 cells", "header has 7"]),
    "duplicate-header": (IMP,
                         {"s.csv": "date,silver_usd,silver_usd\n2024-01-02,1,2\n"},
                         ["silver_usd", "more than once"]),
    "blank-header-name": (IMP,
                          {"s.csv": "date,,silver_usd\n2024-01-02,1,2\n"}, ["column 2", "no name"]),
    "no-date-column": (IMP,
                       {"s.csv": "day,silver_usd\n2024-01-02,1\n"}, ["no 'date' column"]),
    "no-value-column": (IMP,
                        {"s.csv": "date,px,qx\n2024-01-02,1,2\n"}, ["column", "missing"]),
    "date-2099": (IMP,
                  {"s.csv": H + "2099-01-02,23.5\n"}, ["line 2", "2099-01-02", "future"]),
    "date-year-1": (IMP,
                    {"s.csv": H + "0001-01-02,23.5\n"}, ["0001-01-02", "outside"]),
    "date-1799": (IMP,
                  {"s.csv": H + "1799-12-31,23.5\n"}, ["1799-12-31", "outside"]),
    "date-us-format": (IMP,
                       {"s.csv": H + "01/02/2024,23.5\n"}, ["'01/02/2024'", "ISO date"]),
    "date-month-13": (IMP,
                      {"s.csv": H + "2024-13-01,23.5\n"}, ["'2024-13-01'"]),
    "date-feb-30": (IMP,
                    {"s.csv": H + "2024-02-30,23.5\n"}, ["'2024-02-30'"]),
    "date-with-time": (IMP,
                       {"s.csv": H + "2024-01-02T10:00,23.5\n"}, ["ISO date"]),
    "date-blank": (IMP,
                   {"s.csv": H + ",23.5\n"}, ["line 2", "ISO date"]),
    "duplicate-date": (IMP,
                       {"s.csv": SILVER + "2024-01-03,24\n"}, ["line 4", "duplicate date"]),
    "unsorted": (IMP,
                 {"s.csv": H + "2024-01-03,1\n2024-01-02,2\n"}, ["not sorted"]),
    "value-text": (IMP,
                   {"s.csv": H + "2024-01-02,n/a\n"}, ["'n/a'", "not a number"]),
    "value-inf": (IMP,
                  {"s.csv": H + "2024-01-02,inf\n"}, ["not a number"]),
    "value-nan": (IMP,
                  {"s.csv": H + "2024-01-02,NaN\n"}, ["not a number"]),
    "value-1e308": (IMP,
                    {"s.csv": H + "2024-01-02,1e308\n"}, ["1e+308", "implausibly large"]),
    "value-minus-1e300": (["data", "import", "{d}/s.csv", "--series", "real_yield_10y"],
                          {"s.csv": "date,dfii10\n2024-01-02,-1e300\n"}, ["implausibly large"]),
    "value-comma-decimal": (IMP,
                            {"s.csv": 'date,silver_usd\n2024-01-02,"23,5"\n'}, ["not a number"]),
    "price-negative": (IMP,
                       {"s.csv": H + "2024-01-02,-3\n"}, ["not positive"]),
    "price-zero": (IMP,
                   {"s.csv": H + "2024-01-02,0\n"}, ["not positive"]),
    "ohlc-negative-open": (["data", "import", "{d}/s.csv", "--series", "btc"],
                           {"s.csv": BTC.replace(",1,2,", ",-1,2,")}, ["open value -1"]),
    "empty-file": (IMP, {"s.csv": ""}, ["empty"]),
    "blank-lines-only": (IMP,
                         {"s.csv": "\n\n  \n"}, ["empty"]),
    "header-only": (IMP,
                    {"s.csv": H + ""}, ["no rows"]),
    "binary": (IMP,
               {"s.csv": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20}, ["binary file"]),
    "latin-1": (IMP,
                {"s.csv": (H + "2024-01-02,23.5\xa0\n").encode("latin-1")}, ["UTF-8"]),
    "latin-1-header": (IMP,
                       {"s.csv": "dat\xe9,silver_usd\n".encode("latin-1")}, ["UTF-8"]),
    "utf-16": (IMP,
               {"s.csv": SILVER.encode("utf-16")}, ["binary file"]),
    "endless-first-line": (IMP,
                           {"s.csv": "x" * 70_000}, ["first line", "KiB"]),
    "secret-in-cell": (IMP,
                       {"s.csv": H + "sk-proj-AbCdEf0123456789XyZ,1\n"},
                       ["line 2", "***", "ISO date"]),
    "dev-zero": (["data", "import", "/dev/zero", "--series", "silver"], {}, ["not a regular file"]),
    "missing-file": (["data", "import", "{d}/nope.csv", "--series", "silver"], {},
                     ["no such file"]),
    "file-without-series": (["data", "import", "{d}/s.csv"], {"s.csv": SILVER}, ["--series"]),
    "folder-with-series": (["data", "import", "{d}", "--series", "silver"], {"x.txt": "x"},
                           ["--series", "folder"]),
    "folder-without-snapshot": (["data", "import", "{d}"], {"x.txt": "x"},
                                ["none of the snapshot files"]),
    "snapshot-file-bad": (["data", "import", "{d}"],
                          {"silver_usd.csv": "date,silver_usd\n2024-01-02,x\n"},
                          ["silver_usd.csv", "not a number"]),
    "unknown-series": (["data", "import", "{d}/s.csv", "--series", "slver"], {"s.csv": SILVER},
                       ["unknown series 'slver'"]),
    "strict-spike": ([*IMP, "--strict"],
                     {"s.csv": SILVER + "2024-01-04,239\n2024-01-05,240\n"},
                     ["suspect"]),
}  # fmt: skip

TOML: dict[str, Case] = {
    "thesis-syntax": (["thesis", "show", "{d}/t.toml"], {"t.toml": "name = \n"}, ["t.toml"]),
    "thesis-empty": (["thesis", "show", "{d}/t.toml"], {"t.toml": ""}, ["t.toml"]),
    "thesis-binary": (["thesis", "show", "{d}/t.toml"], {"t.toml": b"\x00\x01\xff" * 10},
                      ["t.toml"]),
    "thesis-missing": (["thesis", "show", "{d}/nope.toml"], {}, ["nope.toml"]),
    "thesis-unknown-name": (["thesis", "show", "no-such-thesis"], {}, ["no-such-thesis"]),
    "thesis-lags-100000-weeks": (["thesis", "run", "{d}/t.toml"],
                                 {"t.toml": _thesis('"26 weeks"', '"100000 weeks"')},
                                 ["100000 weeks", "30 years"]),
    "thesis-lags-reversed": (["thesis", "show", "{d}/t.toml"],
                             {"t.toml": _thesis('"1 week", "26', '"26 weeks", "1')},
                             ["before they start"]),
    "thesis-lag-no-unit": (["thesis", "show", "{d}/t.toml"],
                           {"t.toml": _thesis('"1 week"', "1")}, ["no unit"]),
    "thesis-lag-bad-unit": (["thesis", "show", "{d}/t.toml"],
                            {"t.toml": _thesis('"1 week"', '"1 fortnight"')}, ["unknown unit"]),
    "thesis-lag-negative": (["thesis", "show", "{d}/t.toml"],
                            {"t.toml": _thesis('"1 week"', '"-1 week"')}, ["-1 week"]),
    "thesis-same-series": (["thesis", "show", "{d}/t.toml"],
                           {"t.toml": _thesis('follower = "btc"', 'follower = "silver"')},
                           ["same series"]),
    "thesis-unknown-series": (["thesis", "show", "{d}/t.toml"],
                              {"t.toml": _thesis('leader = "silver"', 'leader = "silvr"')},
                              ["silvr"]),
    "thesis-unknown-kind": (["thesis", "show", "{d}/t.toml"],
                            {"t.toml": _thesis('"lead_lag"', '"vibes"')}, ["vibes"]),
    "thesis-unknown-key": (["thesis", "show", "{d}/t.toml"],
                           {"t.toml": THESIS + 'colour = "red"\n'}, ["colour"]),
    "thesis-no-name": (["thesis", "show", "{d}/t.toml"],
                       {"t.toml": THESIS.replace('name = "t"\n', "")}, ["name"]),
    "thesis-bad-id": (["thesis", "show", "{d}/t.toml"],
                      {"t.toml": _thesis('id = "h"', 'id = "h h"')}, ["id"]),
    "thesis-folder": (["thesis", "show", "{d}"], {"x": "x"}, [""]),
    "phase-config-syntax": (["phase", "--config", "{d}/p.toml"], {"p.toml": "[phases\n"},
                            ["p.toml", "TOML"]),
    "phase-config-missing": (["triggers", "--config", "{d}/nope.toml"], {}, ["nope.toml"]),
    "phase-config-binary": (["triggers", "--config", "{d}/p.toml"], {"p.toml": b"\xff\xfe\x00"},
                            ["p.toml"]),
    "phase-config-passwd-like": (["triggers", "--config", "{d}/p.toml"],
                                 {"p.toml": "root:x:0:0:root:/root:/bin/bash\n"}, ["TOML"]),
    "scan-universe-missing": (["scan", "--universe", "{d}/u.toml", "--follower", "btc"], {},
                              ["u.toml"]),
    "scan-universe-syntax": (["scan", "--universe", "{d}/u.toml", "--follower", "btc"],
                             {"u.toml": "series = [\n"}, ["not valid TOML"]),
    "scan-universe-no-list": (["scan", "--universe", "{d}/u.toml", "--follower", "btc"],
                              {"u.toml": 'series = "btc"\n'}, ["no series list"]),
    "scan-universe-binary": (["scan", "--universe", "{d}/u.csv", "--follower", "btc"],
                             {"u.csv": b"\xff\xfe\x00\x01"}, ["not UTF-8"]),
    "scan-universe-empty": (["scan", "--universe", "{d}/u.csv", "--follower", "btc"],
                            {"u.csv": "# nothing\n"}, ["lists no series"]),
    "scan-folder-bad-value": (["scan", "--universe", "{d}", "--all-pairs"],
                              {"a.csv": "date,value\n2024-01-02,abc\n"}, ["a.csv"]),
    "scan-folder-no-columns": (["scan", "--universe", "{d}", "--all-pairs"],
                               {"a.csv": "x,y\n1,2\n"}, ["date/value"]),
}  # fmt: skip

ARGS: dict[str, Case] = {
    "n-boot-huge": (["test", "silver", "btc", "--n-boot", "1000000000"], {},
                    ["--n-boot", "100,000", "memory"]),
    "n-boot-zero": (["thesis", "run", "silver-leads-bitcoin", "--n-boot", "0"], {}, ["--n-boot"]),
    "n-boot-negative": (["report", "--n-boot", "-5", "--out", "{d}/r"], {}, ["--n-boot"]),
    "n-boot-claims": (["claims", "{d}/a.txt", "--n-boot", "200000"], {"a.txt": "x"},
                      ["--n-boot"]),
    "n-boot-text": (["test", "silver", "btc", "--n-boot", "many"], {}, ["--n-boot"]),
    "lags-word": (["test", "silver", "btc", "--lags", "soon"], {}, ["--lags", "'soon'"]),
    "lags-reversed": (["test", "silver", "btc", "--lags", "10..2"], {}, ["--lags"]),
    "lags-huge": (["test", "silver", "btc", "--lags", "1..99999"], {}, ["--lags", "2000"]),
    "lags-scan": (["scan", "--universe", "{d}/u.csv", "--follower", "btc", "--lags", "x..y"],
                  {"u.csv": "id\nsilver\ngold\n"}, ["--lags"]),
    "alpha-large": (["test", "silver", "btc", "--alpha", "1.5"], {}, ["alpha"]),
    "grid-hourly": (["test", "silver", "btc", "--grid", "hourly"], {}, ["hourly"]),
    "horizon-negative": (["test", "silver", "btc", "--horizon", "-3"], {}, ["horizon"]),
    "unknown-leader": (["test", "silvr", "btc"], {}, ["unknown series 'silvr'"]),
    "same-series": (["test", "silver", "silver"], {}, ["silver"]),
    "start-not-date": (["test", "silver", "btc", "--start", "yesterday"], {}, ["--start"]),
    "end-month-13": (["test", "silver", "btc", "--end", "2024-13-01"], {}, ["--end"]),
    "date-far-future": (["phase", "--date", "9999-01-01"], {}, ["--date", "outside"]),
    "date-long-ago": (["triggers", "--date", "1066-10-14"], {}, ["--date", "outside"]),
    "as-of-bad": (["thesis", "run", "silver-leads-bitcoin", "--as-of", "2024/01/01"], {},
                  ["--as-of"]),
    "show-limit-negative": (["data", "show", "silver", "--limit", "-5"], {},
                            ["--limit -5", "negative"]),
    "show-unknown": (["data", "show", "nope"], {}, ["unknown series 'nope'"]),
    "show-bad-start": (["data", "show", "silver", "--start", "2024-1-1x"], {}, ["--start"]),
    "export-proc": (["data", "export", "silver", "--out", "/proc/gold.csv"], {},
                    ["/proc/gold.csv", "cannot be written"]),
    "export-to-folder": (["data", "export", "silver", "--out", "{d}"], {"x": "x"}, ["folder"]),
    "export-missing-parent-file": (["data", "export", "silver", "--out", "{d}/f/x.csv"],
                                   {"f": "a file"}, ["cannot be written"]),
    "export-format": (["data", "export", "silver", "--format", "xls"], {}, ["--format"]),
    "report-out-proc": (["report", "--out", "/proc/r"], {}, ["/proc/r", "not a writable folder"]),
    "report-out-file": (["report", "--out", "{d}/f"], {"f": "a file"}, ["not a folder"]),
    "report-format": (["report", "--format", "pdf", "--out", "{d}/r"], {}, ["--format"]),
    "claims-html-proc": (["claims", "{d}/a.txt", "--html", "/proc/x.html"],
                         {"a.txt": "Silver rose 5% on 2024-03-01."}, ["/proc/x.html"]),
    "claims-bad-date": (["claims", "{d}/a.txt", "--date", "March"], {"a.txt": "x"}, ["--date"]),
    "spillover-one": (["spillover", "silver"], {}, ["at least two"]),
    "spillover-method": (["spillover", "silver", "btc", "--method", "magic"], {}, ["magic"]),
    "spillover-grid": (["spillover", "silver", "btc", "--grid", "monthly"], {}, ["monthly"]),
    "spillover-lags-zero": (["spillover", "silver", "btc", "--lags", "0"], {}, ["lags"]),
    "spillover-window-tiny": (["spillover", "silver", "btc", "--window", "3"], {}, ["window"]),
    "outlook-horizons": (["outlook", "--horizons", "soon"], {}, ["--horizons"]),
    "outlook-horizon-zero": (["outlook", "--horizons", "0"], {}, ["horizons"]),
    "outlook-k": (["outlook", "--k", "0"], {}, ["k=0"]),
    "outlook-asset": (["outlook", "--asset", "nope"], {}, ["nope"]),
    "phase-returns-horizon": (["phase", "returns", "--horizon", "0"], {}, ["horizon"]),
    "phase-regimes-k": (["phase", "regimes", "--k-regimes", "1"], {}, ["k_regimes"]),
    "backtest-strategy": (["backtest", "--strategy", "yolo"], {}, ["yolo"]),
    "backtest-sizing": (["backtest", "--sizing", "kelly"], {}, ["kelly"]),
    "backtest-delays": (["backtest", "--delays", "a,b"], {}, ["--delays"]),
    "backtest-holds-empty": (["backtest", "--holds", ","], {}, ["--holds"]),
    "backtest-holds-zero": (["backtest", "--holds", "0"], {}, ["holds"]),
    "backtest-years": (["backtest", "--train-years", "-1"], {}, ["train_years"]),
    "backtest-test-years-tiny": (["backtest", "--test-years", "0.01"], {}, ["than a month"]),
    "backtest-cost-negative": (["backtest", "--cost-bps", "-5"], {}, ["cost_bps", "not a cost"]),
    "backtest-holds-huge": (["backtest", "--holds", "100000"], {}, ["holds", "ten years"]),
    "backtest-short-leader": (["backtest", "--leader", "eth", "--train-years", "12"], {},
                              ["share too few dates", "eth 2016-"]),
    "scan-no-universe": (["scan", "--follower", "btc"], {}, ["--universe"]),
    "scan-both-modes": (["scan", "--universe", "{d}/u.csv", "--follower", "btc", "--all-pairs"],
                        {"u.csv": "id\nsilver\n"}, ["--follower", "--all-pairs"]),
    "scan-show-unknown": (["scan", "show", "nope"], {}, ["nope"]),
    "watch-every": (["watch", "--every", "soon", "--no-update", "--once"], {}, ["--every"]),
    "thesis-new-exists": (["thesis", "new", "{d}/t.toml"], {"t.toml": "x"}, ["already exists"]),
    "thesis-new-proc": (["thesis", "new", "/proc/t.toml"], {}, ["/proc/t.toml"]),
    "update-unknown": (["data", "update", "nope"], {}, ["nope"]),
    "update-since": (["data", "update", "--since", "last week"], {}, ["--since"]),
    "unknown-command": (["frobnicate"], {}, ["frobnicate"]),
    "unknown-option": (["data", "status", "--colour"], {}, ["--colour"]),
    "missing-argument": (["data", "show"], {}, ["ID"]),
    "bad-int": (["data", "show", "silver", "--limit", "ten"], {}, ["--limit"]),
}  # fmt: skip

ARTICLES: dict[str, Case] = {
    "article-folder": (["claims", "{d}"], {"x.txt": "x"}, ["is a folder"]),
    "article-missing": (["claims", "{d}/nope.txt"], {}, ["does not exist"]),
    "article-url": (["claims", "https://example.com/gold-today"], {}, ["web address"]),
    "article-binary-png": (["claims", "{d}/a.txt"], {"a.txt": b"\x89PNG\r\n\x1a\n" + bytes(512)},
                           ["binary"]),
    "article-binary-noise": (["claims", "{d}/a.txt"], {"a.txt": bytes(range(256)) * 8},
                             ["binary"]),
    "article-dev-zero": (["claims", "/dev/zero"], {}, ["not a regular file"]),
    "article-huge": (["claims", "{d}/a.txt"], {"a.txt": "Silver rose. " * 500_000},
                     ["bytes", "more than an article"]),
    "article-bad-date-option": (["claims", "{d}/a.txt", "--date", "2024-02-31"], {"a.txt": "x"},
                                ["--date"]),
    "article-data-dump": (["claims", "{d}/a.txt"], {"a.txt": "Gold was up 1% today. " * 1200},
                          ["1,200 figures", "more than an article"]),
    "article-no-sentence-end": (["claims", "{d}/a.txt"], {"a.txt": "gold " * 5000 + "rose 1%"},
                                ["25,007 characters without ending a sentence"]),
    "article-name-too-long": (["claims", "a" * 5000], {}, ["path", "5000 characters", "too long"]),
    "import-name-too-long": (["data", "import", "x" * 300, "--series", "silver"], {},
                             ["path", "too long"]),
    "universe-name-too-long": (["scan", "--universe", "u" * 4200, "--follower", "btc"], {},
                               ["path", "too long"]),
}  # fmt: skip

STORE_FILES: dict[str, Case] = {
    "store-folder": (["--store", "{d}", "data", "status"], {"x": "x"}, ["is a folder"]),
    "store-text": (["--store", "{d}/s.duckdb", "data", "status"], {"s.duckdb": "hello"},
                   ["not a DuckDB file"]),
    "store-sqlite": (["--store", "{d}/s.duckdb", "data", "status"],
                     {"s.duckdb": b"SQLite format 3\x00" + bytes(100)}, ["not a DuckDB file"]),
    "store-empty": (["--store", "{d}/s.duckdb", "data", "status"], {"s.duckdb": b""},
                    ["cannot be opened"]),
    "store-dev-null": (["--store", "/dev/null", "data", "status"], {}, ["not a regular file"]),
    "store-missing": (["--store", "{d}/none.duckdb", "data", "status"], {}, ["no store"]),
    "store-after-command": (["data", "status", "--store", "{d}"], {"x": "x"}, ["is a folder"]),
    "store-import-into-folder": (["--store", "{d}", "data", "import", "{d}/s.csv",
                                  "--series", "silver"], {"s.csv": SILVER}, ["is a folder"]),
}  # fmt: skip


def _truncated(store: Path) -> bytes:
    return store.read_bytes()[:100_000]


ALL = {**CSV, **TOML, **ARGS, **ARTICLES, **STORE_FILES}


@pytest.fixture(scope="session")
def pristine(snapshot_store: Path) -> tuple[Path, str]:
    return snapshot_store, hashlib.sha256(snapshot_store.read_bytes()).hexdigest()


@pytest.fixture
def case_store(pristine: tuple[Path, str], tmp_path: Path) -> Iterator[Path]:
    copy = tmp_path / "store" / "store.duckdb"
    copy.parent.mkdir()
    shutil.copyfile(pristine[0], copy)
    yield copy
    assert hashlib.sha256(copy.read_bytes()).hexdigest() == pristine[1], "the store changed"


def _prepare(case: Case, folder: Path) -> list[str]:
    argv, files, _ = case
    folder.mkdir(exist_ok=True)
    for name, content in files.items():
        path = folder / name
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    return [a.replace("{d}", str(folder)) for a in argv]


Invoke = Callable[[list[str]], tuple[int, str, str]]


@pytest.fixture
def invoke(capsys: pytest.CaptureFixture[str], case_store: Path) -> Invoke:
    def call(argv: list[str]) -> tuple[int, str, str]:
        code = run(["--store", str(case_store), *argv])
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return call


def _check_no_traceback(*texts: str) -> None:
    for text in texts:
        assert "Traceback" not in text and "internal error" not in text, text


@pytest.mark.parametrize("name", sorted(ALL))
def test_bad_input_json(name: str, invoke: Invoke, tmp_path: Path) -> None:
    argv = _prepare(ALL[name], tmp_path / "case")
    code, out, err = invoke([*argv, "--json"])
    _check_no_traceback(out, err)
    assert code == 2, (code, out, err)
    payload = json.loads(out)
    assert payload["exit_code"] == 2 and payload["error"]
    assert payload["fix"], payload
    for words in ALL[name][2]:
        assert words.lower() in payload["message"].lower(), (words, payload)


TEXT_CASES = [
    "extra-cell", "duplicate-header", "date-2099", "value-1e308", "dev-zero", "binary",
    "thesis-lags-100000-weeks", "n-boot-huge", "show-limit-negative", "export-proc",
    "report-out-proc", "claims-html-proc", "article-folder", "article-binary-png",
    "store-folder", "store-text", "unknown-option", "article-name-too-long",
]  # fmt: skip


@pytest.mark.parametrize("name", TEXT_CASES)
def test_bad_input_text(name: str, invoke: Invoke, tmp_path: Path) -> None:
    argv = _prepare(ALL[name], tmp_path / "case")
    code, out, err = invoke(argv)
    _check_no_traceback(out, err)
    assert code == 2, (code, out, err)
    hint = "fix" in err.lower() or "--help' for help" in err  # ours, or click's usage hint
    assert "error" in err.lower() and hint, err
    for words in ALL[name][2]:
        assert words.lower() in " ".join(err.split()).lower(), (words, err)


def test_truncated_store_exits_2_and_is_left_alone(
    pristine: tuple[Path, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    damaged = tmp_path / "damaged.duckdb"
    damaged.write_bytes(_truncated(pristine[0]))
    before = damaged.read_bytes()
    code = run(["--store", str(damaged), "data", "status", "--json"])
    payload = json.loads(capsys.readouterr().out)
    assert code == 2 and "damaged or truncated" in payload["message"] and payload["fix"]
    assert damaged.read_bytes() == before


EMPTY_STORE_COMMANDS = {
    "claims": (["claims", "{d}/a.txt"], "claim checker"),
    "watch": (["watch", "--no-update"], "no data"),  # offline: tests use no network
    "backtest": (["backtest"], "no data"),
    "report": (["report", "--out", "{d}/r.html"], "has no"),
}


@pytest.mark.parametrize("name", sorted(EMPTY_STORE_COMMANDS))
def test_store_without_series_exits_2_naming_the_import(
    name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A store that exists but holds no series (created, never imported into)."""
    from leadwatch.store import Store

    empty = tmp_path / "empty.duckdb"
    with Store(empty):
        pass
    (tmp_path / "a.txt").write_text("Gold rose 2% to $4,100 an ounce on Tuesday.", encoding="utf-8")
    argv, words = EMPTY_STORE_COMMANDS[name]
    code = run(["--store", str(empty), *(a.replace("{d}", str(tmp_path)) for a in argv), "--json"])
    captured = capsys.readouterr()
    _check_no_traceback(captured.out, captured.err)
    payload = json.loads(captured.out)
    assert code == 2 and words in payload["message"], payload
    assert "data import" in payload["fix"]
    assert not (tmp_path / "r.html").exists()


def test_article_from_stdin_is_checked_and_binary_stdin_refused(
    snapshot_store: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import io
    import sys

    text = b"March 3, 2026\n\nGold rose 2% to $4,100 an ounce on Tuesday."  # a dateline
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(text)))
    code = run(["--store", str(snapshot_store), "claims", "-", "--json"])
    payload = json.loads(capsys.readouterr().out)
    assert code == 0 and payload["article"] == "stdin", payload
    assert payload["date"]["date"] == "2026-03-03" and payload["claims"]
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(bytes(range(256)) * 40)))
    code = run(["--store", str(snapshot_store), "claims", "-", "--json"])
    payload = json.loads(capsys.readouterr().out)
    assert code == 2 and "binary" in payload["message"] and payload["fix"]


def test_suite_has_at_least_100_cases() -> None:
    assert len(ALL) + len(TEXT_CASES) >= 100 and len(ALL) >= 100


# -- provider answers --------------------------------------------------------------------------
# What a provider sends back enters at its pure parser. A bad answer is a ProviderError
# (BadResponse) naming provider and fix: exit 1 in the CLI (that series failed, the others
# are updated; the store keeps the series' data), never a traceback or a silent empty frame.

HTML = b"<!DOCTYPE html><html><body>Please sign in</body></html>"
PROVIDER_ANSWERS: dict[str, tuple[str, bytes, str]] = {
    "fred-csv-html": ("fred.parse_csv", HTML, "HTML"),
    "fred-csv-empty": ("fred.parse_csv", b"", ""),
    "fred-csv-wrong-columns": ("fred.parse_csv", b"a,b\n1,2\n", ""),
    "fred-csv-text-value": ("fred.parse_csv", b"DATE,DGS10\n2024-01-02,high\n", ""),
    "fred-json-html": ("fred.parse_json", HTML, "HTML"),
    "fred-json-garbage": ("fred.parse_json", b"{not json", ""),
    "fred-json-error-body": ("fred.parse_json", b'{"error_message": "Bad Request"}', ""),
    "coinbase-html": ("coinbase.parse_candles", HTML, ""),
    "coinbase-garbage": ("coinbase.parse_candles", b"[[1, 2]]", ""),
    "coinbase-object": ("coinbase.parse_candles", b'{"message": "rate limited"}', ""),
    "alfred-garbage": ("alfred.parse_vintages", b"{}", ""),
    "worldbank-not-excel": ("worldbank.parse_monthly_prices", b"PK\x03\x04garbage", ""),
    "gpr-not-excel": ("gpr.parse_daily", b"\xd0\xcf\x11\xe0garbage", ""),
}


@pytest.mark.parametrize("name", sorted(PROVIDER_ANSWERS))
def test_bad_provider_answer_is_a_provider_error(name: str) -> None:
    import importlib

    from leadwatch.errors import LeadwatchError, ProviderError

    target, body, words = PROVIDER_ANSWERS[name]
    module, function = target.split(".")
    parse = getattr(importlib.import_module(f"leadwatch.providers.{module}"), function)
    kwargs = {"what": "test series"} | ({} if module in ("coinbase", "alfred") else {"symbol": "X"})
    with pytest.raises(LeadwatchError) as info:
        parse(body, **kwargs)
    error = info.value
    assert isinstance(error, ProviderError | DataError), type(error)
    assert error.fix and words in error.message, (error.message, error.fix)
