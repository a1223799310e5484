"""Read thesis files: TOML in, a validated :class:`~leadwatch.theses.schema.Thesis` out.

Parsing uses :mod:`tomllib` (data only: nothing in a thesis file is ever
executed or imported). Every problem becomes a :class:`~leadwatch.errors.ThesisError`
naming the file, the line, the field and the fix; when a file has several
problems the first is the headline and the others follow in the message.

Examples
--------
>>> text = '''
... name = "demo"
... claim = "Silver leads Bitcoin."
... [source]
... article = "notes"
... [[hypotheses]]
... id = "ccf"
... kind = "lead_lag"
... leader = "silver"
... follower = "bitcoin"
... lags = ["1 week", "26 weeks"]
... '''
>>> parse_thesis(text, "demo.toml")
Traceback (most recent call last):
...
leadwatch.errors.ThesisError: demo.toml line 10: hypotheses[1].follower: unknown series ...
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from leadwatch.errors import ThesisError
from leadwatch.theses.fields import UNIT_FIX
from leadwatch.theses.schema import KINDS, Thesis

__all__ = ["load_thesis", "locate", "parse_thesis"]

_HEADER = re.compile(r"^\s*(\[\[?)\s*([A-Za-z0-9_.\-\"' ]+?)\s*\]\]?\s*(#.*)?$")
_KEY = re.compile(r"^\s*([A-Za-z0-9_\-.\"' ]+?)\s*=")
_TOML_LINE = re.compile(r"\(at line (\d+), column (\d+)\)")


def _clean(key: str) -> str:
    return key.strip().strip("\"'")


def _scan(text: str) -> tuple[dict[tuple[Any, ...], int], dict[tuple[Any, ...], int]]:
    """Line of each table header and of each ``key =`` (by table path), 1-based."""
    tables: dict[tuple[Any, ...], int] = {(): 1}
    keys: dict[tuple[Any, ...], int] = {}
    counts: dict[tuple[Any, ...], int] = {}
    current: tuple[Any, ...] = ()
    in_string = False
    for number, line in enumerate(text.splitlines(), start=1):
        if line.count('"""') % 2 == 1 or line.count("'''") % 2 == 1:
            was = in_string
            in_string = not in_string
            if was:
                continue
        elif in_string:
            continue
        header = _HEADER.match(line)
        if header and not _KEY.match(line):
            names = [_clean(p) for p in header.group(2).split(".")]
            parent = _resolve_path(names[:-1], counts)
            if header.group(1) == "[[":
                base = (*parent, names[-1])
                counts[base] = counts.get(base, -1) + 1
                current = (*base, counts[base])
            else:
                current = (*parent, names[-1])
            tables.setdefault(current, number)
            continue
        key = _KEY.match(line)
        if key:
            parts = tuple(_clean(p) for p in key.group(1).split("."))
            keys.setdefault((*current, *parts), number)
    return tables, keys


def _resolve_path(names: Sequence[str], counts: dict[tuple[Any, ...], int]) -> tuple[Any, ...]:
    """Table path of a dotted header prefix, with the latest index of arrays of tables."""
    path: tuple[Any, ...] = ()
    for name in names:
        path = (*path, name)
        if path in counts:
            path = (*path, counts[path])
    return path


def locate(text: str, loc: Sequence[int | str]) -> int:
    """Line (1-based) of the field at pydantic location ``loc`` in TOML ``text``.

    The key's own line when it is written, else the header of the table that
    should hold it (a missing field), else line 1.

    Examples
    --------
    >>> locate('name = "x"\\n[[hypotheses]]\\nid = "a"\\n[[hypotheses]]\\nkind = "z"\\n',
    ...        ("hypotheses", 1, "kind"))
    5
    >>> locate('name = "x"\\n[[hypotheses]]\\nid = "a"\\n', ("hypotheses", 0, "leader"))
    2
    """
    tables, keys = _scan(text)
    path = tuple(p for p in loc if p not in KINDS or not isinstance(p, str))
    best = 1
    for cut in range(len(path), 0, -1):
        prefix = path[:cut]
        if prefix in keys:
            return keys[prefix]
        if prefix in tables:
            best = tables[prefix]
            break
    return best


