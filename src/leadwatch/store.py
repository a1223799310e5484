"""The embedded DuckDB store: every series, every value, and where each came from.

This is the only module that imports :mod:`duckdb`.

Tables
------
``series``
    Metadata of each stored series (from the catalog at import time).
``observations``
    One row per (series, date): ``value`` plus OHLCV where present, the row's
    ``source`` as given by the input, a ``flag`` for suspect values, and the
    ``ingest_id`` of the import that last wrote it.
``ingest_log``
    One row per series per import that changed something: provider, location
    (path or URL, never a secret), SHA-256 of the input, row counts, times.
``revisions``
    Every overwritten value: old and new value and both ingest ids.

Writes are idempotent upserts in one transaction per import: re-importing the
same input changes nothing (not even the log), and an import that fails or is
killed half-way leaves the previous contents intact. DuckDB lets one process
hold a store open for writing; another process gets :class:`StoreBusyError`
after ``busy_timeout`` seconds instead of corrupting anything.

Examples
--------
>>> import tempfile, pandas as pd
>>> from pathlib import Path
>>> from leadwatch.batch import SeriesBatch
>>> path = Path(tempfile.mkdtemp()) / "doc.duckdb"
>>> frame = pd.DataFrame({"date": pd.to_datetime(["2024-01-02", "2024-01-03"]),
...                       "value": [23.5, 23.9]})
>>> batch = SeriesBatch.from_values("silver", frame, provider="test", location="doc",
...                                 checksum="x")
>>> with Store(path) as store:
...     first = store.write_batches([batch])
...     again = store.write_batches([batch])
>>> first.inserted, again.inserted, again.changed
(2, 0, False)
"""

from __future__ import annotations

import contextlib
import os
import re
import time
from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import Any

import duckdb
import pandas as pd

from leadwatch import __version__
from leadwatch.batch import BATCH_COLUMNS, SeriesBatch
from leadwatch.catalog import CATALOG, SeriesSpec, get_series
from leadwatch.errors import DataError, StoreBusyError, StoreError, UnknownSeriesError

__all__ = [
    "ImportResult",
    "SeriesImport",
    "Store",
    "StoreMissingError",
    "default_store_path",
]

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
class ImportResult:
    """Outcome of :meth:`Store.write_batches` (one transaction)."""

    store: str
    series: tuple[SeriesImport, ...]
    seconds: float

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

    def to_frame(self) -> pd.DataFrame:
        """One row per series."""
        return pd.DataFrame([asdict(s) for s in self.series])

    def to_dict(self) -> dict[str, Any]:
        """JSON-safe summary."""
        return {
            "store": self.store,
            "changed": self.changed,
            "inserted": self.inserted,
            "updated": self.updated,
            "seconds": round(self.seconds, 3),
            "series": [asdict(s) for s in self.series],
        }


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


