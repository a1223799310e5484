"""Options shared by the ``leadwatch`` commands: --json, ids, dates, lags, n_boot, output paths,
CSV safety.

Every command parses these the same way, so the same input means the same thing
everywhere and a bad one gets the same message (exit 2) before any work is done.
"""

from __future__ import annotations

import functools
import inspect
import os
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, TypeVar

import typer

from leadwatch.defaults import DEFAULT_N_BOOT, MAX_N_BOOT
from leadwatch.errors import DataError
from leadwatch.redact import clean_text

if TYPE_CHECKING:
    import pandas as pd

__all__ = [
    "LAGS_HELP",
    "AlphaOpt",
    "AsOfOpt",
    "CatalogIdArg",
    "CatalogOpt",
    "EndOpt",
    "JsonOpt",
    "NBootOpt",
    "SeedOpt",
    "SeriesIdArg",
    "StartOpt",
    "definition_options",
    "n_boot_option",
    "parse_date",
    "parse_lags",
    "parse_span",
    "spreadsheet_safe",
    "writable_dir",
    "writable_file",
]


def _n_boot_bound(value: int | None) -> int | None:
    if value is not None and not 1 <= value <= MAX_N_BOOT:
        raise typer.BadParameter(
            f"{value} is outside 1..{MAX_N_BOOT:,} (memory grows with n_boot x sample size; "
            f"{MAX_N_BOOT:,} replicates already pin p-values far below the digits shown). "
            "Fix: use e.g. --n-boot 1999"
        )
    return value


def n_boot_option(what: str = "Bootstrap replicates", default: str | None = None) -> Any:
    """The ``--n-boot`` option, bounded to ``1..MAX_N_BOOT`` (see :data:`MAX_N_BOOT`)."""
    default = default or f"{DEFAULT_N_BOOT}, as in every command"
    return typer.Option(
        "--n-boot",
        help=f"{what}, 1..{MAX_N_BOOT:,} (default {default}).",
        callback=_n_boot_bound,
        show_default=False,
    )


#: ``--n-boot`` with the shared help text: ``n_boot: NBootOpt = DEFAULT_N_BOOT``.
NBootOpt = Annotated[int, n_boot_option()]

# The options many commands share, with one help text each (``x: XOpt = default``).
JsonOpt = Annotated[bool, typer.Option("--json", help="Print machine-readable JSON on stdout.")]
AlphaOpt = Annotated[float, typer.Option(help="Significance level.")]
SeedOpt = Annotated[int, typer.Option(help="Random seed (results are deterministic).")]
StartOpt = Annotated[str | None, typer.Option(help="First date.", metavar="YYYY-MM-DD")]
EndOpt = Annotated[str | None, typer.Option(help="Last date.", metavar="YYYY-MM-DD")]
#: ``--as-of`` of the commands that can look at the data as known on a past day
#: (``thesis run``, ``flows``); check it with ``parse_date("as-of", as_of)``.
AsOfOpt = Annotated[
    str | None,
    typer.Option(
        "--as-of", help="Use only data known by the end of this day.", metavar="YYYY-MM-DD"
    ),
]

#: A stored series named by its catalog id (``data show|export ID``).
CatalogIdArg = Annotated[str, typer.Argument(metavar="ID", help="Catalog id, e.g. silver.")]
#: One of the catalog's series (``series show|remove ID``).
SeriesIdArg = Annotated[str, typer.Argument(metavar="ID")]

CatalogOpt = Annotated[
    Path | None,
    typer.Option(
        "--catalog",
        help="Your series catalog (TOML; default: $LEADWATCH_CATALOG, else the config dir).",
    ),
]


R = TypeVar("R")


def _definition(text: str) -> Any:
    return Annotated[str | None, typer.Option(help=text, rich_help_panel="Series definition")]


#: The options of a series' definition, in the order ``--help`` lists them.
_DEFINITION = {
    "name": _definition("Display name (default: the provider's)."),
    "unit": _definition("Unit, e.g. USD/lb."),
    "kind": _definition("price (default), rate, index or level."),
    "calendar": _definition("weekdays, 24/7, daily, weekly or monthly."),
    "observed": _definition('Local time each value is taken, e.g. "17:00 America/New_York".'),
    "release_lag": _definition('Publication delay, e.g. "1 day" (default: none).'),
}


def definition_options(func: Callable[..., R]) -> Callable[..., R]:
    """Give command ``func`` the options of a series' definition (``series add``, ``data
    import --series NEW``) under one help panel, in place of its parameter ``fields``.

    ``fields`` receives them as one dict, ``{"name": ..., ..., "release_lag": ...}``
    (None: not given, the provider's default).
    """
    signature = inspect.signature(func, eval_str=True)
    params: list[inspect.Parameter] = []
    for param in signature.parameters.values():
        if param.name != "fields":
            params.append(param)
            continue
        params += [
            inspect.Parameter(name, param.kind, default=None, annotation=annotation)
            for name, annotation in _DEFINITION.items()
        ]

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> R:
        fields = {name: kwargs.pop(name) for name in _DEFINITION}
        return func(*args, fields=fields, **kwargs)

    wrapper.__signature__ = signature.replace(parameters=params)  # type: ignore[attr-defined]
    wrapper.__annotations__ = {p.name: p.annotation for p in params}
    return wrapper


