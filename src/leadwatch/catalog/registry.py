"""Which series exist: the built-in catalog file, then the user's catalog file.

The built-in series live in ``builtin.toml`` next to this module; a user's own
series in a TOML file of the same schema (:mod:`leadwatch.catalog.schema`) at
:func:`user_catalog_path`: ``$LEADWATCH_CATALOG`` if set, else ``series.toml``
in the user config directory (platformdirs). Both are read on first use, not
at import; the user file is re-read whenever it changes on disk, so a series
added by ``leadwatch series add`` is known at once, in this process too.

A user series may not reuse a built-in id (a clash is a :class:`CatalogError`).
Looking up a built-in id never reads the user file, so a broken user file only
stops what needs it.
"""

from __future__ import annotations

import difflib
import functools
import os
import re
from collections.abc import Iterable, Iterator, Mapping
from importlib import resources
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING

from leadwatch.catalog.spec import SeriesSpec
from leadwatch.errors import CatalogError, UnknownSeriesError

if TYPE_CHECKING:
    import pandas as pd

__all__ = [
    "CATALOG",
    "ENV_VAR",
    "builtin_catalog",
    "catalog",
    "get_series",
    "series_ids",
    "snapshot_layout",
    "user_catalog_path",
    "user_series",
]

ENV_VAR = "LEADWATCH_CATALOG"
_USER_CACHE: dict[str, tuple[tuple[int, int], Mapping[str, SeriesSpec]]] = {}


@functools.cache
def builtin_catalog() -> Mapping[str, SeriesSpec]:
    """The built-in series, in file order (read once from the packaged ``builtin.toml``)."""
    from leadwatch.catalog.schema import parse_catalog

    text = resources.files("leadwatch.catalog").joinpath("builtin.toml").read_text("utf-8")
    return MappingProxyType(parse_catalog(text, "leadwatch/catalog/builtin.toml"))


def user_catalog_path() -> Path:
    """Where the user's series are kept: ``$LEADWATCH_CATALOG``, else the config directory."""
    override = os.environ.get(ENV_VAR)
    if override:
        return Path(override).expanduser()
    from platformdirs import user_config_path

    return user_config_path("leadwatch", appauthor=False) / "series.toml"


def user_series(path: Path | None = None) -> Mapping[str, SeriesSpec]:
    """The user's series (empty when the file does not exist); re-read when it changes."""
    from leadwatch.catalog.schema import parse_catalog

    path = path or user_catalog_path()
    try:
        stat = path.stat()
    except OSError:
        return MappingProxyType({})
    key, stamp = str(path), (stat.st_mtime_ns, stat.st_size)
    cached = _USER_CACHE.get(key)
    if cached is not None and cached[0] == stamp:
        return cached[1]
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise CatalogError(
            f"cannot read the series catalog {path}: {exc}", fix="save it as UTF-8 text"
        ) from None
    specs = parse_catalog(text, str(path))
    clash = sorted(set(specs) & set(builtin_catalog()))
    if clash:
        raise CatalogError(
            f"{path}: series '{clash[0]}' is a built-in id",
            fix=f"rename it in {path} (built-in series cannot be redefined)",
        )
    frozen: Mapping[str, SeriesSpec] = MappingProxyType(specs)
    _USER_CACHE[key] = (stamp, frozen)
    return frozen


def catalog() -> Mapping[str, SeriesSpec]:
    """Every series known now: built-in ones first, then the user's."""
    return MappingProxyType({**builtin_catalog(), **user_series()})


class _CatalogView(Mapping[str, SeriesSpec]):
    """``CATALOG``: a read-only, always current view of :func:`catalog`."""

    def __getitem__(self, series_id: str) -> SeriesSpec:
        builtin = builtin_catalog()
        if series_id in builtin:
            return builtin[series_id]
        return user_series()[series_id]

    def __iter__(self) -> Iterator[str]:
        return iter(catalog())

    def __len__(self) -> int:
        return len(catalog())

    def __contains__(self, series_id: object) -> bool:
        if not isinstance(series_id, str):
            return False
        return series_id in builtin_catalog() or series_id in user_series()

    def __repr__(self) -> str:
        return f"CATALOG({', '.join(self)})"


CATALOG: Mapping[str, SeriesSpec] = _CatalogView()


def liquid_start(*ids: str) -> pd.Timestamp | None:
    """Latest ``liquid_from`` among the catalog series ``ids`` (ids not in the catalog ignored).

    Examples
    --------
    >>> liquid_start("silver", "btc")
    Timestamp('2013-01-01 00:00:00')
    >>> liquid_start("silver") is None
    True
    """
    import pandas as pd

    known = catalog()
    dates = [known[i].liquid_from for i in ids if i in known]
    stamps = [pd.Timestamp(d) for d in dates if d is not None]
    return max(stamps) if stamps else None


def series_ids() -> list[str]:
    """All catalog ids, built-in first, in catalog order."""
    return list(catalog())


def get_series(series_id: str) -> SeriesSpec:
    """Look a series up by id (built-in or user), with a suggestion when the id is unknown.

    Examples
    --------
    >>> get_series("gold").unit
    'USD/oz'
    >>> get_series("slver")
    Traceback (most recent call last):
    ...
    leadwatch.errors.UnknownSeriesError: unknown series 'slver'. Fix: did you mean 'silver'? ...
    """
    builtin = builtin_catalog()
    if series_id in builtin:
        return builtin[series_id]
    known = catalog()
    try:
        return known[series_id]
    except KeyError:
        pass
    if _looks_like_symbol(series_id):
        slug = re.sub(r"[^a-z0-9]+", "_", series_id.lower()).strip("_") or "my_series"
        slug = slug if slug[0].isalpha() else f"s_{slug}"
        raise UnknownSeriesError(
            f"unknown series '{series_id}' (it looks like a provider symbol, not a series id)",
            fix=f"add it first: leadwatch series add {slug} --yahoo {series_id} "
            f"(or --fred / --coinbase), then use '{slug}'",
        )
    close = difflib.get_close_matches(series_id, list(known), n=1)
    hint = f"did you mean '{close[0]}'? " if close else ""
    raise UnknownSeriesError(
        f"unknown series '{series_id}'",
        fix=f"{hint}known series: {', '.join(known)}; define your own with "
        "`leadwatch series add ID ...`",
    )


def _looks_like_symbol(text: str) -> bool:
    """``HG=F``, ``^GSPC``, ``BTC-USD``, ``DGS10``: upper case or a symbol's punctuation."""
    return bool(
        re.search(r"[=^.\-]", text)
        or (text.upper() == text and text.isalnum() and any(c.isalpha() for c in text))
    )


def snapshot_layout(ids: Iterable[str] | None = None) -> dict[str, list[SeriesSpec]]:
    """Snapshot file name -> the series read from it (for the given ids, default all)."""
    wanted = [get_series(i) for i in ids] if ids is not None else list(catalog().values())
    layout: dict[str, list[SeriesSpec]] = {}
    for spec in wanted:
        if spec.snapshot is not None:
            layout.setdefault(spec.snapshot.file, []).append(spec)
    return layout
