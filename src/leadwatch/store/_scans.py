"""Scan results: one row per scan in ``scans``, one per ordered pair in ``scan_pairs``."""

from __future__ import annotations

import json
from typing import Any

import pandas as pd

from leadwatch.errors import DataError, StoreError
from leadwatch.store._base import StoreBase, _utc_now

_PAIR_COLUMNS = (
    "leader", "follower", "lag", "r", "r_lo", "r_hi", "u", "pvalue", "qvalue", "n_sig_lags",
    "significant",
)  # fmt: skip


class ScanMixin(StoreBase):
    """Universe-scan results keyed by scan id (re-saving the same scan replaces it)."""

    _SCAN_SCHEMA = """
        CREATE TABLE IF NOT EXISTS scans (
            scan_id VARCHAR PRIMARY KEY, created_at_utc TIMESTAMP NOT NULL,
            mode VARCHAR NOT NULL, follower VARCHAR, params VARCHAR NOT NULL);
        CREATE TABLE IF NOT EXISTS scan_pairs (
            scan_id VARCHAR NOT NULL, leader VARCHAR NOT NULL, follower VARCHAR NOT NULL,
            lag INTEGER NOT NULL, r DOUBLE, r_lo DOUBLE, r_hi DOUBLE, u DOUBLE, pvalue DOUBLE,
            qvalue DOUBLE, n_sig_lags INTEGER NOT NULL, significant BOOLEAN NOT NULL,
            PRIMARY KEY (scan_id, leader, follower))
    """

    def save_scan(
        self, scan_id: str, mode: str, follower: str | None, params: dict[str, Any],
        pairs: pd.DataFrame,
    ) -> None:  # fmt: skip
        """Write one scan (its summary ``params`` and every pair row) in one transaction."""
        if self.read_only:
            raise StoreError("store opened read-only", fix="open it without read_only to save")
        rows = pairs.loc[:, list(_PAIR_COLUMNS)].copy()
        rows.insert(0, "scan_id", scan_id)
        with self._errors():
            self.connect().execute(self._SCAN_SCHEMA)
        with self._transaction() as con:
            con.execute("DELETE FROM scan_pairs WHERE scan_id = ?", [scan_id])
            con.execute("DELETE FROM scans WHERE scan_id = ?", [scan_id])
            con.execute(
                "INSERT INTO scans VALUES (?, ?, ?, ?, ?)",
                [scan_id, _utc_now(), mode, follower, json.dumps(params)],
            )
            con.register("_scan_rows", rows)
            con.execute("INSERT INTO scan_pairs SELECT * FROM _scan_rows")
            con.unregister("_scan_rows")

    def scans(self) -> pd.DataFrame:
        """Saved scans, newest first."""
        if not self._has_table("scans"):
            return pd.DataFrame(columns=["scan_id", "created_at_utc", "mode", "follower", "params"])
        return self._sql("SELECT * FROM scans ORDER BY created_at_utc DESC, scan_id")

    def scan_pairs(self, scan_id: str) -> pd.DataFrame:
        """Pair rows of one saved scan, by p-value."""
        if not self._has_table("scan_pairs"):
            raise DataError(f"no scan {scan_id!r} in {self.path}", fix="run leadwatch scan first")
        found = self._sql(
            "SELECT * EXCLUDE (scan_id) FROM scan_pairs WHERE scan_id = ? "
            "ORDER BY pvalue, u DESC, leader, follower",
            [scan_id],
        )
        if found.empty:
            raise DataError(f"no scan {scan_id!r} in {self.path}", fix="list them: store.scans()")
        return found
