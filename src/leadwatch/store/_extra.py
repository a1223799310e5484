"""Tables beyond prices: flows, fundamentals with editions, snapshots.

One table per kind, keyed by ``dataset`` (the file's name):

``extra_flows``
    ``dataset, date, fund, value``: daily net flows (a day absent is a day without trading).
``extra_fundamentals``
    ``dataset, period, year_start, year_end, item, value, unit, status, edition,
    published, source, url``: every edition is kept; :meth:`ExtraMixin.fundamentals`
    with ``as_of`` returns only editions published by then.
``extra_snapshots``
    ``dataset, date, venue, underlying, strike, expiry, option_type, metric, value,
    unit, vendor, url``.

An import replaces a dataset's rows in one transaction (together with price batches,
:meth:`ExtraMixin.write_all`) when its content changed and
logs it in ``ingest_log`` (``series_id`` = the dataset, provider ``extra_csv:KIND``);
re-importing the same content changes nothing, not even the log.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import duckdb
import pandas as pd

from leadwatch._version import __version__
from leadwatch.catalog import get_series
from leadwatch.errors import DataError, StoreError, UnknownSeriesError
from leadwatch.store._base import ImportResult, _iso, _utc_now
from leadwatch.store._imports import ImportMixin

if TYPE_CHECKING:
    from leadwatch.batch import SeriesBatch
    from leadwatch.providers.extra_csv import ExtraTable

_COLUMNS = {
    "flows": ("date", "fund", "value"),
    "fundamentals": (
        "period", "year_start", "year_end", "item", "value", "unit", "status", "edition",
        "published", "source", "url",
    ),
    "snapshots": (
        "date", "venue", "underlying", "strike", "expiry", "option_type", "metric", "value",
        "unit", "vendor", "url",
    ),
}  # fmt: skip
_KEYS = {
    "flows": ("date", "fund"),
    "fundamentals": ("period", "item", "edition"),
    "snapshots": ("date", "venue", "underlying", "strike", "expiry", "option_type", "metric"),
}
_SCHEMA = """
CREATE TABLE IF NOT EXISTS extra_flows (
    dataset VARCHAR NOT NULL, date DATE NOT NULL, fund VARCHAR NOT NULL, value DOUBLE NOT NULL,
    ingest_id BIGINT NOT NULL, PRIMARY KEY (dataset, date, fund));
CREATE TABLE IF NOT EXISTS extra_fundamentals (
    dataset VARCHAR NOT NULL, period VARCHAR NOT NULL, year_start INTEGER NOT NULL,
    year_end INTEGER NOT NULL, item VARCHAR NOT NULL, value DOUBLE NOT NULL, unit VARCHAR,
    status VARCHAR, edition VARCHAR NOT NULL, published DATE NOT NULL, source VARCHAR,
    url VARCHAR, ingest_id BIGINT NOT NULL, PRIMARY KEY (dataset, period, item, edition));
CREATE TABLE IF NOT EXISTS extra_snapshots (
    dataset VARCHAR NOT NULL, date DATE NOT NULL, venue VARCHAR, underlying VARCHAR,
    strike DOUBLE, expiry VARCHAR, option_type VARCHAR, metric VARCHAR NOT NULL,
    value DOUBLE NOT NULL, unit VARCHAR, vendor VARCHAR, url VARCHAR, ingest_id BIGINT NOT NULL);
