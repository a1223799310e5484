"""The embedded DuckDB store: every series, every value, and where each came from.

This package is the only part of leadwatch that imports :mod:`duckdb`; one
module per concern (``_base`` connection and schema, ``_imports``, ``_reads``,
``_updates`` with splices and vintages, ``_watch``), combined in :class:`Store`.

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
from collections.abc import Iterator
from pathlib import Path

from leadwatch.store._base import ImportResult, SeriesImport, StoreMissingError, default_store_path
from leadwatch.store._extra import ExtraImport, ExtraMixin
from leadwatch.store._reads import ReadMixin
from leadwatch.store._scans import ScanMixin
from leadwatch.store._updates import UpdateMixin
from leadwatch.store._watch import WatchMixin

__all__ = [
    "ExtraImport",
    "ImportResult",
    "SeriesImport",
    "Store",
    "StoreLike",
    "StoreMissingError",
    "default_store_path",
    "opened_store",
]


class Store(ExtraMixin, UpdateMixin, ReadMixin, WatchMixin, ScanMixin):
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


StoreLike = Store | Path | str | None


@contextlib.contextmanager
def opened_store(store: StoreLike, *, read_only: bool = True) -> Iterator[Store]:
    """An open store from an open :class:`Store` (used as is), a path, or None (the default).

    Only a store opened here is closed on exit; a passed-in one stays open.
    """
    if isinstance(store, Store):
        yield store
        return
    with Store(Path(store) if store else default_store_path(), read_only=read_only) as opened:
        yield opened
