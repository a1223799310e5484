"""Shared pieces of the ``leadwatch`` command line: the app, output, errors and the store.

Exit codes: 0 ok, 1 partial failure, 2 bad input. Every command that prints
results takes ``--json`` (machine-readable, stable keys, on stdout); errors go
to stderr as text, or to stdout as ``{"error": ...}`` with ``--json`` (usage
errors too).

Two seams every command uses: :func:`emit` prints a result (JSON or rich text)
and :func:`open_store` opens the store; the options they share are in
:mod:`leadwatch.cli._options`. Nothing heavy is imported here (no
pandas, numpy, duckdb, plotly): ``leadwatch --help`` and ``--version`` start in
a fraction of a second; each command imports what it needs when it runs.
"""

from __future__ import annotations

import functools
import json
import os
import sys
import warnings
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, ParamSpec, TypeVar

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

from leadwatch._version import __version__
from leadwatch.errors import EXIT_BAD_INPUT, DataError, LeadwatchError
from leadwatch.redact import clean_text, scrub

if TYPE_CHECKING:
    import pandas as pd

    from leadwatch.store import Store

__all__ = [
    "app",
    "command",
    "emit",
    "err",
    "handle_errors",
    "main",
    "open_store",
    "out",
    "progress_bar",
    "run",
    "store_path",
    "working",
]

P = ParamSpec("P")
R = TypeVar("R")

