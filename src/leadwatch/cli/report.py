"""``leadwatch report``: the main job, the full report (HTML, Markdown or JSON)."""

from __future__ import annotations

import time
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape

from leadwatch.cli._app import (
    DEFAULT_N_BOOT,
    JsonOpt,
    _print_json,
    app,
    handle_errors,
    n_boot_option,
    open_store,
    out,
    store_path,
    working,
    writable_dir,
)
from leadwatch.cli._cache import ReportCache

# -- report -----------------------------------------------------------------------------------


class ReportFormat(StrEnum):
    html = "html"
    md = "md"
    json = "json"


_FILES = {"html": "index.html", "md": "report.md", "json": "report.json"}


@app.command("report")
@handle_errors
def report(
    ctx: typer.Context,
    out_dir: Annotated[Path, typer.Option("--out", help="Folder for the report.")] = Path(
        "leadwatch-report"
    ),
    fmt: Annotated[
        ReportFormat,
        typer.Option("--format", help="html (index.html, opens offline), md or json."),
    ] = ReportFormat.html,
    seed: Annotated[int, typer.Option(help="Random seed (same store + seed = same report).")] = 0,
    n_boot: Annotated[int, n_boot_option()] = DEFAULT_N_BOOT,
    as_json: JsonOpt = False,
) -> None:
    """Write the full report: every built-in thesis, what happened next, provenance.

    A report whose store (by content), version and options are unchanged since
    the last run in the same folder is not made again.
    """
    writable_dir(out_dir)  # fail on the path before minutes of work, not after
    started = time.perf_counter()
    params = {"format": fmt.value, "seed": seed, "n_boot": n_boot}
    cache = ReportCache(out_dir, store_path(ctx), params)
    payload = cache.hit()
    if payload is None:
        from leadwatch.api import build_report_data, build_report_sections
        from leadwatch.api.theses import build_thesis_report
        from leadwatch.report import write_report
        from leadwatch.report.text import render_json, render_markdown, write_text

        with working("report", as_json) as step, open_store(ctx) as store:
            step("reading the store")
            data = build_report_data(store)
            step("testing the theses")
            theses = build_thesis_report(store, n_boot=n_boot, seed=seed)
            if fmt == ReportFormat.html:
                step("building the sections")
                sections = build_report_sections(store, theses=theses, n_boot=n_boot, seed=seed)
            step("writing")
            if fmt == ReportFormat.html:
                path = write_report(data, out_dir, sections=sections)
            else:
                render = render_markdown if fmt == ReportFormat.md else render_json
                path = write_text(
                    render(data, theses.run, theses.hindsights), out_dir, _FILES[fmt.value]
                )
        verdicts = {r.name: r.verdict for r in theses.run.results}
        payload = {"path": str(path.resolve()), "as_of": data.as_of, "verdicts": verdicts}
        cache.save(path, payload)
        cached = False
    else:
        cached = True
    seconds = time.perf_counter() - started
    if as_json:
        _print_json(
            {"path": payload["path"], "format": fmt.value, "as_of": payload["as_of"]}
            | {"seed": seed, "n_boot": n_boot, "verdicts": payload["verdicts"]}
            | {"seconds": round(seconds, 2), "cached": cached}
        )
    elif cached:
        out.print(
            f"Report up to date at [bold]{escape(payload['path'])}[/]: the store has not changed "
            f"since it was made ({seconds:.1f} s)"
        )
    else:
        out.print(f"Report written to [bold]{escape(payload['path'])}[/] in {seconds:.1f} s")
