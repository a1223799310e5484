"""CSV snapshot importer: the folder layout of ``shared/data`` (see its SOURCES.md).

Every file is ``date,<columns>`` with ISO dates, ascending, one row per date,
numeric values, blank = missing. Parsing is pure (:func:`parse_csv` takes bytes),
so it is tested without touching the disk; :func:`read_snapshot_dir` and
:func:`read_series_csv` only add file reading.

Validation is strict and complete: every problem in a file is reported with its
line number (the header is line 1) and a fix, and nothing is returned for a
file with problems, so nothing can be half written. Implausible moves are not
errors but *suspects*: isolated spikes beyond the catalog's ``max_step`` (or level
breaks beyond twice it) are kept, flagged, and reported, never silently dropped.

Examples
--------
>>> data = b"date,silver_usd\\n2024-01-02,23.5\\n2024-01-03,\\n2024-01-04,23.9\\n"
>>> [batch] = parse_csv(data, location="silver_usd.csv", series_ids=["silver"])
>>> batch.rows, batch.rows_blank
(2, 1)
>>> parse_csv(b"date,silver_usd\\n2024-01-03,23.5\\n2024-01-02,23.9\\n",
...           location="s.csv", series_ids=["silver"])
Traceback (most recent call last):
...
leadwatch.errors.DataError: s.csv has 1 problem:
  line 3: date 2024-01-02 comes before the previous date 2024-01-03 (input not sorted: ...
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import BinaryIO

import numpy as np
import pandas as pd

from leadwatch.batch import PRICE_COLUMNS, SeriesBatch, find_suspects, flag_suspects
from leadwatch.catalog import SeriesSpec, get_series, snapshot_layout
from leadwatch.errors import DataError
from leadwatch.providers.csv_stream import CsvStream, Problems
from leadwatch.redact import shown

__all__ = [
    "PROVIDER",
    "generic_header",
    "parse_csv",
    "parse_csv_stream",
    "read_series_csv",
    "read_snapshot_dir",
]

PROVIDER = "csv_snapshot"
_GENERIC_VALUE_COLUMNS = ("value", "close")
_DATE_ALIASES = {"observation_date": "date"}  # FRED's downloads
_MISSING_MARKS = ("", ".")  # blank, or FRED's "." for a day with no value
_MAX_ABS = 1e15  # no price, rate, index or volume of the catalog comes near; 1e308 is a typo


def generic_header(columns: Sequence[str], location: str) -> list[str]:
    """The header of a single-series file as read: names in lower case, FRED's date renamed.

    Downloads name their columns their own way (Yahoo ``Date,Open,...,Close,Adj Close``,
    FRED ``observation_date,DGS10``); matching is on the lower-case name.

    Examples
    --------
    >>> generic_header(["Date", "Open", "Close", "Adj Close"], "y.csv")
    ['date', 'open', 'close', 'adj close']
    >>> generic_header(["observation_date", "DGS10"], "fred.csv")
    ['date', 'dgs10']
    """
    names = [_DATE_ALIASES.get(c.lower(), c.lower()) for c in columns]
    twice = sorted({c for c, n in zip(columns, names, strict=True) if names.count(n) > 1})
    if twice:
        raise DataError(
            f"{location}: the header names {', '.join(repr(c) for c in twice)} that differ "
            "only in case (or name the date twice)",
            fix="keep one column per name",
        )
    return names


def _value_column(spec: SeriesSpec, columns: Sequence[str], generic: bool) -> str | None:
    wanted = [spec.snapshot.value_column] if spec.snapshot else []
    if generic:
        wanted += [c for c in _GENERIC_VALUE_COLUMNS if c not in wanted]
    found = next((c for c in wanted if c in columns), None)
    others = [c for c in columns if c not in ("date", "source")]
    if found is None and generic and len(others) == 1:
        return others[0]  # "date,DGS10": the one column there is
    return found


def _check_header(
    columns: Sequence[str], specs: Sequence[SeriesSpec], location: str, generic: bool
) -> dict[str, str]:
    found = ", ".join(columns) or "(none)"
    if "date" not in columns:
        raise DataError(
            f"{location}: no 'date' column (found: {found})",
            fix="name the first column 'date' and write dates as YYYY-MM-DD",
        )
    chosen: dict[str, str] = {}
    for spec in specs:
        column = _value_column(spec, columns, generic)
        if column is None:
            expected = spec.snapshot.value_column if spec.snapshot else "value"
            alternatives = " (or 'value'/'close', or a single value column)" if generic else ""
            raise DataError(
                f"{location}: column '{expected}'{alternatives} for series '{spec.id}' "
                f"is missing (found: {found})",
                fix=f"rename the value column to '{expected}'",
            )
        chosen[spec.id] = column
    return chosen


def _date_bounds() -> tuple[pd.Timestamp, pd.Timestamp]:
    """Dates a market series can have: from 1800 to tomorrow (UTC; no value is from the future)."""
    tomorrow = pd.Timestamp.now(tz="UTC").tz_localize(None).normalize() + pd.Timedelta(days=1)
    return pd.Timestamp("1800-01-01"), tomorrow


def _parse_dates(raw: pd.Series, lines: np.ndarray, problems: Problems) -> pd.Series:
    text = raw.astype(object).str.strip()
    dates = pd.to_datetime(text, format="%Y-%m-%d", errors="coerce")
    bad = dates.isna().to_numpy()
    for index in np.flatnonzero(bad)[: problems.limit].tolist():
        problems.add(
            int(lines[index]),
            f"date {shown(raw.iloc[index])} is not a valid ISO date (write dates as YYYY-MM-DD)",
        )
    first, last = _date_bounds()
    outside = ~bad & ((dates < first) | (dates > last)).to_numpy()
    for index in np.flatnonzero(outside)[: problems.limit].tolist():
        problems.add(
            int(lines[index]),
            f"date {dates.iloc[index].date().isoformat()} is outside "
            f"{first:%Y-%m-%d}..{last:%Y-%m-%d} "
            "(a typo in the year? no value can be dated in the future)",
        )
    return dates.where(~outside).astype("datetime64[us]")


def _check_order(dates: pd.Series, lines: np.ndarray, problems: Problems) -> None:
    valid = dates.dropna()
    where = lines[valid.index.to_numpy()]
    for position in np.flatnonzero(valid.duplicated(keep="first").to_numpy())[: problems.limit]:
        problems.add(
            int(where[position]),
            f"duplicate date {valid.iloc[position]:%Y-%m-%d} (keep one row per date)",
        )
    steps = np.diff(valid.to_numpy().astype("datetime64[us]").astype(np.int64))
    for position in (np.flatnonzero(steps < 0) + 1)[: problems.limit].tolist():
        problems.add(
            int(where[position]),
            f"date {valid.iloc[position]:%Y-%m-%d} comes before the previous date "
            f"{valid.iloc[position - 1]:%Y-%m-%d} (input not sorted: sort the rows by date, "
            "ascending)",
        )


def _parse_numbers(
    raw: pd.Series, lines: np.ndarray, column: str, problems: Problems, *, positive: bool
) -> pd.Series:
    text = raw.astype(object).str.strip()
    blank = text.isin(_MISSING_MARKS)
    numbers = pd.to_numeric(text.where(~blank), errors="coerce").astype(float)
    bad = (~blank & ~np.isfinite(numbers)).to_numpy()
    for index in np.flatnonzero(bad)[: problems.limit].tolist():
        problems.add(
            int(lines[index]),
            f"{column} value {shown(raw.iloc[index])} is not a number "
            "(use a plain decimal number, or leave the cell blank for missing)",
        )
    huge = np.isfinite(numbers.to_numpy()) & (numbers.abs() > _MAX_ABS).to_numpy()  # inf: above
    for index in np.flatnonzero(huge)[: problems.limit].tolist():
        problems.add(
            int(lines[index]),
            f"{column} value {numbers.iloc[index]:g} is implausibly large (beyond {_MAX_ABS:g}; "
            "a typo or a unit error? correct or blank it)",
        )
    if positive:
        for index in np.flatnonzero((numbers <= 0).to_numpy())[: problems.limit].tolist():
            problems.add(
                int(lines[index]),
                f"{column} value {numbers.iloc[index]:g} is not positive (prices, indices and "
                "levels must be > 0: correct or blank the value; a series that can be zero or "
                "negative, such as a spread or a net flow, is defined with --kind rate)",
            )
    return numbers.where(~huge)


def _typed_chunk(
    chunk: pd.DataFrame,
    lines: np.ndarray,
    specs: Sequence[SeriesSpec],
    columns: dict[str, str],
    problems: Problems,
) -> pd.DataFrame:
    """One block of rows as typed columns: date, line, the numeric columns, source."""
    typed = pd.DataFrame({"date": _parse_dates(chunk["date"], lines, problems), "line": lines})
    positive = {name: False for name in chunk.columns}
    for spec in specs:
        ohlcv = spec.snapshot is not None and spec.snapshot.ohlcv
        names = [columns[spec.id]] + ([c for c in PRICE_COLUMNS if c in chunk] if ohlcv else [])
        for name in names:
            positive[name] = positive[name] or (spec.positive and name != "volume")
    for name in chunk.columns:
        if name in ("date", "source"):
            continue
        typed[name] = _parse_numbers(chunk[name], lines, name, problems, positive=positive[name])
    if "source" in chunk.columns:
        typed["source"] = chunk["source"].astype(object).str.strip().replace("", None)
    return typed


def _batch_for(
    spec: SeriesSpec, table: pd.DataFrame, column: str, location: str, checksum: str
) -> SeriesBatch:
    frame = table[["date", "line"]].assign(value=table[column])
    if spec.snapshot is not None and spec.snapshot.ohlcv:
        for price_column in PRICE_COLUMNS:
            if price_column in table.columns:
                frame[price_column] = table[price_column]
    if "source" in table.columns:
        frame["source"] = table["source"]
    blank = frame["value"].isna()
    kept = frame.loc[~blank].reset_index(drop=True)
    suspects = find_suspects(spec, kept)
    return SeriesBatch.from_values(
        spec.id,
        flag_suspects(kept, suspects),
        provider=PROVIDER,
        location=location,
        checksum=checksum,
        rows_blank=int(blank.sum()),
        suspects=tuple(suspects),
    )


_FIX = (
    "correct the file (nothing was imported): a 'date' column (YYYY-MM-DD, ascending, one row "
    "per date) and plain numbers, blank for missing"
)


def parse_csv_stream(
    stream: BinaryIO, *, location: str, series_ids: Sequence[str], generic: bool = False
) -> list[SeriesBatch]:
    """Parse and validate one CSV read from a binary stream (see :func:`parse_csv`)."""
    specs = [get_series(i) for i in series_ids]
    table_stream = CsvStream(stream, location)
    if generic:
        table_stream.columns = generic_header(table_stream.columns, location)
    columns = _check_header(table_stream.columns, specs, location, generic)
    keep = ["date", *dict.fromkeys(columns.values())]
    if any(s.snapshot is not None and s.snapshot.ohlcv for s in specs):
        keep += [c for c in PRICE_COLUMNS if c in table_stream.columns and c not in keep]
    if "source" in table_stream.columns:
        keep.append("source")
    problems = Problems(location)
    parts = [
        _typed_chunk(chunk, lines, specs, columns, problems)
        for lines, chunk in table_stream.chunks(problems, keep)
    ]
    if not problems.items and not table_stream.rows:
        raise DataError(f"{location} has a header but no rows", fix="export the data again")
    problems.raise_if_any(_FIX)
    table = pd.concat(parts, ignore_index=True)
    _check_order(table["date"], table["line"].to_numpy(), problems)
    problems.raise_if_any(_FIX)
    return [
        _batch_for(spec, table, columns[spec.id], location, table_stream.checksum) for spec in specs
    ]


def parse_csv(
    data: bytes, *, location: str, series_ids: Sequence[str], generic: bool = False
) -> list[SeriesBatch]:
    """Parse and validate one CSV into one batch per series.

    Parameters
    ----------
    data
        The file's bytes.
    location
        Name used in messages and provenance (a path).
    series_ids
        Catalog ids to read from this file (each names its value column).
    generic
        Single-file imports: header names in any case (FRED's ``observation_date`` is the
        date), and a ``value`` or ``close`` column, or the only column besides the date.

    Raises
    ------
    DataError
        Listing the problems found (the first few, each with its line and a fix).
    """
    return parse_csv_stream(
        io.BytesIO(data), location=location, series_ids=series_ids, generic=generic
    )


def _parse_file(path: Path, series_ids: Sequence[str], generic: bool = False) -> list[SeriesBatch]:
    if not path.exists():
        raise DataError(f"file not found: {path}", fix="check the path")
    if path.is_dir():
        raise DataError(f"{path} is a folder, not a CSV file", fix="pass a .csv file")
    if not path.is_file():
        raise DataError(
            f"{path} is not a regular file (a device or a pipe)", fix="pass a .csv file on disk"
        )
    try:
        with path.open("rb") as handle:
            return parse_csv_stream(
                handle, location=str(path), series_ids=series_ids, generic=generic
            )
    except OSError as exc:
        raise DataError(f"cannot read {path}: {exc.strerror}", fix="check permissions") from None


def read_series_csv(path: Path, series_id: str) -> SeriesBatch:
    """Read one CSV file holding one catalog series (``date`` + value column), streaming it."""
    [batch] = _parse_file(path.resolve(), [series_id], generic=True)
    return batch


def read_snapshot_dir(
    directory: Path,
    series_ids: Iterable[str] | None = None,
    *,
    on_file: Callable[[str], None] | None = None,
) -> list[SeriesBatch]:
    """Read every catalog series found in a snapshot folder.

    All files are validated before anything is returned; problems in several
    files are reported together. Catalog files missing from the folder are
    skipped (a partial snapshot is allowed), but a folder with none of them is
    an error.
    """
    if not directory.is_dir():
        raise DataError(
            f"snapshot folder not found: {directory}",
            fix="pass the folder holding the CSV files (default ../shared/data)",
        )
    directory = directory.resolve()
    layout = snapshot_layout(series_ids)
    present = {name: specs for name, specs in layout.items() if (directory / name).is_file()}
    if not present:
        raise DataError(
            f"{directory} holds none of the snapshot files ({', '.join(sorted(layout))})",
            fix="point to the snapshot folder, or import one file with --series ID",
        )
    batches: list[SeriesBatch] = []
    errors: list[str] = []
    for name, specs in sorted(present.items()):
        path = directory / name
        if on_file is not None:
            on_file(name)
        try:
            batches += _parse_file(path, [s.id for s in specs])
        except DataError as exc:
            errors.append(exc.message)
    if errors:
        raise DataError(
            "\n".join(errors),
            fix="correct the files listed (nothing was imported); see SOURCES.md for the layout",
        )
    return batches
