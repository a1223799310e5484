"""The user's series catalog file: add, remove, and check data against a declared calendar.

Edits are textual and atomic: :func:`add_series` appends one ``[series.ID]``
block (comments elsewhere in the file are kept), :func:`remove_series` cuts
one block out; either validates the whole new text with
:func:`~leadwatch.catalog.schema.parse_catalog` before it replaces the file,
so a failed edit leaves the file byte-identical.

Examples
--------
>>> import pandas as pd
>>> calendar_problem("weekdays", pd.to_datetime(["2024-03-01", "2024-03-02"]))
"2024-03-02 is a Saturday, but the calendar 'weekdays' has no weekend days"
>>> calendar_problem("monthly", pd.to_datetime(["2024-03-01", "2024-04-01"])) is None
True
"""

from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pandas as pd

from leadwatch.catalog.registry import builtin_catalog, user_catalog_path, user_series
from leadwatch.catalog.schema import ID_PATTERN, entry_toml, parse_catalog
from leadwatch.catalog.spec import SeriesSpec
from leadwatch.errors import CatalogError, UnknownSeriesError

__all__ = ["add_series", "calendar_problem", "check_new_id", "remove_series"]

_HEADER = re.compile(r"^\s*\[\s*series\.([A-Za-z0-9_\-]+)(?:\.[^\]]*)?\s*\]")
_ANY_HEADER = re.compile(r"^\s*\[")
_FILE_HEAD = (
    "# leadwatch: your own series (same schema as the built-in catalog).\n"
    "# Written by `leadwatch series add`; you may edit it by hand.\n"
)


def check_new_id(series_id: str, path: Path | None = None) -> None:
    """Refuse an id that is malformed, built-in, or already defined in the user catalog."""
    if not re.match(ID_PATTERN, series_id):
        raise CatalogError(
            f"'{series_id}' is not a valid series id",
            fix="use lowercase letters, digits and _, starting with a letter (e.g. copper)",
        )
    if series_id in builtin_catalog():
        raise CatalogError(
            f"'{series_id}' is a built-in series",
            fix=f"choose another id (e.g. my_{series_id}); built-in series cannot be redefined",
        )
    if series_id in user_series(path or user_catalog_path()):
        raise CatalogError(
            f"series '{series_id}' is already defined in {path or user_catalog_path()}",
            fix=f"remove it first (leadwatch series remove {series_id}) or choose another id",
        )


def add_series(series_id: str, entry: Mapping[str, Any], path: Path | None = None) -> SeriesSpec:
    """Validate and append one series to the user catalog; return its spec."""
    target = path or user_catalog_path()
    check_new_id(series_id, target)
    old = target.read_text(encoding="utf-8") if target.is_file() else _FILE_HEAD
    new = old.rstrip("\n") + "\n\n" + entry_toml(series_id, entry)
    spec = parse_catalog(new, str(target))[series_id]
    _replace(target, new)
    return spec


def remove_series(series_id: str, path: Path | None = None) -> None:
    """Cut one series' block (and its sub-tables) out of the user catalog."""
    target = path or user_catalog_path()
    if series_id in builtin_catalog():
        raise CatalogError(
            f"'{series_id}' is a built-in series", fix="only your own series can be removed"
        )
    if series_id not in user_series(target):
        raise UnknownSeriesError(
            f"series '{series_id}' is not in {target}",
            fix="see `leadwatch series list` for your series",
        )
    kept: list[str] = []
    inside = False
    for line in target.read_text(encoding="utf-8").splitlines(keepends=True):
        header = _HEADER.match(line)
        if header:
            inside = header[1] == series_id
        elif _ANY_HEADER.match(line):
            inside = False
        if not inside:
            kept.append(line)
    new = re.sub(r"\n{3,}", "\n\n", "".join(kept))
    parse_catalog(new, str(target))
    _replace(target, new)


def _replace(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` atomically, keeping its mode (new files: 0644 less umask)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    mode = path.stat().st_mode & 0o777 if path.exists() else 0o666 & ~_umask()
    handle, temp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(text)
        os.chmod(temp, mode)
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current


def calendar_problem(calendar: str, dates: pd.DatetimeIndex | pd.Series) -> str | None:
    """Why ``dates`` contradict ``calendar`` (the first offending date), or None."""
    days = pd.DatetimeIndex(dates).dropna()
    if days.empty:
        return None
    if calendar == "weekdays":
        weekend = days[days.day_of_week >= 5]
        if len(weekend):
            return (
                f"{weekend[0]:%Y-%m-%d} is a {weekend[0]:%A}, but the calendar 'weekdays' "
                "has no weekend days"
            )
    elif calendar == "monthly":
        off = days[days.day != 1]
        if len(off):
            return (
                f"{off[0]:%Y-%m-%d} is not the first of a month, but the calendar 'monthly' "
                "dates each value on the 1st"
            )
    elif calendar == "weekly":
        first = days[0].day_of_week
        off = days[days.day_of_week != first]
        if len(off):
            return (
                f"{off[0]:%Y-%m-%d} is a {off[0]:%A} while {days[0]:%Y-%m-%d} is a "
                f"{days[0]:%A}, but the calendar 'weekly' dates every value on the same weekday"
            )
    return None
