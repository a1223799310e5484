"""Live updates (one series per transaction, splices, field-level revisions) and vintages."""

from __future__ import annotations

import time
from datetime import datetime
from typing import Any

import duckdb
import pandas as pd

from leadwatch.batch import SeriesBatch
from leadwatch.catalog import get_series
from leadwatch.errors import StoreError, UnknownSeriesError
from leadwatch.store._base import (
    _VALUE_COLUMNS,
    ImportResult,
    _utc_now,
)
from leadwatch.store._imports import ImportMixin
from leadwatch.store._reads import ReadMixin


class UpdateMixin(ImportMixin, ReadMixin):
    """Live updates (one series per transaction, splices, field-level revisions) and vintages."""

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
        with self._transaction() as con:
            fields = self._field_changes(con, batch)
            summaries = self._upsert(con, [batch])
            ingest_id = summaries[0].ingest_id
            if ingest_id is not None and not fields.empty:
                con.execute(self._FIELDS_SCHEMA)
                con.register("fields_df", fields.assign(ingest_id=ingest_id))
                con.execute(
                    "INSERT INTO revision_fields SELECT series_id, CAST(date AS DATE), field, "
                    "old_value, new_value, old_text, new_text, ingest_id FROM fields_df"
                )
                con.unregister("fields_df")
            if splice is not None and ingest_id is not None:
                con.execute(self._SPLICE_SCHEMA)
                con.execute(
                    "INSERT INTO splices VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                    "ON CONFLICT DO NOTHING",
                    [batch.series_id, *(splice[k] for k in self._SPLICE_KEYS), ingest_id,
                     _utc_now()],
                )  # fmt: skip
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

    # -- field-level revision detail of live updates (value, OHLCV, source, flag) ----------------
    _FIELDS_SCHEMA = """
        CREATE TABLE IF NOT EXISTS revision_fields (
            series_id VARCHAR NOT NULL, date DATE NOT NULL, field VARCHAR NOT NULL,
            old_value DOUBLE, new_value DOUBLE, old_text VARCHAR, new_text VARCHAR,
            ingest_id BIGINT NOT NULL)
    """
    _FIELD_KEYS = ("series_id", "date", "field", "old_value", "new_value", "old_text", "new_text")

    def _field_changes(self, con: duckdb.DuckDBPyConnection, batch: SeriesBatch) -> pd.DataFrame:
        """Each stored field the batch will overwrite (numbers as doubles, source/flag as text)."""
        frame = batch.frame
        empty = pd.DataFrame(columns=list(self._FIELD_KEYS))
        if frame.empty:
            return empty
        stored = con.execute(
            f"SELECT date, {', '.join(_VALUE_COLUMNS)} FROM observations "
            "WHERE series_id = ? AND date BETWEEN ? AND ?",
            [batch.series_id, frame["date"].min().date(), frame["date"].max().date()],
        ).df()
        if stored.empty:
            return empty
        stored["date"] = pd.to_datetime(stored["date"])
        both = frame.merge(stored, on="date", suffixes=("", "_old"))
        rows: list[dict[str, Any]] = []
        for field in _VALUE_COLUMNS:
            new, old = both[field], both[f"{field}_old"]
            same = (new.isna() & old.isna()) | (new == old)
            text = field in ("source", "flag")
            for i in both.index[~same.to_numpy(dtype=bool)]:
                before, after = old[i], new[i]
                rows.append(
                    {
                        "series_id": batch.series_id,
                        "date": both.at[i, "date"],
                        "field": field,
                        "old_value": None if text or pd.isna(before) else float(before),
                        "new_value": None if text or pd.isna(after) else float(after),
                        "old_text": (None if pd.isna(before) else str(before)) if text else None,
                        "new_text": (None if pd.isna(after) else str(after)) if text else None,
                    }
                )
        return pd.DataFrame(rows, columns=list(self._FIELD_KEYS)) if rows else empty

    def revision_fields(self, series_id: str | None = None) -> pd.DataFrame:
        """Field-level detail of live-update revisions, oldest first (empty when there are none)."""
        if not self._has_table("revision_fields"):
            return pd.DataFrame(columns=[*self._FIELD_KEYS, "ingest_id"])
        return self._sql(
            "SELECT * FROM revision_fields WHERE ? IS NULL OR series_id = ? "
            "ORDER BY ingest_id, date, list_position(?, field)",
            [series_id, series_id, list(_VALUE_COLUMNS)],
        )

    # -- ALFRED vintages: every value a series showed, and when it was public ----------------------
    _VINTAGE_SCHEMA = """
        CREATE TABLE IF NOT EXISTS vintages (
            series_id VARCHAR NOT NULL, date DATE NOT NULL, realtime_start DATE NOT NULL,
            realtime_end DATE NOT NULL, value DOUBLE, location VARCHAR NOT NULL,
            checksum VARCHAR NOT NULL, fetched_at_utc TIMESTAMP NOT NULL,
            PRIMARY KEY (series_id, date, realtime_start))
    """

    def write_vintages(
        self, series_id: str, frame: pd.DataFrame, *, location: str, checksum: str
    ) -> tuple[int, int]:
        """Upsert vintage rows (``date``, ``realtime_start``, ``realtime_end``, ``value``).

        One transaction; returns (rows added, rows changed). A changed row is
        normally a real-time period that closed (its value was replaced by a
        later vintage); unchanged rows are left alone.
        """
        if self.read_only:
            raise StoreError("store opened read-only", fix="open it without read_only to update")
        get_series(series_id)
        with self._transaction() as con:
            con.execute(self._VINTAGE_SCHEMA)
            con.register("vintage_df", frame.loc[:, ["date", "realtime_start",
                                                     "realtime_end", "value"]])  # fmt: skip
            con.execute(
                """CREATE OR REPLACE TEMP TABLE vstage AS
                   SELECT CAST(s.date AS DATE) AS date,
                          CAST(s.realtime_start AS DATE) AS realtime_start,
                          CAST(s.realtime_end AS DATE) AS realtime_end,
                          CAST(s.value AS DOUBLE) AS value,
                          CASE WHEN v.series_id IS NULL THEN 'new'
                               WHEN v.realtime_end IS DISTINCT FROM CAST(s.realtime_end AS DATE)
                                 OR v.value IS DISTINCT FROM CAST(s.value AS DOUBLE)
                               THEN 'changed' ELSE 'same' END AS status
                   FROM vintage_df s LEFT JOIN vintages v ON v.series_id = ?
                     AND v.date = CAST(s.date AS DATE)
                     AND v.realtime_start = CAST(s.realtime_start AS DATE)""",
                [series_id],
            )
            con.unregister("vintage_df")
            row = con.execute(
                "SELECT count(*) FILTER (status = 'new'), count(*) FILTER (status = 'changed') "
                "FROM vstage"
            ).fetchone()
            assert row is not None
            stamp = [location, checksum, _utc_now()]
            con.execute(
                """UPDATE vintages SET realtime_end = s.realtime_end, value = s.value,
                          location = ?, checksum = ?, fetched_at_utc = ?
                   FROM vstage s WHERE s.status = 'changed' AND vintages.series_id = ?
                     AND vintages.date = s.date
                     AND vintages.realtime_start = s.realtime_start""",
                [*stamp, series_id],
            )
            con.execute(
                "INSERT INTO vintages SELECT ?, date, realtime_start, realtime_end, value, "
                "?, ?, ? FROM vstage WHERE status = 'new'",
                [series_id, *stamp],
            )
            con.execute("DROP TABLE vstage")
        return int(row[0]), int(row[1])

    def vintages(self, series_id: str | None = None) -> pd.DataFrame:
        """Stored vintage rows, by series, date and real-time start (empty when none)."""
        if not self._has_table("vintages"):
            return pd.DataFrame(
                columns=["series_id", "date", "realtime_start", "realtime_end", "value",
                         "location", "checksum", "fetched_at_utc"]
            )  # fmt: skip
        return self._sql(
            "SELECT * FROM vintages WHERE ? IS NULL OR series_id = ? "
            "ORDER BY series_id, date, realtime_start",
            [series_id, series_id],
        )

    def known_on(self, series_id: str, on: str | datetime | pd.Timestamp) -> pd.Series:
        """The series as it was public on day ``on``: per date, the vintage whose period covers it.

        Dates not yet published on ``on`` are absent; a value FRED showed as
        missing (``.``) is NaN.
        """
        get_series(series_id)
        day = pd.Timestamp(on).date()
        if self.vintages(series_id).empty:
            raise UnknownSeriesError(
                f"no vintages of '{series_id}' in {self.path}",
                fix=f"leadwatch data update {series_id} --vintages (needs FRED_API_KEY)",
            )
        frame = self._sql(
            "SELECT date, value FROM vintages WHERE series_id = ? AND realtime_start <= ? "
            "AND realtime_end >= ? ORDER BY date",
            [series_id, day, day],
        )
        return pd.Series(
            frame["value"].to_numpy(dtype=float),
            index=pd.DatetimeIndex(pd.to_datetime(frame["date"]), name="date"),
            name=series_id,
        )
