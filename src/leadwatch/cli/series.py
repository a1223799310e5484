"""``leadwatch series ...``: define, list, show and remove your own series.

A user series takes part everywhere a built-in one does (``data import|update|
status|show|export``, ``test``, theses, ``claims``, ``spillover``, ``scan``,
the report). Definitions live in a TOML file: ``--catalog PATH``, else
``$LEADWATCH_CATALOG``, else ``series.toml`` in the user config directory.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.table import Table

from leadwatch.cli._app import _print_json, app, command, out
from leadwatch.cli._options import CatalogOpt, JsonOpt, SeriesIdArg, definition_options
from leadwatch.errors import CatalogError, UnknownSeriesError

series_app = typer.Typer(help="Define and list your own series.", no_args_is_help=True)
app.add_typer(series_app, name="series")


def use_catalog(path: Path | None) -> Path:
    """The user catalog for this command (``--catalog`` also applies to this whole process)."""
    from leadwatch.catalog import ENV_VAR, user_catalog_path

    if path is not None:
        os.environ[ENV_VAR] = str(path)
    return user_catalog_path()


def provider_symbol(yahoo: str | None, fred: str | None, coinbase: str | None) -> tuple[str, str]:
    """The one provider option given, as (provider, symbol); ("", "") when none."""
    given = [(n, s) for n, s in (("yahoo", yahoo), ("fred", fred), ("coinbase", coinbase)) if s]
    if len(given) > 1:
        raise CatalogError(
            f"{len(given)} provider symbols given ({', '.join(n for n, _ in given)})",
            fix="give one of --yahoo, --fred, --coinbase",
        )
    return given[0] if given else ("", "")


def _describe(spec: Any, origin: str) -> dict[str, Any]:
    return {
        "id": spec.id,
        "origin": origin,
        "name": spec.name,
        "unit": spec.unit,
        "kind": spec.kind,
        "calendar": spec.calendar,
        "observed": f"{spec.observed_time:%H:%M} {spec.observed_tz}"
        + (f" (+{spec.observed_day_offset} day)" if spec.observed_day_offset else ""),
        "release_lag": str(spec.release_lag),
        "providers": dict(spec.providers),
        "instrument": spec.instrument,
    }


# -- `data import FILE --series NEW --calendar ...`: define and import in one step -----------


@contextmanager
def new_series_rollback(series: str | None, fields: dict[str, Any], path: Path) -> Iterator[None]:
    """Define ``series`` from ``fields`` when given; restore the catalog file if import fails."""
    from leadwatch.api.series import define_series
    from leadwatch.catalog import CALENDARS, CATALOG, user_catalog_path

    if series is None:
        yield
        return
    if all(v is None for v in fields.values()):
        if path.is_file() and series not in CATALOG:
            raise UnknownSeriesError(
                f"unknown series '{series}'",
                fix=f"to define it while importing, add --calendar ({'|'.join(CALENDARS)}) and "
                '--observed "HH:MM Area/City" (e.g. "17:00 America/New_York"); '
                "built-in ids: leadwatch series list",
            )
        yield
        return
    target = user_catalog_path()
    before = target.read_bytes() if target.is_file() else None
    if not path.is_file():
        raise CatalogError(f"no such file: {path}", fix="check the path")
    if series in CATALOG:
        raise CatalogError(
            f"series '{series}' is already defined; --calendar, --observed, --name, --unit, "
            "--kind and --release-lag only define a new series",
            fix=f"drop those options to import into '{series}' (leadwatch series show {series})",
        )
    define_series(series, fields, path=target)
    try:
        yield
    except BaseException:
        if before is None:
            target.unlink(missing_ok=True)
        else:
            target.write_bytes(before)
        raise


def check_user_calendar(batches: list[Any]) -> None:
    """A user series' CSV must follow its declared calendar (built-ins are checked upstream)."""
    from leadwatch.api.series import check_calendar
    from leadwatch.catalog import builtin_catalog, get_series

    for batch in batches:
        if batch.series_id not in builtin_catalog():
            check_calendar(get_series(batch.series_id), batch.frame["date"], batch.location)


@command(series_app, "add")
@definition_options
def series_add(
    series_id: Annotated[str, typer.Argument(metavar="ID", help="New id, e.g. copper.")],
    fields: dict[str, Any],
    yahoo: Annotated[str | None, typer.Option(help="Yahoo Finance symbol, e.g. HG=F.")] = None,
    fred: Annotated[str | None, typer.Option(help="FRED series id, e.g. DCOILWTICO.")] = None,
    coinbase: Annotated[str | None, typer.Option(help="Coinbase product, e.g. SOL-USD.")] = None,
    catalog: CatalogOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Define a series (checked with its provider; defaults from the provider's metadata)."""
    from leadwatch.api.series import define_series

    path = use_catalog(catalog)
    provider, symbol = provider_symbol(yahoo, fred, coinbase)
    spec = define_series(
        series_id, fields, provider=provider or None, symbol=symbol or None, path=path
    )
    if as_json:
        _print_json({"catalog": str(path), "series": _describe(spec, "user")})
        return
    out.print(f"Added [bold]{spec.id}[/] to {path}", highlight=False)
    _print_spec(_describe(spec, "user"))
    if spec.providers:
        out.print(f"Next: leadwatch data update {spec.id}", highlight=False)
    else:
        out.print(f"Next: leadwatch data import FILE.csv --series {spec.id}", highlight=False)


def _print_spec(row: dict[str, Any]) -> None:
    for key, value in row.items():
        shown = (
            ", ".join(f"{k}={v}" for k, v in value.items()) if isinstance(value, dict) else value
        )
        out.print(f"  {key:<12} {shown}", highlight=False)


@command(series_app, "list")
def series_list(catalog: CatalogOpt = None, as_json: JsonOpt = False) -> None:
    """Every series: built-in ones, then yours."""
    from leadwatch.catalog import builtin_catalog, user_series

    path = use_catalog(catalog)
    rows = [_describe(s, "built-in") for s in builtin_catalog().values()]
    rows += [_describe(s, "user") for s in user_series(path).values()]
    if as_json:
        _print_json({"catalog": str(path), "series": rows})
        return
    table = Table(title=f"Series (yours in {path})")
    for column in ("id", "origin", "calendar", "observed", "providers", "name"):
        table.add_column(column, no_wrap=column in ("id", "origin"))
    for row in rows:
        providers = ", ".join(f"{k}:{v}" for k, v in row["providers"].items())
        table.add_row(
            row["id"], row["origin"], row["calendar"], row["observed"], providers, row["name"]
        )
    out.print(table)


@command(series_app, "show")
def series_show(
    series_id: SeriesIdArg, catalog: CatalogOpt = None, as_json: JsonOpt = False
) -> None:
    """One series' definition."""
    from leadwatch.catalog import builtin_catalog, get_series

    use_catalog(catalog)
    spec = get_series(series_id)
    row = _describe(spec, "built-in" if series_id in builtin_catalog() else "user")
    if as_json:
        _print_json(row)
        return
    _print_spec(row)


@command(series_app, "remove")
def series_remove(
    series_id: SeriesIdArg, catalog: CatalogOpt = None, as_json: JsonOpt = False
) -> None:
    """Remove one of your series from the catalog (stored data is kept)."""
    from leadwatch.catalog import remove_series

    path = use_catalog(catalog)
    remove_series(series_id, path)
    if as_json:
        _print_json({"catalog": str(path), "removed": series_id})
        return
    out.print(f"Removed {series_id} from {path} (its stored data, if any, is kept)")
