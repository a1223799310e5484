"""``leadwatch report``: the self-contained HTML report."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from leadwatch.cli._app import (
    JsonOpt,
    _print_json,
    _store_path,
    app,
    handle_errors,
    out,
)
from leadwatch.store import Store

# -- report -----------------------------------------------------------------------------------


@app.command("report")
@handle_errors
def report(
    ctx: typer.Context,
    out_dir: Annotated[Path, typer.Option("--out", help="Folder for index.html.")] = Path(
        "leadwatch-report"
    ),
    as_json: JsonOpt = False,
) -> None:
    """Write the self-contained HTML report from the store."""
    from leadwatch.api import build_report_data, build_report_sections
    from leadwatch.report import write_report

    with Store(_store_path(ctx), read_only=True) as store:
        data = build_report_data(store)
        sections = build_report_sections(store)
    path = write_report(data, out_dir, sections=sections)
    if as_json:
        _print_json({"path": str(path.resolve()), "as_of": data.as_of})
    else:
        out.print(f"Report written to [bold]{path.resolve()}[/]")