"""


@dataclass(frozen=True, slots=True)
class ExtraImport:
    """What one import did to one dataset (``ingest_id`` None when nothing changed)."""

    dataset: str
    kind: str
    rows: int
    inserted: int
    updated: int
    removed: int
    unchanged: int
    first: str | None
    last: str | None
    ingest_id: int | None
    location: str


def _normalised(kind: str, frame: pd.DataFrame) -> pd.DataFrame:
    out = frame.loc[:, list(_COLUMNS[kind])].copy()
    for column in ("date", "published"):
        if column in out:
            out[column] = pd.to_datetime(out[column]).dt.normalize()
    for column in out.columns:
        if out[column].dtype == object:
            out[column] = out[column].fillna("").astype(str)
    if "strike" in out:
        out["strike"] = out["strike"].astype(float).fillna(-1.0)
    return out.sort_values(list(_KEYS[kind]), kind="stable").reset_index(drop=True)


def _diff(kind: str, old: pd.DataFrame, new: pd.DataFrame) -> tuple[int, int, int, int]:
    """(inserted, updated, removed, unchanged) by key."""
    key = list(_KEYS[kind])
    both = old.merge(new, on=key, how="outer", suffixes=("_o", "_n"), indicator=True)
    inserted = int((both["_merge"] == "right_only").sum())
    removed = int((both["_merge"] == "left_only").sum())
    common = both[both["_merge"] == "both"]
    rest = [c for c in _COLUMNS[kind] if c not in key]
    same = pd.Series(True, index=common.index)
    for c in rest:
        a, b = common[f"{c}_o"], common[f"{c}_n"]
        same &= (a == b) | (a.isna() & b.isna())
    return inserted, int((~same).sum()), removed, int(same.sum())


class ExtraMixin(ImportMixin):
    """Flows, fundamentals and snapshots (see :mod:`leadwatch.store._extra`)."""

    def write_extra(self, tables: Sequence[ExtraTable]) -> tuple[ExtraImport, ...]:
        """Import validated tables in one transaction; a table whose content is unchanged is
        left alone (no log entry)."""
        return self.write_all((), tables)[1]

    def write_all(
        self, batches: Sequence[SeriesBatch], tables: Sequence[ExtraTable]
    ) -> tuple[ImportResult, tuple[ExtraImport, ...]]:
        """Price batches (as :meth:`write_batches`) and extra tables in one transaction."""
        if self.read_only:
            raise StoreError("store opened read-only", fix="open it without read_only to import")
        names = [t.dataset for t in tables]
        if len(set(names)) != len(names):
            raise StoreError("a dataset appears twice in one import", fix="import each file once")
        ids = [b.series_id for b in batches]
        for series_id in ids:
            get_series(series_id)
        if len(set(ids)) != len(ids):
            raise DataError("a series appears twice in one import", fix="import each series once")
        started = time.perf_counter()
        con = self.connect()
        with self._errors():
            con.execute("BEGIN TRANSACTION")
            try:
                summaries = self._upsert(con, batches)
                con.execute(_SCHEMA)
                done = tuple(self._write_one(con, t) for t in tables)
                con.execute("COMMIT")
            except BaseException:
                con.execute("ROLLBACK")
                raise
        return ImportResult(str(self.path), summaries, time.perf_counter() - started), done

    def _write_one(self, con: duckdb.DuckDBPyConnection, table: ExtraTable) -> ExtraImport:
        kind, name = table.kind, f"extra_{table.kind}"
        new = _normalised(kind, table.frame)
        old = _normalised(
            kind, con.execute(f"SELECT * FROM {name} WHERE dataset = ?", [table.dataset]).df()
        ) if self._stored_kind(con, table.dataset) == kind else new.iloc[0:0]  # fmt: skip
        inserted, updated, removed, unchanged = _diff(kind, old, new)
        dates = new["date"] if "date" in new else new["year_start"]
        first, last = (str(dates.min())[:10], str(dates.max())[:10]) if len(new) else (None, None)
        ingest_id = None
        if inserted or updated or removed:
            for other in _COLUMNS:
                con.execute(f"DELETE FROM extra_{other} WHERE dataset = ?", [table.dataset])
            ingest_id = self._log_extra(con, table, len(new), inserted, updated, unchanged)
            stage = new.assign(dataset=table.dataset, ingest_id=ingest_id)
            if "strike" in stage:
                stage["strike"] = stage["strike"].where(stage["strike"] >= 0)
            con.register("extra_stage", stage)
            columns = ", ".join(["dataset", *_COLUMNS[kind], "ingest_id"])
            con.execute(f"INSERT INTO {name} ({columns}) SELECT {columns} FROM extra_stage")
            con.unregister("extra_stage")
        return ExtraImport(
            table.dataset, kind, len(new), inserted, updated, removed, unchanged,
            first, last, ingest_id, table.location,
        )  # fmt: skip

    @staticmethod
    def _stored_kind(con: duckdb.DuckDBPyConnection, dataset: str) -> str | None:
        for kind in _COLUMNS:
            found = con.execute(
                f"SELECT 1 FROM extra_{kind} WHERE dataset = ? LIMIT 1", [dataset]
            ).fetchone()
            if found:
                return kind
        return None

    def _log_extra(
        self,
        con: duckdb.DuckDBPyConnection,
        table: ExtraTable,
        rows: int,
        inserted: int,
        updated: int,
        unchanged: int,
    ) -> int:
        row = con.execute("SELECT nextval('ingest_seq')").fetchone()
        assert row is not None
        ingest_id = int(row[0])
        frame = table.frame
        dates = frame["date"] if "date" in frame else frame["published"]
        con.execute(
            "INSERT INTO ingest_log VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                ingest_id, table.dataset, f"extra_csv:{table.kind}", table.location,
                table.checksum, _utc_now(), rows, inserted, updated, unchanged, 0, 0,
                _iso(dates.min()), _iso(dates.max()), __version__,
            ],
        )  # fmt: skip
        return ingest_id

    # -- reading -----------------------------------------------------------------
    def extra_status(self) -> pd.DataFrame:
        """One row per stored dataset: kind, rows, first/last, editions and provenance."""
        columns = ["dataset", "kind", "rows", "first", "last", "detail", "provider",
                   "location", "checksum", "imported_at"]  # fmt: skip
        if not self._has_table("extra_flows"):
            return pd.DataFrame(columns=columns)
        parts = self._sql(
            """
            SELECT dataset, 'flows' AS kind, count(*) AS rows, min(date)::VARCHAR AS first,
                   max(date)::VARCHAR AS last,
                   count(DISTINCT fund)::VARCHAR || ' columns (funds and Total)' AS detail,
                   max(ingest_id) AS ingest_id FROM extra_flows GROUP BY dataset
            UNION ALL
            SELECT dataset, 'fundamentals', count(*), min(year_start)::VARCHAR,
                   max(year_end)::VARCHAR,
                   count(DISTINCT edition)::VARCHAR || ' editions, ' ||
                   count(DISTINCT item)::VARCHAR || ' items', max(ingest_id)
            FROM extra_fundamentals GROUP BY dataset
            UNION ALL
            SELECT dataset, 'snapshots', count(*), min(date)::VARCHAR, max(date)::VARCHAR,
                   count(DISTINCT date)::VARCHAR || ' snapshot dates', max(ingest_id)
            FROM extra_snapshots GROUP BY dataset
            """
        )
        log = self._sql(
            "SELECT ingest_id, provider, location, checksum, imported_at_utc FROM ingest_log"
        )
        merged = parts.merge(log, on="ingest_id", how="left").rename(
            columns={"imported_at_utc": "imported_at"}
        )
        return merged.loc[:, columns].sort_values("dataset").reset_index(drop=True)

    def has_extra(self, dataset: str) -> bool:
        """Whether ``dataset`` is a stored extra table."""
        status = self.extra_status()
        return bool((status["dataset"] == dataset).any())

    def _extra(self, kind: str, dataset: str | None) -> pd.DataFrame:
        if not self._has_table(f"extra_{kind}"):
            return pd.DataFrame(columns=["dataset", *_COLUMNS[kind], "ingest_id"])
        where = "WHERE dataset = ?" if dataset else ""
        order = ", ".join(_KEYS[kind])
        return self._sql(
            f"SELECT * FROM extra_{kind} {where} ORDER BY dataset, {order}",
            [dataset] if dataset else [],
        )

    def flows(self, dataset: str | None = None, fund: str | None = "Total") -> pd.DataFrame:
        """Daily flows as a wide frame (date index, one column per fund; ``fund`` picks one)."""
        frame = self._extra("flows", dataset)
        names = sorted(set(frame["dataset"]))
        if len(names) > 1:
            raise DataError(
                f"several flows tables are stored ({', '.join(names)})", fix="name one of them"
            )
        if fund is not None:
            frame = frame[frame["fund"] == fund]
        if frame.empty:
            raise UnknownSeriesError(
                f"no flows stored{f' for {dataset}' if dataset else ''}",
                fix="import them: leadwatch data import ../shared/data-extra",
            )
        wide = frame.pivot(index="date", columns="fund", values="value")
        wide.index = pd.DatetimeIndex(pd.to_datetime(wide.index), name="date")
        return wide.sort_index()

    def fundamentals(self, dataset: str | None = None, as_of: Any = None) -> pd.DataFrame:
        """Every edition's figures (``as_of``: only editions published by that date)."""
        frame = self._extra("fundamentals", dataset)
        frame["published"] = pd.to_datetime(frame["published"])
        if as_of is not None:
            frame = frame[frame["published"] <= pd.Timestamp(as_of)]
        return frame.reset_index(drop=True)

    def snapshots(self, dataset: str | None = None) -> pd.DataFrame:
        """Point-in-time figures, one row each."""
        frame = self._extra("snapshots", dataset)
        frame["date"] = pd.to_datetime(frame["date"])
        return frame

    def read_extra(self, dataset: str) -> pd.DataFrame:
        """A dataset's stored rows with their provenance (``data show``)."""
        status = self.extra_status()
        row = status[status["dataset"] == dataset]
        if row.empty:
            raise UnknownSeriesError(f"no extra table '{dataset}' in the store",
                                     fix="see `leadwatch data status`")  # fmt: skip
        kind = str(row["kind"].iloc[0])
        frame = self._extra(kind, dataset)
        log = self._sql("SELECT ingest_id, provider, location, checksum FROM ingest_log")
        return frame.merge(log, on="ingest_id", how="left").drop(columns=["dataset"])
