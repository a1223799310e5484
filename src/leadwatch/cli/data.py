"""``leadwatch data ...``: import, inspect, export and update stored series."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.table import Table

from leadwatch.cli._app import (
    _is_na,
    _print_json,
    _records,
    app,
    command,
    err,
    open_store,
    out,
    progress_bar,
    store_path,
)
from leadwatch.cli._options import (
    CatalogIdArg,
    CatalogOpt,
    EndOpt,
    JsonOpt,
    StartOpt,
    definition_options,
    parse_span,
    spreadsheet_safe,
    writable_file,
)
from leadwatch.cli.extra import (
    between,
    extra_import_table,
    extra_rows_table,
    extra_status_table,
    has_snapshot_files,
    read_extra_input,
)
from leadwatch.errors import DataError

if TYPE_CHECKING:
    import pandas as pd

    from leadwatch.store import ImportResult


class ExportFormat(StrEnum):
    csv = "csv"
    parquet = "parquet"


data_app = typer.Typer(help="Import, inspect and export stored series.", no_args_is_help=True)
app.add_typer(data_app, name="data")


# -- data import ---------------------------------------------------------------------------


@contextmanager
def _file_progress(total: int, quiet: bool) -> Iterator[Callable[[str], None]]:
    label, state = "[bold]reading[/] {task.description}", "{task.completed}/{task.total}"
    progress = progress_bar(label, state, quiet=quiet, transient=True)
    with progress:
        task = progress.add_task("", total=total)

        def advance(name: str) -> None:
            progress.update(task, advance=1, description=name)

        yield advance


def _read_input(path: Path, series: str | None, quiet: bool) -> list[Any]:
    from leadwatch.catalog import snapshot_layout
    from leadwatch.providers.csv_snapshot import read_series_csv, read_snapshot_dir

    if path.is_dir():
        if series is not None:
            raise DataError(
                f"--series {series} was given with a folder ({path})",
                fix="pass one CSV file with --series, or drop --series to import the folder",
            )
        with _file_progress(len(snapshot_layout()), quiet) as advance:
            return read_snapshot_dir(path, on_file=advance)
    if path.is_file():
        if series is None:
            raise DataError(
                f"{path} is a single file but no --series was given",
                fix="add --series ID (e.g. --series silver), or pass the snapshot folder",
            )
        return [read_series_csv(path, series)]
    if path.exists():
        raise DataError(
            f"{path} is not a regular file or a folder (a device or a pipe)",
            fix="pass a CSV file on disk, or the snapshot folder",
        )
    raise DataError(f"no such file or folder: {path}", fix="check the path")


def _import_table(result: ImportResult) -> Table:
    wide = out.width >= 110  # same/blank/first columns only when the terminal has room
    columns = ["series", "rows", "new", "updated"]
    columns += ["same", "blank", "flagged", "first", "last"] if wide else ["flagged", "last"]
    table = Table(title=f"Imported into {result.store} in {result.seconds:.2f} s")
    for column in columns:
        numeric = column not in ("series", "first", "last")
        table.add_column(column, justify="right" if numeric else "left", no_wrap=True)
    for s in result.series:
        values = {
            "series": s.series_id,
            "rows": f"{s.rows_in:,}",
            "new": f"{s.inserted:,}",
            "updated": f"{s.updated:,}",
            "same": f"{s.unchanged:,}",
            "blank": f"{s.blank:,}",
            "flagged": f"[yellow]{s.flagged}[/]" if s.flagged else "0",
            "first": s.first_date or "",
            "last": s.last_date or "",
        }
        table.add_row(*(values[column] for column in columns))
    return table


_STATUS_KEYS = {"series_id": "id", "first_date": "first", "last_date": "last"}


def _same_keys(row: dict[str, Any]) -> dict[str, Any]:
    """``data import`` names a series' id and span as ``data status`` does: id, first, last."""
    return {_STATUS_KEYS.get(key, key): value for key, value in row.items()}


