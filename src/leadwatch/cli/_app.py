"""Shared pieces of the ``leadwatch`` command line: the app, options, output and errors.

Exit codes: 0 ok, 1 partial failure, 2 bad input. Every command that prints
results takes ``--json`` (machine-readable, stable keys, on stdout); errors go
to stderr as text, or to stdout as ``{"error": ...}`` with ``--json``.
"""

from __future__ import annotations

import functools
import json
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Annotated, Any, ParamSpec, TypeVar

import pandas as pd
import typer
from rich.console import Console
from rich.markup import escape

from leadwatch._version import __version__
from leadwatch.errors import DataError, LeadwatchError
from leadwatch.results import frame_records, jsonable
from leadwatch.store import default_store_path

__all__ = ["app", "main"]

P = ParamSpec("P")
R = TypeVar("R")

app = typer.Typer(
    name="leadwatch",
    help="Test cross-asset lead-lag narratives on real data, honestly.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

out = Console(soft_wrap=True)
err = Console(stderr=True, soft_wrap=True)

JsonOpt = Annotated[bool, typer.Option("--json", help="Print machine-readable JSON on stdout.")]


def _is_na(value: Any) -> bool:
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


def _records(frame: pd.DataFrame) -> list[dict[str, Any]]:
    return frame_records(frame)


def _print_json(payload: Any) -> None:
    sys.stdout.write(json.dumps(jsonable(payload), indent=2, sort_keys=False) + "\n")


def handle_errors(func: Callable[P, R]) -> Callable[P, R]:
    """Turn a LeadwatchError into a message (or JSON) and its exit code."""

    @functools.wraps(func)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return func(*args, **kwargs)
        except LeadwatchError as exc:
            if kwargs.get("as_json"):
                _print_json(exc.to_dict())
            else:
                err.print(f"[bold red]error:[/] {escape(str(exc))}", highlight=False)
            raise typer.Exit(exc.exit_code) from None

    return wrapper


def _date_option(name: str, value: str | None) -> str | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise DataError(f"--{name} {value!r} is not a date", fix="write it as YYYY-MM-DD") from None


def _store_path(ctx: typer.Context) -> Path:
    path = ctx.obj.get("store") if ctx.obj else None
    return Path(path) if path else default_store_path()


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
            help="DuckDB store file [default: the user data dir].",
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


def main() -> None:
    """Console-script entry point."""
    try:
        app()
    except KeyboardInterrupt:
        err.print("interrupted; the store keeps its previous contents")
        sys.exit(130)
