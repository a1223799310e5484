"""Watch state: the last evaluated snapshot and its alerts, de-duplicated across restarts."""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd

from leadwatch.errors import DataError, StoreError
from leadwatch.store._base import (
    StoreBase,
    _utc_now,
)


class WatchMixin(StoreBase):
    """Watch state: the last evaluated snapshot and its alerts, de-duplicated across restarts."""

    # -- watch state (leadwatch watch): last evaluated state and its alerts, de-duplicated ------
    _WATCH_SCHEMA = """
        CREATE TABLE IF NOT EXISTS watch_state (
            watch VARCHAR PRIMARY KEY, snapshot VARCHAR NOT NULL, as_of DATE NOT NULL,
            updated_at_utc TIMESTAMP NOT NULL);
        CREATE TABLE IF NOT EXISTS watch_alerts (
            alert_id VARCHAR PRIMARY KEY, watch VARCHAR NOT NULL, kind VARCHAR NOT NULL,
            as_of DATE NOT NULL, payload VARCHAR NOT NULL, created_at_utc TIMESTAMP NOT NULL,
            emitted_at_utc TIMESTAMP, delivered_at_utc TIMESTAMP, attempts INTEGER NOT NULL,
            last_error VARCHAR)
    """

    def _watch_tables(self) -> bool:
        found = self._sql(
            "SELECT count(*) AS n FROM duckdb_tables() WHERE schema_name = 'main' "
            "AND table_name IN ('watch_state', 'watch_alerts')"
        )
        return int(found["n"].iloc[0]) == 2

    def watch_snapshot(self, watch: str = "default") -> str | None:
        """The JSON snapshot the last ``watch`` run recorded, or None before the first run."""
        if not self._watch_tables():
            return None
        found = self._sql("SELECT snapshot FROM watch_state WHERE watch = ?", [watch])
        return None if found.empty else str(found["snapshot"].iloc[0])

    def record_watch(
        self, watch: str, snapshot: str, as_of: str, alerts: Sequence[dict[str, str]]
    ) -> list[str]:
        """Save the new snapshot and its alerts in one transaction; return the new alert ids.

        ``alerts`` are dicts with ``alert_id``, ``kind``, ``as_of`` and ``payload``
        (JSON); an id already stored is skipped, so replaying a run adds nothing.
        """
        if self.read_only:
            raise StoreError("store opened read-only", fix="open it without read_only to watch")
        now = _utc_now()
        with self._errors():
            self.connect().execute(self._WATCH_SCHEMA)
        with self._transaction() as con:
            new: list[str] = []
            for alert in alerts:
                row = con.execute(
                    "INSERT INTO watch_alerts VALUES (?, ?, ?, ?, ?, ?, NULL, NULL, 0, NULL) "
                    "ON CONFLICT DO NOTHING RETURNING alert_id",
                    [alert["alert_id"], watch, alert["kind"], alert["as_of"],
                     alert["payload"], now],
                ).fetchone()  # fmt: skip
                if row is not None:
                    new.append(str(row[0]))
            con.execute(
                "INSERT INTO watch_state VALUES (?, ?, ?, ?) ON CONFLICT (watch) DO UPDATE "
                "SET snapshot = excluded.snapshot, as_of = excluded.as_of, "
                "updated_at_utc = excluded.updated_at_utc",
                [watch, snapshot, as_of, now],
            )
        return new

    def watch_alerts(self, watch: str = "default", pending: str | None = None) -> pd.DataFrame:
        """Alerts of ``watch``, oldest first; ``pending='emit'`` or ``'deliver'`` filters."""
        if not self._watch_tables():
            return pd.DataFrame(
                columns=["alert_id", "watch", "kind", "as_of", "payload", "created_at_utc",
                         "emitted_at_utc", "delivered_at_utc", "attempts", "last_error"]
            )  # fmt: skip
        where = {"emit": " AND emitted_at_utc IS NULL", "deliver": " AND delivered_at_utc IS NULL"}
        if pending is not None and pending not in where:
            raise DataError(f"pending={pending!r} is unknown", fix="use 'emit', 'deliver' or None")
        return self._sql(
            "SELECT * FROM watch_alerts WHERE watch = ?" + where.get(pending or "", "")
            + " ORDER BY created_at_utc, as_of, alert_id",
            [watch],
        )  # fmt: skip

    def mark_alerts(
        self,
        ids: Sequence[str],
        *,
        emitted: bool = False,
        delivered: bool | None = None,
        error: str | None = None,
    ) -> None:
        """Mark alerts emitted, and/or record a delivery attempt (``delivered`` True/False)."""
        if not ids:
            return
        con = self.connect()
        now = _utc_now()
        with self._errors():
            for alert_id in ids:
                if emitted:
                    con.execute(
                        "UPDATE watch_alerts SET emitted_at_utc = coalesce(emitted_at_utc, ?) "
                        "WHERE alert_id = ?", [now, alert_id],
                    )  # fmt: skip
                if delivered is not None:
                    con.execute(
                        "UPDATE watch_alerts SET attempts = attempts + 1, last_error = ?, "
                        "delivered_at_utc = CASE WHEN ? THEN ? ELSE delivered_at_utc END "
                        "WHERE alert_id = ?", [error, delivered, now, alert_id],
                    )  # fmt: skip