@command(data_app, "import")
@definition_options
def data_import(
    ctx: typer.Context,
    path: Annotated[Path, typer.Argument(help="Snapshot folder, or one CSV with --series.")],
    *,
    series: Annotated[
        str | None, typer.Option("--series", help="Catalog id of a single CSV file.")
    ] = None,
    strict: Annotated[
        bool, typer.Option("--strict", help="Treat suspect values (spikes) as errors.")
    ] = False,
    fields: dict[str, Any],
    catalog: CatalogOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Validate and import CSV data (all files checked first; one transaction).

    With ``--series NEW --calendar ...`` (and the other series-definition options
    of ``series add``) a new series is defined and imported in one step; if
    anything fails, neither the catalog nor the store changes.
    """
    from leadwatch.cli.series import new_series_rollback, use_catalog

    use_catalog(catalog)
    with new_series_rollback(series, fields, path):
        _import(ctx, path, series, strict, as_json)


def _import(
    ctx: typer.Context, path: Path, series: str | None, strict: bool, as_json: bool
) -> None:
    from leadwatch.cli.series import check_user_calendar

    extras = read_extra_input(path, series)
    if extras and not has_snapshot_files(path):
        batches = []
    else:
        batches = _read_input(path, series, quiet=as_json)
    check_user_calendar(batches)
    suspects = [s for b in batches for s in b.suspects]
    if strict and suspects:
        listed = "\n".join(
            f"  {b.location} line {s.line}: {s.date:%Y-%m-%d} {s.value:g}: {s.reason}"
            for b in batches
            for s in b.suspects
        )
        raise DataError(
            f"{len(suspects)} suspect value(s) found:\n{listed}",
            fix="check these values at the source; without --strict they are kept and flagged",
        )
    with open_store(ctx, read_only=False) as store:
        result, extra = store.write_all(batches, extras)
    if as_json:
        payload = result.to_dict() | ({"extra": [asdict(e) for e in extra]} if extra else {})
        payload["series"] = [_same_keys(row) for row in payload["series"]]
        payload["suspects"] = [
            {
                "series": s.series_id,
                "date": s.date,
                "value": s.value,
                "line": s.line,
                "reason": s.reason,
            }
            for s in suspects
        ]
        _print_json(payload)
        return
    if batches:
        out.print(_import_table(result))
    if extra:
        out.print(extra_import_table(extra))
    for batch in batches:
        for s in batch.suspects:
            err.print(
                f"[yellow]warning:[/] {batch.location} line {s.line}: {s.series_id} "
                f"{s.date:%Y-%m-%d} = {s.value:g} is suspect ({s.reason}); kept and flagged, "
                "left out of analyses. Check it at the source.",
                highlight=False,
            )
    if not result.changed and not any(e.ingest_id for e in extra):
        out.print("Nothing changed: the store already holds exactly this data.")


# -- data status / show / export -------------------------------------------------------------


@command(data_app, "status")
def data_status(ctx: typer.Context, as_json: JsonOpt = False) -> None:
    """One line per series: rows, first/last date, source, last import."""
    with open_store(ctx) as store:
        splices = store.splices()
        status = _with_stretches(store.status(), splices)
        extra_table, extra_status = extra_status_table(store)
    if as_json:
        payload = {"store": str(store_path(ctx)), "series": _records(status)}
        _print_json(payload | ({"extra": _records(extra_status)} if len(extra_status) else {}))
        return
    wide = out.width >= 120  # the instrument column and import times only when there is room
    columns = ["series", "rows", "first", "last", "source"]
    columns += ["instrument", "last import (UTC)"] if wide else ["imported"]
    table = Table(title=f"leadwatch store {store_path(ctx)}")
    for column in columns:
        table.add_column(
            column,
            justify="right" if column == "rows" else "left",
            no_wrap=column not in ("source", "instrument"),
        )
    for row in status.to_dict(orient="records"):
        cells = [
            str(row["id"]),
            f"{row['rows']:,}" if row["rows"] else "[dim]not loaded[/]",
            str(row["first"] or ""),
            str(row["last"] or ""),
            str(row["source"] or ""),
        ]
        if wide:
            cells.append(str(row["instrument"]))
        imported = row["imported_at"]
        stamp = "%Y-%m-%d %H:%M" if wide else "%Y-%m-%d"
        cells.append("" if _is_na(imported) else f"{imported:{stamp}}")
        table.add_row(*cells)
    out.print(table)
    if extra_table is not None:
        out.print(extra_table)
    if not wide:
        for row in splices.to_dict(orient="records"):
            spliced = status.loc[status["id"] == row["series_id"], "instrument"].iloc[0]
            out.print(f"[bold]{row['series_id']}[/]: {spliced}", highlight=False)


@command(data_app, "show")
def data_show(
    ctx: typer.Context,
    series_id: CatalogIdArg,
    start: StartOpt = None,
    end: EndOpt = None,
    limit: Annotated[int, typer.Option(help="Rows to print (tail); 0 = all.")] = 20,
    as_json: JsonOpt = False,
) -> None:
    """Print a series' values with the provenance of each."""
    start_date, end_date = parse_span(start, end)
    if limit < 0:
        raise DataError(
            f"--limit {limit} is negative", fix="give the number of last rows to print, 0 for all"
        )
    with open_store(ctx) as store:
        extra = store.read_extra(series_id) if store.has_extra(series_id) else None
        extra = None if extra is None else between(extra, start_date, end_date)
        frame = extra if extra is not None else store.read(series_id, start_date, end_date)
    if limit > 0:
        frame = frame.tail(limit)
    if extra is not None:
        if as_json:
            _print_json({"table": series_id, "rows": _records(frame)})
        else:
            out.print(extra_rows_table(series_id, frame))
        return
    frame = frame.assign(date=frame["date"].dt.strftime("%Y-%m-%d"))
    if as_json:
        _print_json({"series": series_id, "rows": _records(frame)})
        return
    provenance = ["provider", "location", "checksum", "imported_at_utc"]
    shown = frame.dropna(axis="columns", how="all").drop(columns=provenance, errors="ignore")
    table = Table(
        title=f"{series_id} ({len(frame)} rows; --json adds each row's provenance)",
    )
    for column in shown.columns:
        numeric = column not in ("date", "source", "flag")
        table.add_column(
            str(column), no_wrap=column == "date", justify="right" if numeric else "left"
        )
    for row in shown.itertuples(index=False):
        table.add_row(
            *["" if _is_na(v) else f"{v:,.10g}" if isinstance(v, float) else str(v) for v in row]
        )
    out.print(table)


def _atomic_write(path: Path, write: Callable[[Path], None]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    os.close(handle)
    try:
        write(Path(temp))
        os.chmod(temp, 0o644)  # like the reports: mkstemp's 0600 would hide exports from others
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


@command(data_app, "export")
def data_export(
    ctx: typer.Context,
    series_id: CatalogIdArg,
    fmt: Annotated[ExportFormat, typer.Option("--format", help="File format.")] = ExportFormat.csv,
    output: Annotated[
        Path | None, typer.Option("--out", help="Output file (default: ID.FORMAT).")
    ] = None,
    start: StartOpt = None,
    end: EndOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Write a series with provenance columns to CSV or Parquet."""
    start_date, end_date = parse_span(start, end)
    target = writable_file(output or Path(f"{series_id}.{fmt.value}"))  # before any work
    with open_store(ctx) as store:
        frame = store.read(series_id, start_date, end_date)
    frame = frame.assign(date=frame["date"].dt.date)
    if fmt is ExportFormat.csv:
        safe = spreadsheet_safe(frame)
        _atomic_write(target, lambda p: safe.to_csv(p, index=False))
    else:
        _atomic_write(target, lambda p: frame.to_parquet(p, index=False))
    if as_json:
        _print_json(
            {"series": series_id, "path": str(target), "rows": len(frame), "format": fmt.value}
        )
    else:
        out.print(f"Wrote {len(frame):,} rows of {series_id} to {target}")


# -- status helpers --------------------------------------------------------------------------


def _with_stretches(status: pd.DataFrame, splices: pd.DataFrame) -> pd.DataFrame:
    """Name the instrument of each stretch of a spliced series (LBMA, then futures)."""
    status = status.copy()
    for row in splices.to_dict(orient="records"):
        mask = status["id"] == row["series_id"]
        before = f"{row['before_instrument']} to {_iso_day(row['before_date'])}"
        value = " (" if _is_na(row["before_value"]) else f" (last {row['before_value']:g}"
        status.loc[mask, "instrument"] = (
            f"{before}; {row['after_instrument']} from {_iso_day(row['date'])}"
            f"{value} -> first {row['after_value']:g}, spliced)"
        )
    return status


def _iso_day(value: Any) -> str:
    import pandas as pd

    return "the start" if _is_na(value) else pd.Timestamp(value).strftime("%Y-%m-%d")
