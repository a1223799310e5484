"""The catalog file format: TOML in, validated :class:`SeriesSpec` objects out, and back.

The built-in catalog (``builtin.toml`` in this package) and a user's catalog use
the same schema: one table per series, ``[series.ID]``::

    [series.copper]
    name = "Copper futures (COMEX front month)"
    unit = "USD/lb"
    kind = "price"                       # price | rate | index | level
    calendar = "weekdays"                # weekdays | 24/7 | daily | weekly | monthly
    observed = "17:00 America/New_York"  # local time and IANA time zone of the close
    release_lag = "0 minutes"            # e.g. "1 day", "7 days 4 hours 15 minutes"
    instrument = "COMEX HG=F continuous front month"
    publisher = "Yahoo Finance (CME Group data)"
    [series.copper.providers]
    yahoo = "HG=F"

Every problem is a :class:`~leadwatch.errors.CatalogError` naming the file, the
line, the field and the fix. Parsing imports pydantic only when a file is read,
so ``import leadwatch`` stays light.

Examples
--------
>>> text = '[series.cu]\\nname = "Cu"\\nunit = "USD"\\ncalendar = "weekdays"\\n'
>>> text += 'observed = "17:00 America/New_York"\\n'
>>> parse_catalog(text, "mine.toml")["cu"].observed_tz
'America/New_York'
>>> parse_catalog(text.replace("weekdays", "fortnightly"), "mine.toml")
Traceback (most recent call last):
...
leadwatch.errors.CatalogError: mine.toml line 4: series.cu.calendar: ...
>>> parse_duration("7 days 4 hours 15 minutes")
datetime.timedelta(days=7, seconds=15300)
>>> format_duration(parse_duration("7 days 4 hours 15 minutes"))
'7 days 4 hours 15 minutes'
"""

from __future__ import annotations

import functools
import json
import re
import tomllib
from collections.abc import Mapping
from datetime import date, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from leadwatch.catalog.spec import CALENDARS, KINDS, SeriesSpec, SnapshotSource
from leadwatch.errors import CatalogError

__all__ = [
    "PROVIDERS",
    "entry_toml",
    "format_duration",
    "parse_catalog",
    "parse_duration",
    "parse_observed",
    "spec_entry",
]

PROVIDERS = ("yahoo", "fred", "coinbase", "iacoviello", "worldbank")
ID_PATTERN = r"^[a-z][a-z0-9_]{0,39}$"
_UNITS = {"day": 86400, "hour": 3600, "minute": 60, "second": 1}
_BY_LETTER = {"d": "day", "h": "hour", "m": "minute", "s": "second"}
_DURATION = re.compile(r"(\d+(?:\.\d+)?)\s*(days?|d|hours?|h|minutes?|mins?|m|seconds?|s)\b")
_HEADER = re.compile(r"^\s*\[\s*([^\[\]]+?)\s*\]\s*(#.*)?$")
_KEY = re.compile(r"^\s*([A-Za-z0-9_\-\"']+)\s*=")
_TOML_LINE = re.compile(r"\(at line (\d+), column (\d+)\)")
DURATION_FIX = 'write a duration such as "0 minutes", "1 hour", "1 day" or "7 days 4 hours"'
OBSERVED_FIX = 'write "HH:MM Area/City", e.g. "17:00 America/New_York" or "00:00 UTC"'


def parse_duration(text: str) -> timedelta:
    """``"7 days 4 hours 15 minutes"`` -> timedelta (days, hours, minutes, seconds)."""
    cleaned = text.strip().lower()
    if cleaned in ("0", "none", ""):
        return timedelta(0)
    seconds = 0.0
    consumed = _DURATION.sub("", cleaned).replace(",", "").strip()
    parts = _DURATION.findall(cleaned)
    if consumed or not parts:
        raise ValueError(f"'{text}' is not a duration")
    for number, unit in parts:
        seconds += float(number) * _UNITS[_BY_LETTER[unit[0]]]
    return timedelta(seconds=seconds)


def format_duration(value: timedelta) -> str:
    """Inverse of :func:`parse_duration` (``"0 minutes"`` for zero)."""
    left = int(value.total_seconds())
    parts = []
    for unit, size in _UNITS.items():
        count, left = divmod(left, size)
        if count:
            parts.append(f"{count} {unit}{'s' if count != 1 else ''}")
    return " ".join(parts) or "0 minutes"


@functools.cache
def _known_zones() -> frozenset[str]:
    """The IANA zone names on this system (read once: listing them walks the tz database)."""
    return frozenset(available_timezones())