def _where(loc: Sequence[int | str]) -> str:
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part + 1}]"
        elif part in KINDS:
            continue
        else:
            out += f".{part}" if out else str(part)
    return out or "file"


def _fix(error: dict[str, Any]) -> str:
    kind, msg = error["type"], str(error.get("msg", ""))
    field = str(error["loc"][-1]) if error["loc"] else ""
    if kind == "missing":
        return f"add {field} = ... (see `leadwatch thesis new` for a commented template)"
    if kind == "extra_forbidden":
        return f"remove {field}, or check its spelling (see `leadwatch thesis new`)"
    if kind in ("union_tag_invalid", "union_tag_not_found"):
        return f"set kind to one of {', '.join(KINDS)}"
    if "unknown series" in msg:
        return msg.split("; ", 1)[1] if "; " in msg else "use a catalog id"
    if "shorter than one period" in msg:
        return "use lags of at least one grid period (1 week on the weekly grid) or grid = daily"
    if "before they start" in msg:
        return 'write the lag window as [first, last], e.g. ["1 week", "26 weeks"]'
    if "longer than" in msg and "; " in msg:
        return msg.split("; ", 1)[1]
    if "unit" in msg or "duration" in msg:
        return UNIT_FIX
    if kind == "literal_error":
        return f"use {msg.removeprefix('Input should be ')}"
    return "correct the value (see `leadwatch thesis new` for a commented template)"


def _message(error: dict[str, Any]) -> str:
    msg = str(error.get("msg", "invalid value"))
    msg = msg.removeprefix("Value error, ")
    if error["type"] == "missing":
        return "required field is missing"
    if error["type"] == "extra_forbidden":
        return "unknown field"
    if error["type"] == "union_tag_invalid":
        tag = error.get("ctx", {}).get("tag", "?")
        return f"unknown kind '{tag}'"
    if error["type"] == "union_tag_not_found":
        return "hypothesis has no kind"
    return msg.split("; ", 1)[0]


def parse_thesis(text: str, origin: str = "<thesis>") -> Thesis:
    """Validate thesis TOML ``text``; ``origin`` names it in errors (a file path)."""
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        found = _TOML_LINE.search(str(exc))
        line = found.group(1) if found else "?"
        reason = _TOML_LINE.sub("", str(exc)).strip()
        raise ThesisError(
            f"{origin} line {line}: not valid TOML ({reason})",
            fix='check quotes, brackets and "key = value" syntax on that line',
        ) from None
    try:
        return Thesis.model_validate(raw)
    except ValidationError as exc:
        every: list[dict[str, Any]] = [dict(e) for e in exc.errors(include_url=False)]
        # a container fails too when its items do: keep only the most specific errors
        errors = [
            e
            for e in every
            if not any(
                len(o["loc"]) > len(e["loc"]) and o["loc"][: len(e["loc"])] == e["loc"]
                for o in every
            )
        ]
        for e in errors:  # a bad tag is written on the kind line
            if e["type"] == "union_tag_invalid":
                e["loc"] = (*e["loc"], "kind")
        problems = [
            f"{origin} line {locate(text, e['loc'])}: {_where(e['loc'])}: {_message(e)}"
            for e in errors
        ]
        head = problems[0]
        if len(problems) > 1:
            more = len(problems) - 1
            head += f" (and {more} more problem{'s' if more > 1 else ''}: " + "; ".join(
                p.removeprefix(f"{origin} ") for p in problems[1:]
            )
            head += ")"
        raise ThesisError(head, fix=_fix(errors[0])) from None


def load_thesis(path: Path | str) -> Thesis:
    """Read and validate a thesis file (UTF-8 TOML).

    Raises
    ------
    ThesisError
        The file is missing, not TOML, or not a valid thesis (file, line and fix named).
    """
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ThesisError(
            f"thesis file {path} does not exist",
            fix="give the path of a .toml file or a built-in name (leadwatch thesis list)",
        ) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ThesisError(
            f"cannot read thesis file {path}: {exc}", fix="save it as UTF-8"
        ) from None
    return parse_thesis(text, str(path))
