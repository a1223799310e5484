"""``leadwatch report``: the main job, the full report (HTML, Markdown or JSON)."""

from __future__ import annotations

import time
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.markup import escape

from leadwatch.cli._app import _print_json, app, command, open_store, out, store_path, working
from leadwatch.cli._cache import ReportCache, file_digest
from leadwatch.cli._options import JsonOpt, NBootOpt, writable_dir
from leadwatch.defaults import DEFAULT_N_BOOT
from leadwatch.errors import LeadwatchError

# -- report -----------------------------------------------------------------------------------


class ReportFormat(StrEnum):
    html = "html"
    md = "md"
    json = "json"


_FILES = {"html": "index.html", "md": "report.md", "json": "report.json"}


def _articles_digest(folder: Path | None) -> str | None:
    """The article texts' content (the report grades their claims), for the cache key."""
    if folder is None:
        return None
    return file_digest(*sorted(p for p in folder.glob("*.txt") if p.is_file()))


@command(app, "report")
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
    n_boot: NBootOpt = DEFAULT_N_BOOT,
    sections: Annotated[
        str | None,
        typer.Option(
            "--sections",
            help="Comma-separated section ids to build (HTML only; default all; "
            "leadwatch report --sections x lists them).",
        ),
    ] = None,
    articles: Annotated[
        Path | None,
        typer.Option(help="Folder of the article texts: grade their flow and supply claims."),
    ] = None,
    as_json: JsonOpt = False,
) -> None:
    """Write the full report: every built-in thesis, what happened next, provenance.

    A report whose store (by content), version, options and articles are unchanged
    since the last run in the same folder is not made again.
    """
    from leadwatch.report.registry import parse_section_ids

    started = time.perf_counter()
    chosen = parse_section_ids(sections)
    if chosen is not None and fmt != ReportFormat.html:
        raise LeadwatchError(
            f"--sections applies to the HTML report, not --format {fmt.value}",
            fix="drop --sections, or use --format html",
        )
    writable_dir(out_dir)  # fail on the path before minutes of work, not after
    params = {"format": fmt.value, "seed": seed, "n_boot": n_boot, "sections": sections}
    cache = ReportCache(out_dir, store_path(ctx), params | {"articles": _articles_digest(articles)})
    payload = cache.hit()
    cached = payload is not None
    if payload is None:
        payload = _build(ctx, out_dir, fmt, seed, n_boot, chosen, articles, as_json)
        cache.save(Path(payload["path"]), payload)
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


def _build(
    ctx: typer.Context,
    out_dir: Path,
    fmt: ReportFormat,
    seed: int,
    n_boot: int,
    chosen: Any,
    articles: Path | None,
    as_json: bool,
) -> dict[str, Any]:
    """Compute and write the report; returns what the cache records (path, as_of, verdicts)."""
    from leadwatch.api import build_report_data, build_report_sections
    from leadwatch.api.report import report_needs
    from leadwatch.api.theses import build_thesis_report
    from leadwatch.report import write_report
    from leadwatch.report.text import render_json, render_markdown, write_text

    needs_theses = fmt != ReportFormat.html or "theses" in report_needs(chosen)
    with working("report", as_json) as step, open_store(ctx) as store:
        step("reading the store")
        data = build_report_data(store)
        step("testing the theses")
        theses = build_thesis_report(store, n_boot=n_boot, seed=seed) if needs_theses else None
        if fmt == ReportFormat.html:
            step("building the sections")
            built = build_report_sections(
                store, sections=chosen, theses=theses, n_boot=n_boot, seed=seed, articles=articles
            )
    if fmt == ReportFormat.html:
        path = write_report(data, out_dir, sections=built)
    else:
        assert theses is not None
        render = render_markdown if fmt == ReportFormat.md else render_json
        path = write_text(render(data, theses.run, theses.hindsights), out_dir, _FILES[fmt.value])
    verdicts = {} if theses is None else {r.name: r.verdict for r in theses.run.results}
    return {"path": str(path.resolve()), "as_of": data.as_of, "verdicts": verdicts}
