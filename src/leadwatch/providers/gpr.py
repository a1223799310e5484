"""Caldara-Iacoviello Geopolitical Risk: the authors' spreadsheets (no API, no key).

Dario Caldara and Matteo Iacoviello ("Measuring Geopolitical Risk", AER 2022)
publish two legacy ``.xls`` files, refreshed at irregular times (about weekly
for the daily file, monthly for the monthly one):

``https://www.matteoiacoviello.com/gpr_files/data_gpr_daily_recent.xls``
    One sheet, one row per day from 1985: ``DAY`` (``YYYYMMDD`` number),
    ``N10D`` (article count), ``GPRD``, ``GPRD_ACT``, ``GPRD_THREAT``,
    ``date`` (Excel date), ``GPRD_MA30``, ``GPRD_MA7``, ``event`` (text) and two
    metadata columns ``var_name``, ``var_label`` (variable descriptions, filled
    only in the first rows).
``https://www.matteoiacoviello.com/gpr_files/data_gpr_export.xls``
    Sheet ``Sheet1``, one row per month from 1900: ``month`` (Excel date), the
    recent index ``GPR`` (1985 on; blank before), ``GPRT`` (threats), ``GPRA``
    (acts), the historical ``GPRH``/``GPRHT``/``GPRHA``, shares, country indices
    ``GPRC_*``/``GPRHC_*``, and ``var_name``/``var_label``.

The catalog symbol is the column (``GPRD``, ``GPRD_ACT``, ``GPRD_THREAT``,
``GPR``); ``GPRD*`` come from the daily file, the others from the monthly
one. Three daily series share one file: it is downloaded once per run, and a
failure is reported once and repeated (without new tries) for the others.
The authors revise recent daily values, so an update compares a long window
(see :func:`leadwatch.providers.updater.overlap`) and records the revisions.

Examples
--------
>>> file_url("GPRD_ACT").rsplit("/", 1)[1], file_url("GPR").rsplit("/", 1)[1]
('data_gpr_daily_recent.xls', 'data_gpr_export.xls')
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

from leadwatch.errors import BadResponse, DataError, ProviderError
from leadwatch.providers.excel import numbers, read_sheet
from leadwatch.providers.live import Fetched, FetchRequest, HttpProvider

__all__ = [
    "DAILY_URL",
    "MONTHLY_URL",
    "PROVIDER",
    "GprProvider",
    "file_url",
    "parse_daily",
    "parse_monthly",
]

PROVIDER = "iacoviello"
BASE_URL = "https://www.matteoiacoviello.com/gpr_files/"
DAILY_URL = f"{BASE_URL}data_gpr_daily_recent.xls"
MONTHLY_URL = f"{BASE_URL}data_gpr_export.xls"
DAILY_SYMBOLS = ("GPRD", "GPRD_ACT", "GPRD_THREAT")
MONTHLY_SYMBOLS = ("GPR", "GPRT", "GPRA")
_SCHEMA_FIX = "Caldara-Iacoviello changed the file layout; update leadwatch or report it"


def file_url(symbol: str) -> str:
    """The file holding column ``symbol``."""
    if symbol in DAILY_SYMBOLS:
        return DAILY_URL
    if symbol in MONTHLY_SYMBOLS:
        return MONTHLY_URL
    raise DataError(
        f"no GPR file has a column {symbol!r}",
        fix=f"use one of: {', '.join(DAILY_SYMBOLS + MONTHLY_SYMBOLS)}",
    )


def _require(table: pd.DataFrame, columns: tuple[str, ...], what: str) -> None:
    missing = [c for c in columns if c not in table.columns]
    if missing:
        found = ", ".join(str(c) for c in table.columns[:12])
        raise BadResponse(
            f"{what}: expected columns {', '.join(columns)}; missing {', '.join(missing)} "
            f"(found: {found})",
            fix=_SCHEMA_FIX,
        )


def _dates(column: pd.Series, *, what: str, name: str, yyyymmdd: bool) -> pd.Series:
    """Excel dates, ``YYYYMMDD`` numbers or ISO text -> naive midnight (NaT where blank)."""
    if pd.api.types.is_datetime64_any_dtype(column):
        parsed = pd.to_datetime(column)
        blank = column.isna()
    elif yyyymmdd:
        values = numbers(column, what=what, name=name)
        blank = values.isna()
        text = values.where(~blank, 0).astype("int64").astype(str)
        parsed = pd.to_datetime(text.where(~blank), format="%Y%m%d", errors="coerce")
    else:
        text = column.astype(object).where(column.notna(), "").astype(str).str.strip()
        blank = text == ""
        parsed = pd.to_datetime(text.where(~blank), format="ISO8601", errors="coerce")
    bad = parsed.isna() & ~blank
    if bad.any():
        raise BadResponse(f"{what}: {name} {column[bad].iloc[0]!r} is not a date", fix=_SCHEMA_FIX)
    return pd.Series(pd.DatetimeIndex(parsed).normalize(), index=column.index)


def _frame(dates: pd.Series, values: pd.Series, what: str) -> pd.DataFrame:
    """Drop rows with neither date nor value (metadata rows); a value without a date is wrong."""
    orphan = dates.isna() & values.notna()
    if orphan.any():
        raise BadResponse(
            f"{what}: value {values[orphan].iloc[0]:g} has no date (file cut or shifted)",
            fix="try again later",
        )
    keep = dates.notna()
    frame = pd.DataFrame({"date": dates[keep].to_numpy(), "value": values[keep].to_numpy()})
    started = frame["value"].notna().cumsum() > 0  # the index starts with its first value
    return frame.loc[started].reset_index(drop=True)


def parse_daily(data: bytes, *, symbol: str, what: str) -> pd.DataFrame:
    """Pure: ``data_gpr_daily_recent.xls`` bytes -> ``date``, ``value`` (column ``symbol``)."""
    table = read_sheet(data, what=what)
    day = "DAY" if "DAY" in table.columns else "date"
    _require(table, (day, symbol), what)
    dates = _dates(table[day], what=what, name=day, yyyymmdd=day == "DAY")
    return _frame(dates, numbers(table[symbol], what=what, name=symbol), what)


def parse_monthly(data: bytes, *, symbol: str, what: str) -> pd.DataFrame:
    """Pure: ``data_gpr_export.xls`` bytes -> ``date`` (first of month), ``value``."""
    table = read_sheet(data, what=what)
    _require(table, ("month", symbol), what)
    dates = _dates(table["month"], what=what, name="month", yyyymmdd=False)
    first = dates.dt.to_period("M").dt.to_timestamp()
    return _frame(first, numbers(table[symbol], what=what, name=symbol), what)


@dataclass(slots=True)
class GprProvider(HttpProvider):
    """The GPR spreadsheets through :class:`HttpFetcher`, each downloaded at most once per run."""

    name: str = PROVIDER
    files: dict[str, bytes | ProviderError] = field(default_factory=dict)

    def _download(self, url: str, what: str) -> bytes:
        known = self.files.get(url)
        if isinstance(known, ProviderError):
            raise type(known)(
                f"{what}: {url.rsplit('/', 1)[1]} failed earlier in this run ({known.message})",
                fix=known.fix,
            )
        if known is not None:
            return known
        try:
            data = self.http.get(url, {}, what=what).content
        except ProviderError as exc:
            self.files[url] = exc
            raise
        self.files[url] = data
        return data

    def extract(self, request: FetchRequest, what: str) -> Fetched:
        """Download the file holding ``request.symbol`` (once per run) and parse that column."""
        url = file_url(request.symbol)
        data = self._download(url, what)
        parse = parse_daily if url == DAILY_URL else parse_monthly
        frame = parse(data, symbol=request.symbol, what=what)
        return Fetched(frame, location=url, raw=data)