def parse_observed(text: str) -> tuple[time, str]:
    """``"17:00 America/New_York"`` -> (time, zone); the zone must be a known IANA name."""
    found = re.fullmatch(r"\s*(\d{1,2}):(\d{2})(?::(\d{2}))?\s+(\S+)\s*", text)
    if not found:
        raise ValueError(f"'{text}' is not 'HH:MM Area/City'")
    hour, minute, second = int(found[1]), int(found[2]), int(found[3] or 0)
    if hour > 23 or minute > 59 or second > 59:
        raise ValueError(f"'{text}' is not a time of day")
    zone = found[4]
    try:
        ZoneInfo(zone)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(f"unknown time zone '{zone}'") from None
    if zone not in _known_zones() and zone != "UTC":
        raise ValueError(f"unknown time zone '{zone}'")
    return time(hour, minute, second), zone


def _model() -> Any:
    """The pydantic model of one entry (built on first use: pydantic is imported lazily)."""
    from typing import Literal

    from pydantic import BaseModel, ConfigDict, Field, field_validator

    class Snapshot(BaseModel):
        model_config = ConfigDict(extra="forbid")
        file: str
        value_column: str
        ohlcv: bool = False

    class Entry(BaseModel):
        model_config = ConfigDict(extra="forbid")
        name: str = Field(min_length=1)
        unit: str = Field(min_length=1)
        kind: Literal["price", "rate", "index", "level"] = "price"
        calendar: Literal["24/7", "daily", "weekdays", "weekly", "monthly"]
        observed: str
        observed_day_offset: int = Field(default=0, ge=-1, le=1)
        release_lag: str = "0 minutes"
        release_on_weekdays: bool = False
        instrument: str = ""
        publisher: str = ""
        snapshot: Snapshot | None = None
        providers: dict[Literal["yahoo", "fred", "coinbase", "iacoviello", "worldbank"], str] = (
            Field(default_factory=dict)
        )
        positive: bool | None = None
        max_step: float | None = Field(default=None, gt=0)
        step_scale: Literal["log", "abs"] | None = None
        liquid_from: date | None = None

        @field_validator("observed")
        @classmethod
        def _observed(cls, value: str) -> str:
            parse_observed(value)
            return value

        @field_validator("release_lag")
        @classmethod
        def _lag(cls, value: str) -> str:
            parse_duration(value)
            return value

    return Entry


_ENTRY: Any = None


def _entry_model() -> Any:
    global _ENTRY
    if _ENTRY is None:
        _ENTRY = _model()
    return _ENTRY


def _to_spec(series_id: str, entry: Any) -> SeriesSpec:
    observed_time, zone = parse_observed(entry.observed)
    rate = entry.kind == "rate"
    snapshot = entry.snapshot
    return SeriesSpec(
        id=series_id,
        name=entry.name,
        unit=entry.unit,
        kind=entry.kind,
        calendar=entry.calendar,
        observed_time=observed_time,
        observed_tz=zone,
        observed_day_offset=entry.observed_day_offset,
        release_lag=parse_duration(entry.release_lag),
        release_on_weekdays=entry.release_on_weekdays,
        instrument=entry.instrument or entry.name,
        publisher=entry.publisher or "user-defined",
        snapshot=(
            SnapshotSource(snapshot.file, snapshot.value_column, snapshot.ohlcv)
            if snapshot is not None
            else None
        ),
        providers=dict(entry.providers),
        positive=(not rate) if entry.positive is None else entry.positive,
        max_step=entry.max_step,
        step_scale=entry.step_scale or ("abs" if rate else "log"),
        liquid_from=entry.liquid_from,
    )


def _lines(text: str) -> tuple[dict[tuple[str, ...], int], dict[tuple[str, ...], int]]:
    """Line of each ``[table]`` header and of each ``key =`` by table path (1-based)."""
    tables: dict[tuple[str, ...], int] = {(): 1}
    keys: dict[tuple[str, ...], int] = {}
    current: tuple[str, ...] = ()
    for number, line in enumerate(text.splitlines(), start=1):
        header = _HEADER.match(line)
        if header and not _KEY.match(line):
            current = tuple(p.strip().strip("\"'") for p in header[1].split("."))
            tables.setdefault(current, number)
            continue
        key = _KEY.match(line)
        if key:
            keys.setdefault((*current, key[1].strip("\"'")), number)
    return tables, keys


def _locate(text: str, loc: tuple[str, ...]) -> int:
    tables, keys = _lines(text)
    for cut in range(len(loc), 0, -1):
        if loc[:cut] in keys:
            return keys[loc[:cut]]
        if loc[:cut] in tables:
            return tables[loc[:cut]]
    return 1


def _fix(kind: str, field: str, message: str) -> str:
    if kind == "missing":
        return f"add {field} = ... (see `leadwatch series add --help`)"
    if kind == "extra_forbidden":
        return f"remove {field}, or check its spelling"
    if field == "calendar":
        return f"use one of {', '.join(CALENDARS)}"
    if field == "kind":
        return f"use one of {', '.join(KINDS)}"
    if field == "observed" or "time zone" in message:
        return OBSERVED_FIX
    if field == "release_lag":
        return DURATION_FIX
    if kind == "literal_error":
        return f"use {message.removeprefix('Input should be ')}"
    return "correct the value"


