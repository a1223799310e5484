"""``leadwatch data update``: fetch new values from the live providers, one series at a time."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from typing import Annotated, Any

import typer
from rich.table import Table

from leadwatch.cli._app import _print_json, command, err, out, progress_bar, store_path
from leadwatch.cli._options import JsonOpt, parse_date
from leadwatch.cli.data import data_app


@contextmanager
def _update_progress(quiet: bool) -> Iterator[Callable[[str, Any], None]]:
    progress = progress_bar("[bold]{task.description:<18}", "{task.fields[state]}", quiet=quiet)
    tasks: dict[str, Any] = {}
    with progress:

        def on_series(series_id: str, row: Any) -> None:
            if row is None:
                tasks[series_id] = progress.add_task(series_id, total=1, state="fetching")
            else:
                state = f"{row.status} +{row.new} new, {row.revised} revised"
                progress.update(tasks[series_id], completed=1, state=state)

        yield on_series


_STATUS_STYLE = {"updated": "green", "current": "dim", "failed": "bold red", "skipped": "yellow"}


def _update_table(result: Any) -> Table:
    done = [s for s in result.series if s.status != "failed"]
    title = (
        f"Updated {result.store} in {result.seconds:.1f} s"
        if done or not result.series
        else f"Nothing updated: all {len(result.series)} series failed ({result.seconds:.1f} s)"
    )
    table = Table(title=title)
    table.add_column("series", no_wrap=True)
    table.add_column("status", no_wrap=True, min_width=7)
    table.add_column("source")  # wraps first when the terminal is narrow
    for column in ("new", "revised"):
        table.add_column(column, justify="right", no_wrap=True, min_width=len(column))
    table.add_column("last new", no_wrap=True, min_width=10)
    for s in result.series:
        style = _STATUS_STYLE.get(s.status, "")
        table.add_row(
            s.series_id,
            f"[{style}]{s.status}[/]",
            f"{s.provider} {s.symbol}" if s.provider else "",
            f"{s.new:,}",
            f"{s.revised:,}",
            s.last or "",
        )
    return table


def _update_notes(result: Any) -> None:
    for s in result.series:
        if s.splice:
            out.print(f"note: {s.series_id}: {s.splice} (see `leadwatch data status`)")
        if s.status == "skipped":
            out.print(f"skipped: {s.series_id}: {s.message}", highlight=False)
        elif s.status != "failed" and s.message:
            out.print(f"note: {s.series_id}: {s.message}", highlight=False)


@command(data_app, "update")
def data_update(
    ctx: typer.Context,
    ids: Annotated[
        list[str] | None,
        typer.Argument(metavar="[IDS]...", help="Catalog ids to update (default: all)."),
    ] = None,
    since: Annotated[
        str | None,
        typer.Option(
            help="Refetch from this date (default: a short overlap).", metavar="YYYY-MM-DD"
        ),
    ] = None,
    provider: Annotated[
        str | None,
        typer.Option(
            help="Use only this provider: fred, yahoo, coinbase, iacoviello (GPR) or "
            "worldbank (Pink Sheet)."
        ),
    ] = None,
    vintages: Annotated[
        bool,
        typer.Option(
            "--vintages",
            help="Also store the ALFRED archive of every past vintage of the FRED series "
            "among IDS (default: m2); needs FRED_API_KEY.",
        ),
    ] = False,
    as_json: JsonOpt = False,
) -> None:
    """Fetch new values from the live providers (incremental; one transaction per series).

    Exit code 0 when every series with a live source is up to date, 1 when any
    failed (the others are still updated; a failed series keeps its stored
    data), 2 on bad input.
    """
    from leadwatch.api import update_store
    from leadwatch.api.data import update_vintages, vintage_symbols

    since_date = parse_date("since", since)
    if vintages:  # bad input is refused before any network access
        vintage_symbols(ids or None, os.environ.get("FRED_API_KEY") or None)
    with _update_progress(quiet=as_json) as on_series:
        result = update_store(
            store_path(ctx),
            ids or None,
            since=date.fromisoformat(since_date) if since_date else None,
            provider=provider,
            on_series=on_series,
        )
    archive = update_vintages(store_path(ctx), ids or None) if vintages else []
    failed_archive = [row for row in archive if row["status"] == "failed"]
    if as_json:
        _print_json({**result.to_dict(), **({"vintages": archive} if vintages else {})})
    else:
        out.print(_update_table(result))
        _update_notes(result)
        for row in archive:
            if row["status"] != "failed":
                out.print(
                    f"vintages: {row['series_id']}: {row['status']}, +{row['new']} new, "
                    f"{row['closed']} closed; {row['vintages']} vintages to {row['last_vintage']}",
                    highlight=False,
                )
        for row in failed_archive:
            err.print(
                f"[bold red]failed:[/] vintages of {row['series_id']}: {row['message']}",
                highlight=False,
            )
        for s in result.failed:
            err.print(f"[bold red]failed:[/] {s.series_id}: {s.message}", highlight=False)
        if result.failed and not result.offline:
            err.print(
                f"{len(result.failed)} series failed and kept their stored data; "
                "the others were updated. Rerun later to retry.",
                highlight=False,
            )
    if result.offline:
        err.print(
            "[bold red]offline:[/] no data provider could be reached. The store is unchanged; "
            "`leadwatch report` still works on the stored data.",
            highlight=False,
        )
    raise typer.Exit(max(result.exit_code, 1 if failed_archive else 0))
