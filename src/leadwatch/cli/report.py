"""``leadwatch report``: the main job, the full report (HTML, Markdown or JSON)."""

from __future__ import annotations

import time
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from leadwatch.api.report import REPORT_SECTION_IDS
from leadwatch.cli._app import (
    JsonOpt,
    _print_json,
    _store_path,
    app,
    handle_errors,
    out,
)
from leadwatch.errors import LeadwatchError
from leadwatch.store import Store

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
    n_boot: Annotated[int, typer.Option("--n-boot", help="Bootstrap replicates.")] = 999,
    sections: Annotated[
        str | None,
        typer.Option(
            "--sections",
            help="Comma-separated section ids to build (HTML only; default all): "
            + ",".join(REPORT_SECTION_IDS),
        ),
    ] = None,
    articles: Annotated[
        Path | None,
        typer.Option(help="Folder of the article texts: grade their flow and supply claims."),
    ] = None,
    as_json: JsonOpt = False,
) -> None:
    """Write the full report: every built-in thesis, what happened next, provenance."""
    from leadwatch.api import build_report_data, build_report_sections
    from leadwatch.api.report import report_needs
    from leadwatch.api.theses import build_thesis_report
    from leadwatch.report import write_report
    from leadwatch.report.registry import parse_section_ids
    from leadwatch.report.text import render_json, render_markdown, write_text

    started = time.perf_counter()
    chosen = parse_section_ids(sections)
    if chosen is not None and fmt != ReportFormat.html:
        raise LeadwatchError(
            f"--sections applies to the HTML report, not --format {fmt.value}",
            fix="drop --sections, or use --format html",
        )
    needs_theses = fmt != ReportFormat.html or "theses" in report_needs(chosen)
    with Store(_store_path(ctx), read_only=True) as store:
        data = build_report_data(store)
        theses = build_thesis_report(store, n_boot=n_boot, seed=seed) if needs_theses else None
        if fmt == ReportFormat.html:
            built = build_report_sections(
                store, sections=chosen, theses=theses, n_boot=n_boot, seed=seed, articles=articles
            )
    if fmt == ReportFormat.html:
        path = write_report(data, out_dir, sections=built)
    else:
        assert theses is not None
        render = render_markdown if fmt == ReportFormat.md else render_json
        text = render(data, theses.run, theses.hindsights)
        path = write_text(text, out_dir, _FILES[fmt.value])
    seconds = time.perf_counter() - started
    if as_json:
        verdicts = {} if theses is None else {r.name: r.verdict for r in theses.run.results}
        _print_json(
            {
                "path": str(path.resolve()),
                "format": fmt.value,
                "as_of": data.as_of,
                "seed": seed,
                "n_boot": n_boot,
                "verdicts": verdicts,
                "seconds": round(seconds, 2),
            }
        )
    else:
        out.print(f"Report written to [bold]{path.resolve()}[/] in {seconds:.1f} s")
