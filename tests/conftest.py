"""Shared fixtures: the real snapshot (read in place) and isolated stores."""

from __future__ import annotations

import atexit
import os
import shutil
import socket
import tempfile
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[1]

if os.environ.get("PYTEST_XDIST_WORKER"):
    # pytest-xdist workers start with COLUMNS/LINES of a default 80x24 terminal; a rich
    # Console created at import would freeze that width, so CLI tests that set COLUMNS
    # would see 80 columns only under -n. Without them a worker matches a serial run.
    for _name in ("COLUMNS", "LINES"):
        os.environ.pop(_name, None)
SNAPSHOT = Path(os.environ.get("LEADWATCH_SNAPSHOT", REPO.parent / "shared" / "data"))

# Collection too must not see the user's own series (a test parametrized over the catalog
# would list them, then miss them once the fixture below points elsewhere).
_COLLECT = Path(tempfile.mkdtemp(prefix="leadwatch-tests-"))
atexit.register(shutil.rmtree, _COLLECT, True)
os.environ["LEADWATCH_CATALOG"] = str(_COLLECT / "user-series.toml")
os.environ["LEADWATCH_STORE"] = str(_COLLECT / "default-store.duckdb")


@pytest.fixture(autouse=True)
def _isolated_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test ever touches the user's real store or series catalog."""
    monkeypatch.setenv("LEADWATCH_STORE", str(tmp_path / "default-store.duckdb"))
    monkeypatch.setenv("LEADWATCH_CATALOG", str(tmp_path / "user-series.toml"))


_LOCAL_HOSTS = ("127.0.0.1", "::1", "localhost", "")


def _refuse_remote(host: object) -> None:
    if isinstance(host, str | bytes) and (host.decode() if isinstance(host, bytes) else host) in (
        _LOCAL_HOSTS
    ):
        return
    raise OSError(f"tests use no network: {host!r} refused (live tests: LEADWATCH_LIVE=1)")


@pytest.fixture(autouse=True)
def _no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Any test that reaches for the internet fails at once instead of waiting on a timeout."""
    if os.environ.get("LEADWATCH_LIVE"):
        return
    real_connect, real_lookup = socket.socket.connect, socket.getaddrinfo

    def connect(self: socket.socket, address: Any) -> None:
        if self.family in (socket.AF_INET, socket.AF_INET6):
            _refuse_remote(address[0])
        real_connect(self, address)

    def lookup(host: Any, *args: Any, **kwargs: Any) -> Any:
        _refuse_remote(host)
        return real_lookup(host, *args, **kwargs)

    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket, "getaddrinfo", lookup)


@pytest.fixture(scope="session")
def snapshot_dir() -> Path:
    """The real CSV snapshot beside the checkout (never copied into the repository)."""
    if not (SNAPSHOT / "btc_usd.csv").is_file():
        pytest.fail(
            f"the real data snapshot is missing at {SNAPSHOT}: tests on real data need "
            "../shared/data beside the checkout (or LEADWATCH_SNAPSHOT=path)"
        )
    return SNAPSHOT


@pytest.fixture(scope="session")
def snapshot_store(snapshot_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A store holding the full real snapshot, imported once per session (treat as read-only)."""
    from leadwatch.providers.csv_snapshot import read_snapshot_dir
    from leadwatch.store import Store

    path = tmp_path_factory.mktemp("snapshot-store") / "snapshot.duckdb"
    with Store(path) as store:
        store.write_batches(read_snapshot_dir(snapshot_dir))
    yield path


#: Modules whose tests take the longest (``pytest --durations``): scheduled first, so that under
#: pytest-xdist they do not start last and keep one worker busy after the other has finished.
_LONGEST_FIRST = (
    "tests/test_readme.py",
    "tests/test_end_to_end.py",
    "tests/analysis/leadlag/test_calibration.py",
    "tests/providers/test_update_faults.py",
    "tests/analysis/leadlag/test_verdict_oc.py",
    "tests/cli/test_bad_input.py",
    "tests/store/test_store.py",
    "tests/analysis/leadlag/test_every_pair.py",
    "tests/cli/test_phases.py",
    "tests/claims/test_articles.py",
    "tests/analysis/phases/test_watch.py",
    "tests/claims/test_devset.py",
)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Run the longest modules first, then the others by their number of tests, most first
    (pytest-xdist's own order, which the Makefile turns off with ``--no-loadscope-reorder``
    because it would put these few-test modules last)."""
    rank = {path: i for i, path in enumerate(_LONGEST_FIRST)}
    counts = Counter(item.nodeid.split("::")[0] for item in items)

    def order(item: pytest.Item) -> tuple[int, int]:
        module = item.nodeid.split("::")[0]
        return rank.get(module, len(rank)), -counts[module]

    items.sort(key=order)
