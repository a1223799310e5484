"""Reads: status, values with provenance, the ingest log and revisions."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pandas as pd

from leadwatch.catalog import CATALOG, get_series
from leadwatch.errors import UnknownSeriesError
from leadwatch.store._base import (
    _VALUE_COLUMNS,
    StoreBase,
    _status_row,
)


class ReadMixin(StoreBase):
    """Reads: status, values with provenance, the ingest log and revisions."""

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
        """Every overwritten row, oldest first.

        ``fields`` names what changed (``"high"``, ``"value, close"``...) for rows
        written by live updates, which record each field in ``revision_fields``
        (see :meth:`revision_fields`); it is None for CSV imports. A row whose
        value stayed the same but whose OHLCV changed is a revision too
        (``old_value == new_value``, ``fields`` says which).
        """
        if not self._has_table("revision_fields"):
            return self._sql(
                "SELECT *, CAST(NULL AS VARCHAR) AS fields FROM revisions "
                "WHERE ? IS NULL OR series_id = ? ORDER BY ingest_id, date",
                [series_id, series_id],
            )
        return self._sql(
            """SELECT r.*, f.fields FROM revisions r LEFT JOIN (
                   SELECT series_id, date, ingest_id,
                          string_agg(field, ', ' ORDER BY list_position(?, field)) AS fields
                   FROM revision_fields GROUP BY ALL) f USING (series_id, date, ingest_id)
               WHERE ? IS NULL OR r.series_id = ? ORDER BY r.ingest_id, r.date""",
            [list(_VALUE_COLUMNS), series_id, series_id],
        )