def _fail(origin: str, line: int, where: str, message: str, fix: str) -> CatalogError:
    return CatalogError(f"{origin} line {line}: {where}: {message}", fix=fix)


def parse_catalog(text: str, origin: str = "<catalog>") -> dict[str, SeriesSpec]:
    """Validate catalog TOML ``text`` into specs by id; ``origin`` names it in errors."""
    from pydantic import ValidationError

    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        found = _TOML_LINE.search(str(exc))
        reason = _TOML_LINE.sub("", str(exc)).strip()
        raise CatalogError(
            f"{origin} line {found[1] if found else '?'}: not valid TOML ({reason})",
            fix='check quotes, brackets and "key = value" syntax on that line',
        ) from None
    extra = sorted(set(raw) - {"series"})
    if extra:
        line = _locate(text, (extra[0],))
        raise _fail(origin, line, extra[0], "unknown top-level key", "put series under [series.ID]")
    tables = raw.get("series", {})
    specs: dict[str, SeriesSpec] = {}
    for series_id, body in tables.items():
        where = f"series.{series_id}"
        if not re.match(ID_PATTERN, series_id):
            raise _fail(
                origin,
                _locate(text, ("series", series_id)),
                where,
                "invalid series id",
                "use lowercase letters, digits and _, starting with a letter (at most 40)",
            )
        if not isinstance(body, dict):
            raise _fail(
                origin,
                _locate(text, ("series", series_id)),
                where,
                "not a table",
                f"write [series.{series_id}] followed by its fields",
            )
        try:
            entry = _entry_model().model_validate(body)
        except ValidationError as exc:
            error = exc.errors(include_url=False)[0]
            loc = tuple(str(p) for p in error["loc"])
            message = str(error.get("msg", "invalid value")).removeprefix("Value error, ")
            if error["type"] == "missing":
                message = "required field is missing"
            elif error["type"] == "extra_forbidden":
                message = "unknown field"
            line = _locate(text, ("series", series_id, *loc))
            field = loc[-1] if loc else "entry"
            raise _fail(
                origin,
                line,
                ".".join((where, *loc)),
                message,
                _fix(error["type"], field, message),
            ) from None
        specs[series_id] = _to_spec(series_id, entry)
    return specs


def _value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    return json.dumps(str(value), ensure_ascii=False)


def spec_entry(spec: SeriesSpec) -> dict[str, Any]:
    """The TOML fields of ``spec`` (defaults left out)."""
    entry: dict[str, Any] = {
        "name": spec.name,
        "unit": spec.unit,
        "kind": spec.kind,
        "calendar": spec.calendar,
        "observed": f"{spec.observed_time:%H:%M} {spec.observed_tz}",
    }
    if spec.observed_day_offset:
        entry["observed_day_offset"] = spec.observed_day_offset
    if spec.release_lag:
        entry["release_lag"] = format_duration(spec.release_lag)
    if spec.release_on_weekdays:
        entry["release_on_weekdays"] = True
    entry["instrument"] = spec.instrument
    entry["publisher"] = spec.publisher
    if spec.positive != (spec.kind != "rate"):
        entry["positive"] = spec.positive
    if spec.max_step is not None:
        entry["max_step"] = spec.max_step
    if spec.step_scale != ("abs" if spec.kind == "rate" else "log"):
        entry["step_scale"] = spec.step_scale
    if spec.liquid_from is not None:
        entry["liquid_from"] = spec.liquid_from
    if spec.snapshot is not None:
        entry["snapshot"] = {
            "file": spec.snapshot.file,
            "value_column": spec.snapshot.value_column,
            **({"ohlcv": True} if spec.snapshot.ohlcv else {}),
        }
    if spec.providers:
        entry["providers"] = dict(spec.providers)
    return entry


def entry_toml(series_id: str, entry: Mapping[str, Any]) -> str:
    """One ``[series.ID]`` block (with its sub-tables) as TOML text."""
    lines = [f"[series.{series_id}]"]
    tables = {k: v for k, v in entry.items() if isinstance(v, Mapping)}
    lines += [f"{k} = {_value(v)}" for k, v in entry.items() if k not in tables]
    for name, table in tables.items():
        lines.append(f"[series.{series_id}.{name}]")
        lines += [f"{_key(k)} = {_value(v)}" for k, v in table.items()]
    return "\n".join(lines) + "\n"


def _key(key: str) -> str:
    return key if re.fullmatch(r"[A-Za-z0-9_\-]+", key) else json.dumps(key)