_FIRST_YEAR, _LAST_YEAR = 1800, 2200


def parse_date(name: str, value: str | None) -> str | None:
    """Check a ``--NAME YYYY-MM-DD`` option; returns the ISO date or None."""
    if value is None:
        return None
    try:
        day = date.fromisoformat(value.strip())
    except ValueError:
        raise DataError(
            f"--{name} {clean_text(value)[:40]!r} is not a date", fix="write it as YYYY-MM-DD"
        ) from None
    if not _FIRST_YEAR <= day.year <= _LAST_YEAR:
        raise DataError(
            f"--{name} {day.isoformat()} is outside {_FIRST_YEAR}..{_LAST_YEAR}",
            fix="give a date within the data, e.g. 2024-06-28",
        )
    return day.isoformat()


def parse_span(start: str | None, end: str | None) -> tuple[str | None, str | None]:
    """Check ``--start`` and ``--end`` (see :func:`parse_date`); returns both ISO dates or None.

    >>> parse_span("2024-01-02", None)
    ('2024-01-02', None)
    """
    return parse_date("start", start), parse_date("end", end)


LAGS_HELP = "Lags to search: A..B, or N for 1..N"


def parse_lags(text: str, *, name: str = "lags", cap: int = 2_000) -> range:
    """One lag syntax everywhere: ``A..B`` (inclusive) or ``N`` meaning ``1..N``.

    >>> parse_lags("1..120")
    range(1, 121)
    >>> parse_lags("26")
    range(1, 27)
    """
    lo, sep, hi = text.strip().partition("..")
    try:
        lags = range(int(lo), int(hi) + 1) if sep else range(1, int(lo) + 1)
    except ValueError:
        raise DataError(
            f"--{name} {clean_text(text)[:40]!r} is not a lag range", fix="write e.g. 1..130 or 26"
        ) from None
    if not lags or lags.start < 0 or lags.stop - 1 > cap:
        raise DataError(
            f"--{name} {clean_text(text)!r} is not a range of lags within 0..{cap}",
            fix="write e.g. 1..130 (first <= last), or a single N for 1..N",
        )
    return lags


def writable_file(path: Path, option: str = "--out") -> Path:
    """Check that file ``path`` can be written, before any work is done; returns it."""
    if path.is_dir():
        raise DataError(f"{option} {path} is a folder", fix="give a file name")
    reason = _unwritable(path.parent, create=True)
    if reason:
        raise DataError(
            f"{option} {path} cannot be written ({reason})",
            fix="choose a file in a folder you can write to",
        )
    return path


def writable_dir(path: Path, option: str = "--out", *, create: bool = True) -> Path:
    """Check that files can be created in folder ``path`` (missing is fine if ``create``)."""
    reason = _unwritable(path, create=create)
    if reason:
        raise DataError(
            f"{option} {path} is not a writable folder ({reason})",
            fix="choose a folder you can write to, e.g. ./leadwatch-report",
        )
    return path


def _unwritable(folder: Path, *, create: bool) -> str | None:
    """Why files cannot be created in ``folder`` (None if they can); probes with a temp file.

    A missing folder is not made here (the writer makes it): its nearest existing parent is
    probed instead, so a command that fails later leaves no empty folder behind.
    """
    import tempfile

    probe = folder
    while not probe.exists() and probe != probe.parent:
        probe = probe.parent
    if not probe.is_dir():
        return f"{probe} is not a folder"
    if not folder.exists() and not create:
        return f"{folder} does not exist"
    try:
        handle, name = tempfile.mkstemp(prefix=".leadwatch-probe-", dir=probe)
        os.close(handle)
        os.unlink(name)
    except OSError as exc:
        return str(exc.strerror or exc)
    return None


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(frame: pd.DataFrame) -> pd.DataFrame:
    """Copy of ``frame`` whose text cells cannot run as spreadsheet formulas (CSV injection).

    A text cell starting with ``=``, ``+``, ``-``, ``@``, tab or carriage return
    gets a leading apostrophe (OWASP's advice); numbers are left as they are.
    """
    safe = frame.copy()
    for column in safe.columns:
        if safe[column].dtype.kind not in "OSU" and str(safe[column].dtype) != "str":
            continue
        safe[column] = [
            f"'{v}" if isinstance(v, str) and v.startswith(_FORMULA_START) else v
            for v in safe[column]
        ]
    return safe