class Store:
    """A leadwatch store on disk.

    Parameters
    ----------
    path
        DuckDB file; default :func:`default_store_path`.
    read_only
        Open without write access (fails with :class:`StoreMissingError` if absent).
    busy_timeout
        Seconds to keep retrying while another process holds the store.
    """

    def __init__(
        self, path: Path | str | None = None, *, read_only: bool = False, busy_timeout: float = 5.0
    ) -> None:
        self.path = Path(path) if path is not None else default_store_path()
        self.read_only = read_only
        self.busy_timeout = busy_timeout
        self._con: duckdb.DuckDBPyConnection | None = None

    # -- connection -------------------------------------------------------------
    def __enter__(self) -> Store:
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
        if not self.read_only:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        deadline = time.monotonic() + self.busy_timeout
        while True:
            try:
                self._con = duckdb.connect(str(self.path), read_only=self.read_only)
                break
            except duckdb.IOException as exc:
                if "lock" not in str(exc).lower():
                    raise self._mapped(exc) from None
                if time.monotonic() >= deadline:
                    pid = re.search(r"PID (\d+)", str(exc))
                    holder = f"PID {pid.group(1)}" if pid else "another process"
                    raise StoreBusyError(
                        f"store is busy: {self.path} is open in another process ({holder})",
                        fix="wait for the other leadwatch command to finish, then retry",
                    ) from None
                time.sleep(0.1)
            except duckdb.Error as exc:
                raise self._mapped(exc) from None
        if not self.read_only:
            self._init_schema()
        return self._con

    def close(self) -> None:
        """Close the connection (idempotent)."""
        if self._con is not None:
            self._con.close()
            self._con = None

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

    def _sql(self, query: str, params: Sequence[Any] | None = None) -> pd.DataFrame:
        con = self.connect()
        with self._errors():
            return con.execute(query, params or []).df()

    def _init_schema(self) -> None:
        con = self._con
        assert con is not None
        with self._errors():
            con.execute("BEGIN TRANSACTION")
            con.execute(_SCHEMA)
            con.execute(
                "INSERT INTO meta VALUES ('schema_version', ?) ON CONFLICT DO NOTHING",
                [SCHEMA_VERSION],
            )
            con.execute("COMMIT")
            found = con.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()
        if found is None or found[0] != SCHEMA_VERSION:
            raise StoreError(
                f"store {self.path} has schema version {found}, this leadwatch expects "
                f"{SCHEMA_VERSION}",
                fix="upgrade leadwatch, or import into a new store path",
            )

    # -- writing ---------------------------------------------------------------
    def write_batches(self, batches: Sequence[SeriesBatch]) -> ImportResult:
        """Upsert all batches in one transaction; return what changed.

        Rows whose values are unchanged are left alone; changed values are
        overwritten and recorded in ``revisions``; nothing is deleted. Series
        whose rows are all unchanged get no log entry, so re-importing the same
        input leaves the store byte-for-byte the same in content.
        """
        if self.read_only:
            raise StoreError("store opened read-only", fix="open it without read_only to import")
        started = time.perf_counter()
        seen: set[str] = set()
        for batch in batches:
            get_series(batch.series_id)
            if batch.series_id in seen:
                raise DataError(
                    f"series '{batch.series_id}' appears twice in one import",
                    fix="import each series from one input at a time",
                )
            seen.add(batch.series_id)
        con = self.connect()
        with self._errors():
            con.execute("BEGIN TRANSACTION")
            try:
                summaries = self._upsert(con, batches)
                con.execute("COMMIT")
            except BaseException:
                con.execute("ROLLBACK")
                raise
        return ImportResult(str(self.path), summaries, time.perf_counter() - started)

    def _stage(self, con: duckdb.DuckDBPyConnection, batches: Sequence[SeriesBatch]) -> None:
        frames = []
        for batch in batches:
            frame = batch.frame.loc[:, list(BATCH_COLUMNS)].copy()
            frame.insert(0, "series_id", batch.series_id)
            frames.append(frame)
        stage = pd.concat(frames, ignore_index=True)
        for column in ("source", "flag", "series_id"):
            stage[column] = stage[column].astype(object).where(stage[column].notna(), None)
        con.register("stage_df", stage)
        distinct = " OR ".join(f"s.{c} IS DISTINCT FROM o.{c}" for c in _VALUE_COLUMNS)
        con.execute(
            f"""
            CREATE OR REPLACE TEMP TABLE stage AS
            SELECT s.series_id, CAST(s.date AS DATE) AS date, s.value::DOUBLE AS value,
                   s.open::DOUBLE AS open, s.high::DOUBLE AS high, s.low::DOUBLE AS low,
                   s.close::DOUBLE AS close, s.volume::DOUBLE AS volume,
                   s.source::VARCHAR AS source, s.flag::VARCHAR AS flag,
                   CASE WHEN o.series_id IS NULL THEN 'new'
                        WHEN {distinct} THEN 'changed' ELSE 'same' END AS status,
                   o.value AS old_value, o.ingest_id AS old_ingest_id
            FROM (SELECT * REPLACE (CAST(date AS DATE) AS date) FROM stage_df) s
            LEFT JOIN observations o USING (series_id, date)
            """
        )
        con.unregister("stage_df")

    def _upsert(
        self, con: duckdb.DuckDBPyConnection, batches: Sequence[SeriesBatch]
    ) -> tuple[SeriesImport, ...]:
        if not batches:
            return ()
        self._stage(con, batches)
        counts = {
            row[0]: row[1:]
            for row in con.execute(
                """SELECT series_id, count(*) FILTER (status = 'new'),
                          count(*) FILTER (status = 'changed'), count(*) FILTER (status = 'same')
                   FROM stage GROUP BY series_id"""
            ).fetchall()
        }
        now = _utc_now()
        summaries: list[SeriesImport] = []
        for batch in batches:
            inserted, updated, unchanged = counts.get(batch.series_id, (0, 0, 0))
            ingest_id = None
            if inserted or updated:
                ingest_id = self._log(con, batch, now, inserted, updated, unchanged)
            summaries.append(
                SeriesImport(
                    batch.series_id,
                    batch.rows,
                    inserted,
                    updated,
                    unchanged,
                    batch.rows_blank,
                    len(batch.suspects),
                    _iso(batch.first_date),
                    _iso(batch.last_date),
                    ingest_id,
                    batch.location,
                )
            )
        changed = {s.series_id: s.ingest_id for s in summaries if s.ingest_id is not None}
        if changed:
            con.register(
                "ingest_map",
                pd.DataFrame({"series_id": list(changed), "ingest_id": list(changed.values())}),
            )
            con.execute(
                """INSERT INTO revisions
                   SELECT s.series_id, s.date, s.old_value, s.value, s.old_ingest_id, m.ingest_id
                   FROM stage s JOIN ingest_map m USING (series_id) WHERE s.status = 'changed'"""
            )
            sets = ", ".join(f"{c} = s.{c}" for c in _VALUE_COLUMNS)
            con.execute(
                f"""UPDATE observations SET {sets}, ingest_id = m.ingest_id
                    FROM stage s JOIN ingest_map m USING (series_id)
                    WHERE observations.series_id = s.series_id AND observations.date = s.date
                      AND s.status = 'changed'"""
            )
            con.execute(
                """INSERT INTO observations
                   SELECT s.series_id, s.date, s.value, s.open, s.high, s.low, s.close, s.volume,
                          s.source, s.flag, m.ingest_id
                   FROM stage s JOIN ingest_map m USING (series_id) WHERE s.status = 'new'"""
            )
            con.unregister("ingest_map")
        con.execute("DROP TABLE stage")
        return tuple(summaries)

    def _log(
        self,
        con: duckdb.DuckDBPyConnection,
        batch: SeriesBatch,
        now: datetime,
        inserted: int,
        updated: int,
        unchanged: int,
    ) -> int:
        spec = get_series(batch.series_id)
        con.execute(
            "INSERT OR REPLACE INTO series VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [
                spec.id,
                spec.name,
                spec.unit,
                spec.kind,
                spec.calendar,
                spec.instrument,
                spec.publisher,
                now,
            ],
        )
        row = con.execute("SELECT nextval('ingest_seq')").fetchone()
        assert row is not None
        ingest_id = int(row[0])
        con.execute(
            "INSERT INTO ingest_log VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                ingest_id,
                batch.series_id,
                batch.provider,
                batch.location,
                batch.checksum,
                now,
                batch.rows,
                inserted,
                updated,
                unchanged,
                batch.rows_blank,
                len(batch.suspects),
                _iso(batch.first_date),
                _iso(batch.last_date),
                __version__,
            ],
        )
        return ingest_id

    # -- reading -----------------------------------------------------------------
    def status(self) -> pd.DataFrame:
        """One row per catalog series: rows, first/last date, sources, last import."""
        stored = self._sql(
            """
            WITH obs AS (
                SELECT series_id, count(*) AS rows, min(date) AS first, max(date) AS last,
                       count(flag) AS flagged,
                       string_agg(DISTINCT source, ', ' ORDER BY source) AS sources
                FROM observations GROUP BY series_id),
            last_import AS (
                SELECT * FROM ingest_log
                QUALIFY row_number() OVER (PARTITION BY series_id ORDER BY ingest_id DESC) = 1)
            SELECT obs.*, l.provider, l.location, l.checksum, l.imported_at_utc, l.ingest_id
            FROM obs LEFT JOIN last_import l USING (series_id)
            """
        )
        by_id: dict[str, dict[str, Any]] = {
            str(r["series_id"]): {str(k): v for k, v in r.items()}
            for r in stored.to_dict(orient="records")
        }
        rows = [_status_row(spec, by_id.get(spec.id)) for spec in CATALOG.values()]
        return pd.DataFrame(rows)

    def _require_stored(self, series_id: str) -> None:
        get_series(series_id)
        found = self._sql("SELECT 1 FROM observations WHERE series_id = ? LIMIT 1", [series_id])
        if found.empty:
            raise UnknownSeriesError(
                f"series '{series_id}' has no data in {self.path}",
                fix="import it first: leadwatch data import ../shared/data",
            )

    def read(
        self, series_id: str, start: str | None = None, end: str | None = None
    ) -> pd.DataFrame:
        """All stored columns of one series with provenance, ``start``/``end`` inclusive."""
        self._require_stored(series_id)
        frame = self._sql(
            """SELECT o.date, o.value, o.open, o.high, o.low, o.close, o.volume, o.source, o.flag,
                      o.ingest_id, l.provider, l.location, l.checksum, l.imported_at_utc
               FROM observations o LEFT JOIN ingest_log l USING (ingest_id)
               WHERE o.series_id = ? AND o.date >= coalesce(CAST(? AS DATE), DATE '0001-01-01')
                 AND o.date <= coalesce(CAST(? AS DATE), DATE '9999-12-31')
               ORDER BY o.date""",
            [series_id, start, end],
        )
        frame["date"] = pd.to_datetime(frame["date"])
        return frame

    def read_values(
        self,
        series_ids: Sequence[str],
        start: str | None = None,
        end: str | None = None,
        *,
        include_flagged: bool = False,
    ) -> dict[str, pd.Series]:
        """``{id: value Series indexed by date}``; suspect values left out by default."""
        values: dict[str, pd.Series] = {}
        for series_id in series_ids:
            frame = self.read(series_id, start, end)
            if not include_flagged:
                frame = frame.loc[frame["flag"].isna()]
            values[series_id] = pd.Series(
                frame["value"].to_numpy(dtype=float),
                index=pd.DatetimeIndex(frame["date"], name="date"),
                name=series_id,
            )
        return values

    def ingest_log(self, series_id: str | None = None) -> pd.DataFrame:
        """The ingest log, newest first."""
        return self._sql(
            "SELECT * FROM ingest_log WHERE ? IS NULL OR series_id = ? ORDER BY ingest_id DESC",
            [series_id, series_id],
        )

    def revisions(self, series_id: str | None = None) -> pd.DataFrame:
        """Every overwritten value, oldest first."""
        return self._sql(
            "SELECT * FROM revisions WHERE ? IS NULL OR series_id = ? ORDER BY ingest_id, date",
            [series_id, series_id],
        )

    # -- live updates: one series per transaction, with its instrument splice ------------------
    _SPLICE_SCHEMA = """
        CREATE TABLE IF NOT EXISTS splices (
            series_id VARCHAR NOT NULL, date DATE NOT NULL, before_date DATE,
            before_value DOUBLE, after_value DOUBLE NOT NULL, before_instrument VARCHAR NOT NULL,
            after_instrument VARCHAR NOT NULL, provider VARCHAR NOT NULL, symbol VARCHAR NOT NULL,
            ingest_id BIGINT NOT NULL, recorded_at_utc TIMESTAMP NOT NULL,
            PRIMARY KEY (series_id, date))
    """
    _SPLICE_KEYS = (
        "date", "before_date", "before_value", "after_value", "before_instrument",
        "after_instrument", "provider", "symbol",
    )  # fmt: skip

    def write_update(
        self, batch: SeriesBatch, splice: dict[str, Any] | None = None
    ) -> ImportResult:
        """Upsert one live batch in its own transaction, with its splice record if any.

        ``splice`` (keys :attr:`_SPLICE_KEYS`) records where the series switches
        instrument (e.g. LBMA auction -> COMEX futures); it is written in the same
        transaction as the rows it describes, or not at all.
        """
        if self.read_only:
            raise StoreError("store opened read-only", fix="open it without read_only to update")
        get_series(batch.series_id)
        started = time.perf_counter()
        con = self.connect()
        with self._errors():
            con.execute("BEGIN TRANSACTION")
            try:
                summaries = self._upsert(con, [batch])
                ingest_id = summaries[0].ingest_id
                if splice is not None and ingest_id is not None:
                    con.execute(self._SPLICE_SCHEMA)
                    con.execute(
                        "INSERT INTO splices VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                        "ON CONFLICT DO NOTHING",
                        [batch.series_id, *(splice[k] for k in self._SPLICE_KEYS), ingest_id,
                         _utc_now()],
                    )  # fmt: skip
                con.execute("COMMIT")
            except BaseException:
                con.execute("ROLLBACK")
                raise
        return ImportResult(str(self.path), summaries, time.perf_counter() - started)

    def splices(self, series_id: str | None = None) -> pd.DataFrame:
        """Recorded instrument splices, oldest first (empty when there are none)."""
        exists = self._sql(
            "SELECT 1 FROM duckdb_tables() WHERE table_name = 'splices' AND schema_name = 'main'"
        )
        if exists.empty:
            columns = ["series_id", *self._SPLICE_KEYS, "ingest_id", "recorded_at_utc"]
            return pd.DataFrame(columns=columns)
        return self._sql(
            "SELECT * FROM splices WHERE ? IS NULL OR series_id = ? ORDER BY series_id, date",
            [series_id, series_id],
        )
