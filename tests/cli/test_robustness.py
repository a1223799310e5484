"""The CLI cannot be crashed and never leaks: formulas, control bytes, secrets, big files, hooks."""

from __future__ import annotations

import json
import logging
import os
import shutil
import subprocess
import sys
import threading
import time
import tracemalloc
import warnings
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path

import pandas as pd
import pytest

from leadwatch.batch import SeriesBatch
from leadwatch.claims.guard import ClaimGradingWarning
from leadwatch.cli._app import _show_warning, run
from leadwatch.errors import DataError
from leadwatch.providers.csv_snapshot import read_series_csv
from leadwatch.redact import clean_text, install_log_scrubber, scrub
from leadwatch.store import Store
from tests.paths import REPO

FORMULAS = ["=cmd|'/c calc'!A1", "@SUM(1+1)*cmd|' /C calc'!A0", "+1+1", "-2+3", "\tx", "\rx"]


def _cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = run(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def small_store(tmp_path: Path) -> Path:
    path = tmp_path / "small.duckdb"
    frame = pd.DataFrame(
        {
            "date": pd.bdate_range("2024-01-02", periods=len(FORMULAS) + 1),
            "value": [20.0 + i for i in range(len(FORMULAS) + 1)],
            "source": [*FORMULAS, "lbma"],
        }
    )
    batch = SeriesBatch.from_values("silver", frame, provider="test", location="t", checksum="x")
    with Store(path) as store:
        store.write_batches([batch])
    return path


def test_export_neutralises_spreadsheet_formulas_and_is_world_readable(
    small_store: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "out" / "silver.csv"
    code, _, err = _cli(capsys, "--store", str(small_store), "data", "export", "silver", "--out",
                        str(target))  # fmt: skip
    assert code == 0, err
    sources = pd.read_csv(target, keep_default_na=False)["source"].tolist()
    assert sources[-1] == "lbma"  # plain text is left alone
    for written, original in zip(sources, FORMULAS, strict=False):
        assert written == "'" + original.strip("\t\r") or written.startswith("'"), written
        assert not written.startswith(("=", "+", "-", "@", "\t", "\r"))
    assert target.stat().st_mode & 0o777 == 0o644  # like the reports, not mkstemp's 0600


def test_terminal_output_has_no_control_characters(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    evil = "\x1b]0;pwned\x07\x1b[2J\x1b[31mred\x9b31m"
    escaped = evil.encode("unicode_escape").decode().replace("\\x", "\\u00")  # TOML escapes
    thesis = tmp_path / "evil.toml"
    thesis.write_text(
        f'name = "evil"\ntitle = "{escaped}"\nclaim = "{escaped}"\n[source]\narticle = "a"\n'
        'date = 2024-01-01\n[[hypotheses]]\nid = "h"\nkind = "lead_lag"\nleader = "silver"\n'
        'follower = "btc"\nlags = ["1 week", "2 weeks"]\n',
        encoding="utf-8",
    )
    code, out, err = _cli(capsys, "thesis", "show", str(thesis))
    assert code == 0, err
    assert "red" in out and "pwned" in out
    assert not any(ch in out for ch in "\x1b\x07\x9b")
    assert clean_text(evil) == "]0;pwned[2J[31mred31m"


def test_secrets_are_scrubbed_from_child_loggers_at_debug(
    caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FRED_API_KEY", "0123abcd4567efgh")
    install_log_scrubber()
    handler_records: list[str] = []

    class Keep(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            handler_records.append(self.format(record))

    child = logging.getLogger("httpcore.http11")  # the parent's filter never saw these
    keep = Keep(level=logging.DEBUG)
    child.addHandler(keep)
    try:
        with caplog.at_level(logging.DEBUG, logger="httpcore.http11"):
            child.debug("receive_response_headers %s", "Location: /x?api_key=abc123secret&y=1")
            child.debug("token %s", "0123abcd4567efgh")
            logging.getLogger("some.other.library").warning("auth Bearer abcdefghijklmnop")
    finally:
        child.removeHandler(keep)
    text = "\n".join(handler_records + [r.getMessage() for r in caplog.records])
    assert "abc123secret" not in text and "0123abcd4567efgh" not in text
    assert "abcdefghijklmnop" not in text
    assert "api_key=***" in text


def test_errors_never_carry_a_secret(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MY_SERVICE_TOKEN", "tok-9f8e7d6c5b4a")
    error = DataError("date 'sk-proj-4f9a8b7c6d5e4f3a2b1c' bad; tok-9f8e7d6c5b4a", fix="x")
    assert "sk-proj" not in str(error) and "tok-9f8e7d6c5b4a" not in str(error)
    assert "4f9a8b7c" not in json.dumps(error.to_dict())
    assert scrub("https://h/x?apikey=zz9&token=abc") == "https://h/x?apikey=***&token=***"


def test_store_option_after_the_command_and_json_usage_errors(
    small_store: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = _cli(capsys, "data", "status", "--json", "--store", str(small_store))
    assert code == 0 and json.loads(out)["store"] == str(small_store)
    code, out, _ = _cli(capsys, "data", "show", "silver", "--limit", "x", "--json")
    payload = json.loads(out)
    assert code == 2 and payload["error"] == "UsageError" and "--limit" in payload["message"]


class _Refuse(BaseHTTPRequestHandler):
    def do_POST(self) -> None:
        self.send_response(404)
        self.end_headers()

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def refusing_hook() -> Iterator[str]:
    server = HTTPServer(("127.0.0.1", 0), _Refuse)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/hook"
    server.shutdown()
    server.server_close()


def test_watch_with_a_failing_webhook_exits_1_and_says_so(
    tmp_path: Path,
    refusing_hook: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from tests.analysis.phases.test_classify import synthetic_raw, write_store

    store = write_store(tmp_path / "watch.duckdb", synthetic_raw(700, seed=4))
    monkeypatch.setenv("LEADWATCH_WEBHOOK_URL", refusing_hook)
    code, out, err = _cli(capsys, "--store", str(store), "watch", "--once", "--no-update",
                          "--log", str(tmp_path / "w.jsonl"))  # fmt: skip
    assert code == 1, (out, err)
    assert "could not be delivered" in out and "failed:" in err
    code, out, _ = _cli(capsys, "--store", str(store), "watch", "--once", "--no-update", "--json")
    assert code == 1 and json.loads(out)["delivery_failures"] == 1


def test_large_bad_csv_streams_and_stops_early(tmp_path: Path) -> None:
    path = tmp_path / "big.csv"
    row = "2024-01-02,abc\n"
    with path.open("w") as handle:  # 40 MB of bad rows; the 200 MB case is bench-sized
        handle.write("date,silver_usd\n")
        for _ in range(40):
            handle.write(row * (1_000_000 // len(row)))
    started = time.perf_counter()
    with pytest.raises(DataError) as info:
        read_series_csv(path, "silver")
    seconds = time.perf_counter() - started
    message = str(info.value)
    assert "12+ problems" in message and "stopped reading at line" in message
    assert seconds < 3.0, seconds  # was minutes: every bad row of the file collected
    tracemalloc.start()
    with pytest.raises(DataError):
        read_series_csv(path, "silver")
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert peak < 60e6, peak  # one 1 MiB block at a time, not the 40 MB file


def test_large_good_csv_streams_with_exact_line_numbers(tmp_path: Path) -> None:
    days = pd.date_range("1850-01-01", periods=60_000, freq="D").strftime("%Y-%m-%d")
    path = tmp_path / "long.csv"
    body = "".join(f"{d},{20 + i % 7 * 0.01:.2f}\n" for i, d in enumerate(days))
    path.write_text("date,silver_usd\n" + body)
    batch = read_series_csv(path, "silver")
    assert batch.rows == 60_000 and batch.frame["line"].iloc[-1] == 60_001
    bad = tmp_path / "bad.csv"
    bad.write_text("date,silver_usd\n" + body.replace(f"{days[50_000]},", "x,", 1))
    with pytest.raises(DataError, match="line 50002: date 'x'"):
        read_series_csv(bad, "silver")


def test_cli_start_up_imports_nothing_heavy() -> None:
    code = (
        "import sys, leadwatch.cli\n"
        "heavy = [m for m in ('pandas', 'numpy', 'duckdb', 'plotly', 'scipy', 'pyarrow', "
        "'httpx', 'statsmodels') if m in sys.modules]\n"
        "print(heavy)"
    )
    env = {**os.environ, "PYTHONPATH": str(REPO / "src")}
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
    )
    assert done.stdout.strip() == "[]"


def test_console_script_end_to_end_version_and_bad_input(tmp_path: Path) -> None:
    exe = shutil.which("leadwatch", path=str(Path(sys.executable).parent))
    assert exe is not None
    env = {**os.environ, "PYTHONPATH": str(REPO / "src"), "LEADWATCH_STORE": str(tmp_path)}
    version = subprocess.run([exe, "--version"], capture_output=True, text=True, env=env)
    assert version.returncode == 0 and version.stdout.startswith("leadwatch ")
    bad = subprocess.run([exe, "data", "status"], capture_output=True, text=True, env=env)
    assert bad.returncode == 2 and "is a folder" in bad.stderr and "Traceback" not in bad.stderr


def test_progress_only_on_a_terminal_and_never_under_json(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import io

    from rich.console import Console

    import leadwatch.cli._app as cli_app

    def consoles(terminal: bool) -> io.StringIO:
        buffer = io.StringIO()
        console = Console(file=buffer, force_terminal=terminal, width=80)
        monkeypatch.setattr(cli_app, "out", console)
        monkeypatch.setattr(cli_app, "err", console)
        return buffer

    for terminal, as_json, shown in [
        (True, False, True),
        (True, True, False),
        (False, False, False),
    ]:
        buffer = consoles(terminal)
        with cli_app.working("report", as_json) as step:
            step("testing the theses")
            time.sleep(0.3)  # long enough for the spinner to draw once
        assert ("report" in buffer.getvalue()) is shown, (terminal, as_json, buffer.getvalue())


def test_console_width_follows_the_terminal_not_the_import(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from leadwatch.cli._app import _CleanConsole

    monkeypatch.setenv("COLUMNS", "80")  # as in a pytest-xdist worker when the CLI is imported
    console = _CleanConsole(soft_wrap=True)
    monkeypatch.setenv("COLUMNS", "150")  # what CliRunner(env=...) or a resized terminal says
    assert console.width == 150


def test_a_warning_reaches_the_user_as_one_plain_line(capsys: pytest.CaptureFixture[str]) -> None:
    """A claim that could not be graded warns in one line: no source path, no code line."""
    with warnings.catch_warnings():
        warnings.simplefilter("always")
        warnings.showwarning = _show_warning
        warnings.warn(
            "gold at $4,000: could not be graded (KeyError)", ClaimGradingWarning, stacklevel=1
        )
    err = capsys.readouterr().err
    assert err.startswith("warning: ClaimGradingWarning: gold at $4,000: could not be graded")
    assert "warnings.warn" not in err and ".py" not in err
