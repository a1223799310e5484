"""Define a user's own series: options + provider metadata -> a validated catalog entry.

:func:`define_series` is what ``leadwatch series add`` runs: it checks the id
(not built-in, not taken), asks the provider about the symbol when one is given
(Yahoo's chart metadata: exchange time zone, instrument type; FRED's and
Coinbase's recent data), fills the fields the user left out from that
metadata, validates the whole entry, and only then appends it to the user's
catalog file. Any failure leaves the file byte-identical.

Examples
--------
>>> entry = build_entry("copper", {"calendar": "weekdays", "observed": "17:00 America/New_York"},
...                     {"name": "Copper", "unit": "USD/lb"})
>>> entry["name"], entry["calendar"], entry["kind"]
('Copper', 'weekdays', 'price')
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import pandas as pd

from leadwatch.catalog import (
    CALENDARS,
    SeriesSpec,
    add_series,
    calendar_problem,
    check_new_id,
    user_catalog_path,
)
from leadwatch.catalog.schema import OBSERVED_FIX, parse_duration, parse_observed
from leadwatch.errors import BadResponse, CatalogError, ProviderError

__all__ = ["PROVIDER_OPTIONS", "build_entry", "check_calendar", "define_series", "probe"]

PROVIDER_OPTIONS = ("yahoo", "fred", "coinbase")
Probe = Callable[[str, str], Mapping[str, Any]]


def probe(provider: str, symbol: str) -> Mapping[str, Any]:
    """Ask ``provider`` about ``symbol`` (network); defaults for a catalog entry."""
    from leadwatch.providers import metadata

    if provider == "yahoo":
        return metadata.yahoo_defaults(metadata.yahoo_metadata(symbol))
    from leadwatch.providers.http import HttpFetcher, cached_client

    http = HttpFetcher(cached_client())
    today = pd.Timestamp.now(tz="UTC").normalize().tz_localize(None)
    if provider == "fred":
        return metadata.fred_defaults(symbol, http, today)
    return metadata.coinbase_defaults(symbol, http, today)


def build_entry(
    series_id: str, given: Mapping[str, Any], defaults: Mapping[str, Any]
) -> dict[str, Any]:
    """Pure: the user's options over the provider's defaults, checked field by field."""
    entry: dict[str, Any] = {"name": series_id, "unit": "units", "kind": "price"}
    entry.update({k: v for k, v in defaults.items() if v is not None})
    entry.update({k: v for k, v in given.items() if v is not None})
    calendar = entry.get("calendar")
    if calendar is None:
        raise CatalogError(
            f"series '{series_id}': no calendar given and no provider symbol to read it from",
            fix=f"add --calendar ({'|'.join(CALENDARS)}), or --yahoo/--fred/--coinbase SYMBOL",
        )
    if calendar not in CALENDARS:
        raise CatalogError(
            f"series '{series_id}': unknown calendar '{calendar}'",
            fix=f"use one of {', '.join(CALENDARS)}",
        )
    if entry.get("observed") is None:
        if calendar != "24/7":
            raise CatalogError(
                f"series '{series_id}': no observation time given",
                fix='add --observed "HH:MM Area/City" (the local time each value is taken), '
                'e.g. --observed "17:00 America/New_York"',
            )
        entry.update(observed="00:00 UTC", observed_day_offset=1)  # the UTC day's close
    try:
        parse_observed(str(entry["observed"]))
    except ValueError as exc:
        raise CatalogError(f"series '{series_id}': --observed: {exc}", fix=OBSERVED_FIX) from None
    if entry.get("release_lag") is not None:
        try:
            parse_duration(str(entry["release_lag"]))
        except ValueError as exc:
            raise CatalogError(
                f"series '{series_id}': --release-lag: {exc}",
                fix='write e.g. "0 minutes", "1 hour", "1 day" or "7 days 4 hours"',
            ) from None
    return entry


def define_series(
    series_id: str,
    given: Mapping[str, Any],
    *,
    provider: str | None = None,
    symbol: str | None = None,
    path: Path | None = None,
    ask: Probe = probe,
) -> SeriesSpec:
    """Check, complete from provider metadata, validate and append one series (atomic)."""
    target = path or user_catalog_path()
    check_new_id(series_id, target)
    defaults: Mapping[str, Any] = {}
    if provider is not None and symbol is not None:
        try:
            defaults = ask(provider, symbol)
        except BadResponse as exc:
            raise CatalogError(
                f"{provider} does not know '{symbol}': {exc.message}",
                fix=f"check the symbol at the provider; nothing was written to {target}",
            ) from None
        except ProviderError as exc:
            raise type(exc)(
                f"cannot check '{symbol}' with {provider}: {exc.message}",
                fix=f"{exc.fix or 'try again later'}; nothing was written to {target}",
            ) from None
    entry = build_entry(series_id, given, defaults)
    if provider is not None and symbol is not None:
        entry["providers"] = {provider: symbol}
    return add_series(series_id, entry, target)


def check_calendar(spec: SeriesSpec, dates: pd.Series, origin: str) -> None:
    """Refuse data whose dates contradict the series' declared calendar."""
    problem = calendar_problem(spec.calendar, dates)
    if problem:
        raise CatalogError(
            f"{origin}: {problem} (series '{spec.id}')",
            fix="check the file, or declare the calendar its dates follow "
            "(24/7 and daily accept any day)",
        )
