"""``leadwatch claims ARTICLE``: check an article's market claims against the store."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table
from rich.text import Text

from leadwatch.cli._app import _print_json, app, command, open_store, out, working
from leadwatch.cli._options import JsonOpt, SeedOpt, n_boot_option, parse_date, writable_file
from leadwatch.defaults import DEFAULT_N_BOOT
from leadwatch.redact import clean_text

_STYLE = {"confirmed": "green", "contradicted": "red", "inconclusive": "yellow"}


@command(app, "claims")
def claims(
    ctx: typer.Context,
    article: Annotated[Path, typer.Argument(help="The article, a UTF-8 .txt file (- for stdin).")],
    date: Annotated[
        str | None,
        typer.Option(
            "--date", help="The article's date (default: from the text).", metavar="YYYY-MM-DD"
        ),
    ] = None,
    html: Annotated[
        Path | None, typer.Option("--html", help="Also write the highlighted article page here.")
    ] = None,
    theses: Annotated[
        bool, typer.Option("--theses/--no-theses", help="Run the theses the story maps to.")
    ] = True,
    save_theses: Annotated[
        Path | None,
        typer.Option("--save-theses", help="Write the theses generated from the text here."),
    ] = None,
    n_boot: Annotated[int, n_boot_option("Bootstrap replicates of the theses")] = DEFAULT_N_BOOT,
    seed: SeedOpt = 0,
    as_json: JsonOpt = False,
) -> None:
    """Check every market claim of ARTICLE on the stored data, then run its story's theses."""
    from leadwatch.api.claims import check_article, read_article

    day = parse_date("date", date)
    if html is not None:
        writable_file(html, "--html")  # before the claims are checked, not after
    name, text = read_article(article)
    with working("checking the claims", as_json), open_store(ctx) as store:
        source = name if str(article) == "-" else article  # stdin: named, not a path
        result = check_article(
            source, store=store, date=day, text=text, theses=theses, n_boot=n_boot, seed=seed
        )
    saved = []
    if save_theses is not None:
        from leadwatch.api.claims import save_theses as save

        saved = save(result, save_theses)
    page = None
    if html is not None:
        from leadwatch.report.claims import write_claims_html

        page = write_claims_html(result, html)
    if as_json:
        payload = result.to_dict()
        payload["html"] = str(page) if page else None
        payload["saved_theses"] = [str(p) for p in saved]
        _print_json(payload)
        return
    d = result.dated
    out.print(f"{name}: dated {d.date.date()} ({d.how})", markup=False, highlight=False)
    for line in d.reasoning:
        out.print(f"  - {line}", markup=False, highlight=False)
    table = Table(highlight=False)
    for column in ("#", "Claim", "Status", "Evidence"):
        table.add_column(column, overflow="fold")
    seen: set[tuple[str, str, str, str]] = set()
    for c in result.checked:
        cells = (str(c.claim.sentence + 1), clean_text(c.claim.describe()), c.status, c.evidence)
        if cells in seen:  # the same claim found twice in one sentence: one row
            continue
        seen.add(cells)
        status = Text(c.status, style=_STYLE.get(c.status, "dim"))
        table.add_row(cells[0], Text(cells[1]), status, Text(clean_text(c.evidence)))
    out.print(table)
    if len(result.theses):
        out.print(f"The article's story ({result.theses_note}):", markup=False)
        for row in result.theses.to_dict(orient="records"):
            now = f"; on all data: {row['verdict_now']}" if row["verdict_now"] else ""
            out.print(f"  {row['name']}: {row['verdict']}{now}  ({row['title']})", markup=False)
            if row["next"]:
                out.print(f"    what happened next: {row['next']}", markup=False)
    for g in result.generated:
        state = "runnable with `leadwatch thesis run`" if g.thesis is not None else g.note
        out.print(f"Generated thesis {g.name} ({state}):", markup=False, highlight=False)
        out.print(g.toml, markup=False, highlight=False)
    for path in saved:
        out.print(f"Thesis written to {path}", markup=False)
    if page is not None:
        out.print(f"Page written to {page}", markup=False)
