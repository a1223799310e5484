"""Store internals: schema, connection, locking, and the import result types."""

from __future__ import annotations

import contextlib
import os
import re
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import Any, Self

import duckdb
import pandas as pd

from leadwatch.catalog import SeriesSpec
from leadwatch.errors import StoreBusyError, StoreError, StoreFileError
from leadwatch.results import SeriesRun

SCHEMA_VERSION = "1"
_VALUE_COLUMNS = ("value", "open", "high", "low", "close", "volume", "source", "flag")

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR NOT NULL);
CREATE TABLE IF NOT EXISTS series (
    id VARCHAR PRIMARY KEY, name VARCHAR NOT NULL, unit VARCHAR NOT NULL,
    kind VARCHAR NOT NULL, calendar VARCHAR NOT NULL, instrument VARCHAR NOT NULL,
    publisher VARCHAR NOT NULL, updated_at_utc TIMESTAMP NOT NULL);
CREATE SEQUENCE IF NOT EXISTS ingest_seq START 1;
CREATE TABLE IF NOT EXISTS ingest_log (
    ingest_id BIGINT PRIMARY KEY, series_id VARCHAR NOT NULL, provider VARCHAR NOT NULL,
    location VARCHAR NOT NULL, checksum VARCHAR NOT NULL, imported_at_utc TIMESTAMP NOT NULL,
    rows_in BIGINT NOT NULL, rows_inserted BIGINT NOT NULL, rows_updated BIGINT NOT NULL,
    rows_unchanged BIGINT NOT NULL, rows_blank BIGINT NOT NULL, rows_flagged BIGINT NOT NULL,
    first_date DATE, last_date DATE, leadwatch_version VARCHAR NOT NULL);
CREATE TABLE IF NOT EXISTS observations (
    series_id VARCHAR NOT NULL, date DATE NOT NULL, value DOUBLE NOT NULL,
    open DOUBLE, high DOUBLE, low DOUBLE, close DOUBLE, volume DOUBLE,
    source VARCHAR, flag VARCHAR, ingest_id BIGINT NOT NULL,
    PRIMARY KEY (series_id, date));
CREATE TABLE IF NOT EXISTS revisions (
    series_id VARCHAR NOT NULL, date DATE NOT NULL, old_value DOUBLE, new_value DOUBLE,
    old_ingest_id BIGINT, ingest_id BIGINT NOT NULL);