app = typer.Typer(
    name="leadwatch",
    help="Test cross-asset lead-lag narratives on real data, honestly.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


class _CleanConsole(Console):
    """A rich console that strips terminal control characters from every string it renders.

    Its size is looked up when it prints (the terminal, or ``COLUMNS``/``LINES`` then),
    not frozen when this module is imported: rich would otherwise keep the ``COLUMNS``
    of the importing process for good (80 in a pytest-xdist worker, whatever a test sets).
    """

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._width = self._height = None  # rich's own names: None means "ask each time"

    def render_str(self, text: str, *args: Any, **kwargs: Any) -> Any:
        return super().render_str(clean_text(text), *args, **kwargs)


out = _CleanConsole(soft_wrap=True)
err = _CleanConsole(stderr=True, soft_wrap=True)

# -- JSON ------------------------------------------------------------------------------------


def _is_na(value: Any) -> bool:
    if value is None:
        return True
    if isinstance(value, str | bytes | bool | int):
        return False
    if isinstance(value, float):
        return value != value
    pandas = sys.modules.get("pandas")  # no pandas loaded: no pandas value can exist
    if pandas is None:
        return False
    try:
        return bool(pandas.isna(value))
    except (TypeError, ValueError):
        return False


def _records(frame: pd.DataFrame) -> list[dict[str, Any]]:
    from leadwatch.results import frame_records  # numpy: only once there is a result

    return frame_records(frame)


def _print_json(payload: Any) -> None:
    from leadwatch.results import jsonable  # the package's one JSON normaliser

    sys.stdout.write(json.dumps(jsonable(payload), indent=2, sort_keys=False) + "\n")


def emit(result: Any, as_json: bool, *, text: str | None = None, rich: Any = None) -> None:
    """Print a result: its ``to_dict()`` (or itself) as JSON, else ``text`` or its ``summary()``.

    The one way commands print what they computed: plain text (never parsed as
    rich markup), control characters stripped, JSON with stable keys on stdout.
    ``rich`` (a table, or a string with rich markup) is printed as it is instead.
    """
    if as_json:
        _print_json(result.to_dict() if hasattr(result, "to_dict") else result)
        return
    if rich is not None:
        out.print(rich)
        return
    if text is None:
        text = result.summary() if hasattr(result, "summary") else str(result)
    out.print(text, markup=False, highlight=False)


@contextmanager
def working(what: str, as_json: bool) -> Iterator[Callable[[str], None]]:
    """A spinner on the terminal while ``what`` runs; yields ``step(text)`` to say where it is.

    Silent under ``--json`` and when stdout or stderr is not a terminal (pipes, CI, tests).
    """
    if as_json or not out.is_terminal or not err.is_terminal:
        yield lambda text: None
        return
    with err.status(f"{what}...") as status:
        yield lambda text: status.update(f"{what}: {text}...")


def progress_bar(label: str, state: str, *, quiet: bool, transient: bool = False) -> Progress:
    """A progress bar on stderr (``label``, bar, ``state``, time); off when quiet or piped."""
    return Progress(
        TextColumn(label),
        BarColumn(),
        TextColumn(state),
        TimeElapsedColumn(),
        console=err,
        disable=quiet or not err.is_terminal,
        transient=transient,
    )


# -- errors ----------------------------------------------------------------------------------


def _report(exc: LeadwatchError, as_json: bool) -> None:
    if as_json:
        _print_json(exc.to_dict())
    else:
        err.print(f"[bold red]error:[/] {escape(str(exc))}", highlight=False)


def handle_errors(func: Callable[P, R]) -> Callable[P, R]:
    """Turn a LeadwatchError into a message (or JSON) and its exit code."""

    @functools.wraps(func)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return func(*args, **kwargs)
        except LeadwatchError as exc:
            _report(exc, bool(kwargs.get("as_json")))
            raise typer.Exit(exc.exit_code) from None
        except OSError as exc:
            if exc.filename is None:  # not about a path the user gave: the last line of defence
                raise
            _report(path_error(exc), bool(kwargs.get("as_json")))
            raise typer.Exit(EXIT_BAD_INPUT) from None

    return wrapper


def path_error(exc: OSError) -> DataError:
    """A file-system refusal on a path the user named (too long, a folder, no permission, ...)."""
    name = str(exc.filename)
    shown = name if len(name) <= 120 else f"{name[:60]}...{name[-40:]} ({len(name)} characters)"
    reason = exc.strerror or type(exc).__name__
    return DataError(
        f"cannot use the path {shown}: {reason}",
        fix="check the path: it must exist where it is read, be a file (or a folder where one is "
        "asked for), be readable or writable by you, and have a name the file system accepts",
    )


def command(group: typer.Typer, name: str) -> Callable[[Callable[P, R]], Callable[P, R]]:
    """Register a function as command ``name`` of ``group``, wrapped in :func:`handle_errors`.

    The one way commands are added, so none can let a LeadwatchError escape as a traceback.
    """

    def register(func: Callable[P, R]) -> Callable[P, R]:
        wrapped = handle_errors(func)
        group.command(name)(wrapped)
        return wrapped

    return register


# -- the store -------------------------------------------------------------------------------


def store_path(ctx: typer.Context) -> Path:
    """The store chosen by ``--store`` / ``LEADWATCH_STORE``, else the default path."""
    path = ctx.obj.get("store") if isinstance(ctx.obj, dict) else None
    if path:
        return Path(path)
    root = ctx.find_root()
    if root is not ctx and isinstance(root.obj, dict) and root.obj.get("store"):
        return Path(root.obj["store"])
    from leadwatch.store import default_store_path

    return default_store_path()


@contextmanager
def open_store(ctx: typer.Context, *, read_only: bool = True) -> Iterator[Store]:
    """Open the command's store: the one way every command gets at the data."""
    from leadwatch.store import Store

    with Store(store_path(ctx), read_only=read_only) as store:
        yield store


# -- root ------------------------------------------------------------------------------------


def _version(value: bool) -> None:
    if value:
        out.print(f"leadwatch {__version__}")
        raise typer.Exit(0)


@app.callback()
def root(
    ctx: typer.Context,
    store: Annotated[
        Path | None,
        typer.Option(
            "--store",
            envvar="LEADWATCH_STORE",
            help="DuckDB store file (default: the user data dir); also accepted after the command.",
            show_envvar=True,
        ),
    ] = None,
    version: Annotated[
        bool,
        typer.Option("--version", help="Print the version.", is_eager=True, callback=_version),
    ] = False,
) -> None:
    """leadwatch: is "X leads Y by weeks to months" true in the data?"""
    ctx.obj = {"store": store}


def _hoist_store(argv: Sequence[str]) -> list[str]:
    """Move ``--store PATH`` given after the command in front of it (the root option)."""
    args, found, rest = list(argv), [], []
    i = 0
    while i < len(args):
        arg = args[i]
        if arg == "--":
            rest += args[i:]
            break
        if arg == "--store" and i + 1 < len(args):
            found += args[i : i + 2]
            i += 2
            continue
        if arg.startswith("--store="):
            found.append(arg)
        else:
            rest.append(arg)
        i += 1
    return found + rest


def run(argv: Sequence[str] | None = None) -> int:
    """Run the command line on ``argv``; returns the exit code (never raises for bad input)."""
    click_error: type[Exception] = next(
        c for c in typer.BadParameter.__mro__ if c.__name__ == "ClickException"
    )
    args = _hoist_store(sys.argv[1:] if argv is None else argv)
    if args == ["--version"]:  # answered before the command tree is built
        out.print(f"leadwatch {__version__}")
        return 0
    as_json = "--json" in args
    try:
        command = typer.main.get_command(app)
        code = command.main(args, prog_name="leadwatch", standalone_mode=False)
    except click_error as caught:
        exc: Any = caught  # a click UsageError/BadParameter: format_message, show, exit_code
        if as_json:
            hint = "see leadwatch --help (or COMMAND --help)"
            message = clean_text(exc.format_message())
            _print_json(
                {"error": "UsageError", "message": message, "fix": hint}
                | {"exit_code": exc.exit_code}
            )
        else:
            exc.show()
        return int(exc.exit_code)
    except typer.Abort:
        err.print("interrupted; the store keeps its previous contents")
        return 130
    except Exception as exc:  # the last line of defence: a message, never a traceback
        if os.environ.get("LEADWATCH_DEBUG"):
            raise
        text = clean_text(scrub(f"{type(exc).__name__}: {exc}"))[:300]
        err.print(
            f"[bold red]internal error:[/] {escape(text)}. This is a bug in leadwatch; rerun with "
            "LEADWATCH_DEBUG=1 for the traceback and report it. The store is unchanged.",
            highlight=False,
        )
        return 1
    return code if isinstance(code, int) else 0


def _show_warning(message: Warning | str, category: type[Warning], *_: Any, **__: Any) -> None:
    """A warning as one plain line on stderr (no source line), secrets scrubbed."""
    text = clean_text(scrub(f"{category.__name__}: {message}"))[:300]
    err.print(f"[yellow]warning:[/] {escape(text)}", highlight=False)


def main() -> None:
    """Console-script entry point."""
    warnings.showwarning = _show_warning
    try:
        code = run()
    except KeyboardInterrupt:
        err.print("interrupted; the store keeps its previous contents")
        code = 130
    sys.exit(code)
