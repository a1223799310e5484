"""``data import/status/show`` for tables beyond prices (flows, fundamentals, snapshots)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rich.table import Table

from leadwatch.cli._app import _is_na

if TYPE_CHECKING:  # pandas and the store load when a command runs, not at start-up
    import pandas as pd

    from leadwatch.store import ExtraImport, Store

__all__ = [
    "between",
    "extra_import_table",
    "extra_rows_table",
    "extra_status_table",
    "has_snapshot_files",
    "read_extra_input",
]


def has_snapshot_files(path: Path) -> bool:
    """Whether a folder holds any file of the price snapshot layout."""
    from leadwatch.catalog import snapshot_layout

    return path.is_dir() and any((path / name).is_file() for name in snapshot_layout())


def read_extra_input(path: Path, series: str | None) -> list[Any]:
    """The extra tables of a folder or file (validated); [] when there are none."""
    from leadwatch.catalog import snapshot_layout
    from leadwatch.providers.extra_csv import read_extra_dir, read_extra_file

    if series is not None:
        return []
    if path.is_file():
        return read_extra_file(path)
    if not path.is_dir():
        return []
    return read_extra_dir(path, skip=snapshot_layout())


def extra_import_table(done: Sequence[ExtraImport]) -> Table:
    """One row per imported extra table."""
    table = Table(title="Tables beyond prices")
    for column in ("table", "kind", "rows", "new", "updated", "removed", "first", "last"):
        table.add_column(column, justify="left" if column in ("table", "kind") else "right")
    for e in done:
        table.add_row(
            e.dataset, e.kind, f"{e.rows:,}", f"{e.inserted:,}", f"{e.updated:,}",
            f"{e.removed:,}", e.first or "", e.last or "",
        )  # fmt: skip
    return table


def extra_status_table(store: Store) -> tuple[Table | None, pd.DataFrame]:
    """The stored extra tables with their provenance (None when there are none)."""
    import pandas as pd

    status = store.extra_status()
    if status.empty:
        return None, status
    table = Table(title="Tables beyond prices (data show TABLE lists the rows)")
    for column in ("table", "kind", "rows", "first", "last", "detail", "source", "imported"):
        table.add_column(column, justify="right" if column == "rows" else "left")
    for row in status.to_dict(orient="records"):
        imported = row["imported_at"]
        table.add_row(
            str(row["dataset"]), str(row["kind"]), f"{row['rows']:,}", str(row["first"]),
            str(row["last"]), str(row["detail"]), str(row["location"]),
            "" if _is_na(imported) else f"{pd.Timestamp(imported):%Y-%m-%d %H:%M}",
        )  # fmt: skip
    return table, status


def between(frame: pd.DataFrame, start: str | None, end: str | None) -> pd.DataFrame:
    """Rows dated ``start..end`` (by ``date``, else by year); all rows without bounds."""
    import pandas as pd

    if "date" in frame:
        days = pd.to_datetime(frame["date"])
        keep = (days >= pd.Timestamp(start or "1900-01-01")) & (
            days <= pd.Timestamp(end or "2200-01-01")
        )
        return frame[keep]
    first = int(start[:4]) if start else 0
    last = int(end[:4]) if end else 9999
    return frame[(frame["year_end"] >= first) & (frame["year_start"] <= last)]


def extra_rows_table(dataset: str, frame: pd.DataFrame) -> Table:
    """A stored extra table's rows (provenance columns left to --json)."""
    import pandas as pd

    hidden = ["ingest_id", "provider", "location", "checksum", "url", "source", "year_start",
              "year_end"]  # fmt: skip
    shown = frame.drop(columns=hidden, errors="ignore")
    table = Table(title=f"{dataset} ({len(frame)} rows; --json adds each row's provenance)")
    for column in shown.columns:
        table.add_column(str(column), justify="right" if column in ("value", "strike") else "left")
    for row in shown.itertuples(index=False):
        cells = []
        for v in row:
            if _is_na(v):
                cells.append("")
            elif isinstance(v, pd.Timestamp):
                cells.append(f"{v:%Y-%m-%d}")
            elif isinstance(v, float):
                cells.append(f"{v:,.10g}")
            else:
                cells.append(str(v)[:10] if hasattr(v, "isoformat") else str(v))
        table.add_row(*cells)
    return table
