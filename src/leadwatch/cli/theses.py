"""``leadwatch thesis ...``: list, show, run and write theses."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.table import Table

from leadwatch.cli._app import app, command, emit, open_store, out, working
from leadwatch.cli._options import AlphaOpt, AsOfOpt, JsonOpt, NBootOpt, SeedOpt, parse_date
from leadwatch.defaults import DEFAULT_N_BOOT
from leadwatch.errors import DataError

if TYPE_CHECKING:
    from leadwatch.theses import Thesis

thesis_app = typer.Typer(
    help="Theses as data: list the built-ins, show, run, or start a new one.",
    no_args_is_help=True,
)
app.add_typer(thesis_app, name="thesis")

NameArg = Annotated[str, typer.Argument(help="A built-in thesis name or a .toml file.")]


@command(thesis_app, "list")
def thesis_list(as_json: JsonOpt = False) -> None:
    """The built-in theses (written from the three articles)."""
    from leadwatch.theses import builtin_theses

    theses = builtin_theses()
    rows = [
        {
            "name": t.name,
            "title": t.title,
            "article": t.source.article,
            "kinds": [h.kind for h in t.hypotheses],
        }
        for t in theses
    ]
    wide = out.width >= 120  # hypothesis ids and articles only when there is room
    emit(rows, as_json, rich=_thesis_table(theses, wide=wide))
    if not (as_json or wide):
        out.print("leadwatch thesis show NAME prints one in full; --json lists every field.")


def _thesis_table(theses: Sequence[Thesis], *, wide: bool) -> Table:
    table = Table(highlight=False)
    table.add_column("Name", no_wrap=True)
    table.add_column("Title", ratio=3)
    table.add_column("Kinds", ratio=1)
    if wide:
        table.add_column("Article", ratio=1)
    for t in theses:
        if wide:
            kinds = ", ".join(f"{h.id} ({h.kind})" for h in t.hypotheses)
            table.add_row(t.name, t.title, kinds, t.source.article)
        else:
            table.add_row(t.name, t.title, ", ".join(dict.fromkeys(h.kind for h in t.hypotheses)))
    return table


@command(thesis_app, "show")
def thesis_show(name: NameArg, as_json: JsonOpt = False) -> None:
    """A thesis in full: claim, source, hypotheses, prediction (validated)."""
    from leadwatch.theses import resolve_thesis

    thesis = resolve_thesis(name)
    emit(thesis, as_json, text=_describe(thesis))


def _describe(thesis: Thesis) -> str:
    """A thesis in full, as plain text lines."""
    lines = [
        f"{thesis.name}: {thesis.title}",
        f"Claim: {thesis.claim}",
        f"Source: {thesis.source.title or thesis.source.article} ({thesis.source.article})",
    ]
    if thesis.source.dated_by is not None:
        lines.append(f"Dated by: {thesis.source.dated_by.describe()}")
    elif thesis.source.date is not None:
        lines.append(f"Date: {thesis.source.date}")
    for h in thesis.hypotheses:
        fields = h.model_dump(mode="json", exclude={"id", "kind", "statement"})
        detail = "; ".join(f"{k}={v}" for k, v in fields.items() if v not in (None, [], ()))
        lines.append(f"- {h.id} [{h.kind}] {h.statement}\n    {detail}")
    if thesis.prediction is not None:
        p = thesis.prediction
        horizons = ", ".join(str(x) for x in p.horizons)
        lines.append(f"Prediction: {p.words or p.series} ({p.series} {p.direction}; {horizons})")
    return "\n".join(lines)


@command(thesis_app, "run")
def thesis_run(
    ctx: typer.Context,
    names: Annotated[
        list[str], typer.Argument(metavar="NAME|FILE...", help="Built-in names or .toml files.")
    ],
    as_of: AsOfOpt = None,
    alpha: AlphaOpt = 0.05,
    n_boot: NBootOpt = DEFAULT_N_BOOT,
    seed: SeedOpt = 0,
    as_json: JsonOpt = False,
) -> None:
    """Run theses on the stored data; p-values are Holm-adjusted over all their hypotheses."""
    from leadwatch.api.theses import run_thesis
    from leadwatch.theses import resolve_thesis

    theses = [resolve_thesis(n) for n in names]  # validate every file before reading data
    day = parse_date("as-of", as_of)
    with working("running the theses", as_json), open_store(ctx) as store:
        run = run_thesis(theses, store=store, day=day, alpha=alpha, n_boot=n_boot, seed=seed)
    emit(run, as_json)


@command(thesis_app, "new")
def thesis_new(
    path: Annotated[
        Path, typer.Argument(help="Where to write the template ('-' prints it).")
    ] = Path("my-thesis.toml"),
    force: Annotated[bool, typer.Option("--force", help="Overwrite an existing file.")] = False,
    as_json: JsonOpt = False,
) -> None:
    """Write a commented thesis template to PATH."""
    from leadwatch.theses import TEMPLATE

    if str(path) == "-":
        typer.echo(TEMPLATE, nl=False)
        return
    if path.exists() and not force:
        raise DataError(f"{path} already exists", fix="choose another path or pass --force")
    try:
        path.write_text(TEMPLATE, encoding="utf-8")
    except OSError as exc:
        raise DataError(
            f"cannot write {path}: {exc.strerror or exc}", fix="choose a writable path"
        ) from None
    done = f"Template written to [bold]{path}[/]; edit it, then: leadwatch thesis run {path}"
    emit({"path": str(path.resolve())}, as_json, rich=done)
