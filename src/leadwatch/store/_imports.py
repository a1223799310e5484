"""Imports: validated batches upserted in one transaction, with the ingest log."""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime

import duckdb
import pandas as pd

from leadwatch._version import __version__
from leadwatch.batch import BATCH_COLUMNS, SeriesBatch
from leadwatch.catalog import get_series
from leadwatch.errors import DataError, StoreError
from leadwatch.store._base import (
    _VALUE_COLUMNS,
    ImportResult,
    SeriesImport,
    StoreBase,
    _iso,
    _utc_now,
)


class ImportMixin(StoreBase):
    """Imports: validated batches upserted in one transaction, with the ingest log."""

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
        with self._transaction() as con:
            summaries = self._upsert(con, batches)
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
            summary = SeriesImport(
                batch.series_id,
                batch.rows,
                inserted,
                updated,
                unchanged,
                batch.rows_blank,
                len(batch.suspects),
                _iso(batch.first_date),
                _iso(batch.last_date),
                None,
                batch.location,
            )
            if inserted or updated:
                summary = replace(summary, ingest_id=self._log(con, batch, summary, now))
            summaries.append(summary)
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
        summary: SeriesImport,
        now: datetime,
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
                summary.rows_in,
                summary.inserted,
                summary.updated,
                summary.unchanged,
                summary.blank,
                summary.flagged,
                summary.first_date,
                summary.last_date,
                __version__,
            ],
        )
        return ingest_id