"""


class StoreMissingError(StoreError):
    """The store file does not exist yet (nothing imported)."""

    exit_code = 2


def default_store_path() -> Path:
    """``$LEADWATCH_STORE`` if set, else ``leadwatch.duckdb`` in the user data dir."""
    override = os.environ.get("LEADWATCH_STORE")
    if override:
        return Path(override).expanduser()
    from platformdirs import user_data_path

    return user_data_path("leadwatch", appauthor=False) / "leadwatch.duckdb"


_DUCKDB_MAGIC = b"DUCK"  # bytes 8..12 of every DuckDB database file


def check_store_file(path: Path) -> None:
    """Refuse a store path that is a folder, a device or a file of another format.

    A path that does not exist (or an empty file) is fine: a new store is created there.
    """
    if not path.exists():
        return
    fix = "point --store (or LEADWATCH_STORE) to a leadwatch .duckdb file, or to a new path"
    if path.is_dir():
        raise StoreFileError(f"cannot use store {path}: it is a folder, not a DuckDB file", fix=fix)
    if not path.is_file():
        raise StoreFileError(f"cannot use store {path}: it is not a regular file", fix=fix)
    try:
        with path.open("rb") as handle:
            head = handle.read(12)
    except OSError as exc:
        raise StoreFileError(f"cannot use store {path}: {exc.strerror or exc}", fix=fix) from None
    if head and head[8:12] != _DUCKDB_MAGIC:
        raise StoreFileError(
            f"cannot use store {path}: it is not a DuckDB file (no DuckDB header)", fix=fix
        )


@dataclass(frozen=True, slots=True)
class SeriesImport:
    """What one import did to one series."""

    series_id: str
    rows_in: int
    inserted: int
    updated: int
    unchanged: int
    blank: int
    flagged: int
    first_date: str | None
    last_date: str | None
    ingest_id: int | None
    location: str


@dataclass(frozen=True, slots=True)
class ImportResult(SeriesRun[SeriesImport]):
    """Outcome of :meth:`Store.write_batches` (one transaction)."""

    @property
    def inserted(self) -> int:
        """Rows added, all series."""
        return sum(s.inserted for s in self.series)

    @property
    def updated(self) -> int:
        """Rows whose stored value changed (each recorded in ``revisions``)."""
        return sum(s.updated for s in self.series)

    @property
    def changed(self) -> bool:
        """Whether the import changed anything."""
        return any(s.inserted or s.updated for s in self.series)

    def totals(self) -> dict[str, Any]:
        """Whether anything changed, rows inserted and updated."""
        return {"changed": self.changed, "inserted": self.inserted, "updated": self.updated}


def _utc_now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def _status_row(spec: SeriesSpec, found: dict[str, Any] | None) -> dict[str, Any]:
    row: dict[str, Any] = {
        "id": spec.id, "name": spec.name, "unit": spec.unit, "calendar": spec.calendar,
        "instrument": spec.instrument, "publisher": spec.publisher,
        "rows": 0, "first": None, "last": None, "flagged": 0, "source": None,
        "provider": None, "location": None, "checksum": None, "imported_at": None,
    }  # fmt: skip
    if found is None:
        return row
    sources = found["sources"]
    imported = found["imported_at_utc"]
    row.update(
        rows=int(found["rows"]),
        first=_iso(found["first"]),
        last=_iso(found["last"]),
        flagged=int(found["flagged"]),
        source=sources if isinstance(sources, str) and sources else found["provider"],
        provider=found["provider"],
        location=found["location"],
        checksum=found["checksum"],
        imported_at=(
            pd.Timestamp(imported).floor("s").tz_localize("UTC") if pd.notna(imported) else None
        ),
    )
    return row


def _iso(value: Any) -> str | None:
    return None if value is None or pd.isna(value) else pd.Timestamp(value).strftime("%Y-%m-%d")


class StoreBase:
    """Connection, locking and schema of a store file (see :class:`leadwatch.store.Store`)."""

    def __init__(
        self, path: Path | str | None = None, *, read_only: bool = False, busy_timeout: float = 5.0
    ) -> None:
        self.path = Path(path) if path is not None else default_store_path()
        self.read_only = read_only
        self.busy_timeout = busy_timeout
        self._con: duckdb.DuckDBPyConnection | None = None

    # -- connection -------------------------------------------------------------
    def __enter__(self) -> Self:
        self.connect()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def connect(self) -> duckdb.DuckDBPyConnection:
        """Open (or create) the store, waiting up to ``busy_timeout`` for a lock."""
        if self._con is not None:
            return self._con
        if self.read_only and not self.path.exists():
            raise StoreMissingError(
                f"no store at {self.path}",
                fix="import data first: leadwatch data import ../shared/data",
            )
        check_store_file(self.path)
        if not self.read_only:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        deadline = time.monotonic() + self.busy_timeout
        while True:
            try:
                self._con = duckdb.connect(str(self.path), read_only=self.read_only)
                break
            except duckdb.IOException as exc:
                if "lock" not in str(exc).lower():
                    raise self._unusable(exc) from None
                if time.monotonic() >= deadline:
                    pid = re.search(r"PID (\d+)", str(exc))
                    holder = f"PID {pid.group(1)}" if pid else "another process"
                    raise StoreBusyError(
                        f"store is busy: {self.path} is open in another process ({holder})",
                        fix="wait for the other leadwatch command to finish, then retry",
                    ) from None
                time.sleep(0.1)
            except duckdb.Error as exc:
                raise self._unusable(exc) from None
        if not self.read_only:
            self._init_schema()
        return self._con

    def close(self) -> None:
        """Close the connection (idempotent)."""
        if self._con is not None:
            self._con.close()
            self._con = None

    def _unusable(self, exc: Exception) -> StoreFileError:
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        return StoreFileError(
            f"cannot use store {self.path}: it cannot be opened as a DuckDB file (damaged or "
            "truncated?): "
            f"{first[:200]}",
            fix="point --store (or LEADWATCH_STORE) to a leadwatch store, or to a new path "
            "and import the data again",
        )

    def _mapped(self, exc: Exception) -> StoreError:
        return StoreError(
            f"cannot use store {self.path}: {exc}",
            fix="point --store (or LEADWATCH_STORE) to a leadwatch DuckDB file or a new path",
        )

    @contextlib.contextmanager
    def _errors(self) -> Iterator[None]:
        try:
            yield
        except duckdb.Error as exc:
            raise self._mapped(exc) from None

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """One transaction: commit when the block ends, roll back if it raises (anything).

        DuckDB errors come out as :class:`~leadwatch.errors.StoreError`; a failed
        or interrupted block leaves the store as it was.
        """
        con = self.connect()
        with self._errors():
            con.execute("BEGIN TRANSACTION")
            try:
                yield con
            except BaseException:
                con.execute("ROLLBACK")
                raise
            con.execute("COMMIT")

    def _sql(self, query: str, params: Sequence[Any] | None = None) -> pd.DataFrame:
        con = self.connect()
        with self._errors():
            return con.execute(query, params or []).df()

    def _init_schema(self) -> None:
        con = self._con
        assert con is not None
        with self._transaction():
            con.execute(_SCHEMA)
            con.execute(
                "INSERT INTO meta VALUES ('schema_version', ?) ON CONFLICT DO NOTHING",
                [SCHEMA_VERSION],
            )
        with self._errors():
            found = con.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()
        if found is None or found[0] != SCHEMA_VERSION:
            raise StoreError(
                f"store {self.path} has schema version {found}, this leadwatch expects "
                f"{SCHEMA_VERSION}",
                fix="upgrade leadwatch, or import into a new store path",
            )

    def _has_table(self, name: str) -> bool:
        return not self._sql(
            "SELECT 1 FROM duckdb_tables() WHERE table_name = ? AND schema_name = 'main'", [name]
        ).empty
