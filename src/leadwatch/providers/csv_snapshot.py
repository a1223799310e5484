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
  line 3: date 2024-01-02 comes before the previous date 2024-01-03 (input not sorted). Fix: ...
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

import numpy as np
import pandas as pd

from leadwatch.batch import PRICE_COLUMNS, SeriesBatch, find_suspects, flag_suspects
from leadwatch.catalog import SeriesSpec, get_series, snapshot_layout
from leadwatch.errors import DataError
from leadwatch.providers.csvfile import Problems, read_csv_table

__all__ = ["PROVIDER", "parse_csv", "read_series_csv", "read_snapshot_dir"]

PROVIDER = "csv_snapshot"
_GENERIC_VALUE_COLUMNS = ("value", "close")


def _value_column(spec: SeriesSpec, columns: Sequence[str], generic: bool) -> str | None:
    wanted = [spec.snapshot.value_column] if spec.snapshot else []
    if generic:
        wanted += [c for c in _GENERIC_VALUE_COLUMNS if c not in wanted]
    return next((c for c in wanted if c in columns), None)


def _check_header(
    table: pd.DataFrame, specs: Sequence[SeriesSpec], location: str, generic: bool
) -> dict[str, str]:
    columns = list(table.columns)
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
            alternatives = " (or 'value'/'close')" if generic else ""
            raise DataError(
                f"{location}: column '{expected}'{alternatives} for series '{spec.id}' "
                f"is missing (found: {found})",
                fix=f"rename the value column to '{expected}'",
            )
        chosen[spec.id] = column
    return chosen


def _parse_dates(raw: pd.Series, problems: Problems) -> pd.Series:
    dates = pd.to_datetime(raw.str.strip(), format="%Y-%m-%d", errors="coerce")
    bad = dates.isna().to_numpy()
    for index in np.flatnonzero(bad):
        problems.add(
            int(index) + 2,
            f"date {raw.iloc[index]!r} is not a valid ISO date. Fix: write dates as YYYY-MM-DD",
        )
    valid = dates[~bad]
    duplicated = valid.duplicated(keep="first").to_numpy()
    for index in valid.index[duplicated]:
        problems.add(
            int(index) + 2,
            f"duplicate date {dates.iloc[index]:%Y-%m-%d}. Fix: keep one row per date",
        )
    steps = valid.diff().dt.total_seconds().to_numpy()
    for position in np.flatnonzero(steps < 0).tolist():
        index = valid.index[position]
        previous = valid.iloc[position - 1]
        problems.add(
            int(index) + 2,
            f"date {dates.iloc[index]:%Y-%m-%d} comes before the previous date "
            f"{previous:%Y-%m-%d} (input not sorted). Fix: sort the rows by date, ascending",
        )
    return dates


def _parse_numbers(raw: pd.Series, column: str, problems: Problems, *, positive: bool) -> pd.Series:
    text = raw.str.strip()
    blank = text.eq("")
    numbers = pd.to_numeric(text.where(~blank), errors="coerce").astype(float)
    bad = (~blank & ~np.isfinite(numbers)).to_numpy()
    for index in np.flatnonzero(bad):
        problems.add(
            int(index) + 2,
            f"{column} value {raw.iloc[index]!r} is not a number. "
            "Fix: use a plain decimal number, or leave the cell blank for missing",
        )
    if positive:
        nonpositive = (numbers <= 0).to_numpy()
        for index in np.flatnonzero(nonpositive):
            problems.add(
                int(index) + 2,
                f"{column} value {numbers.iloc[index]:g} is not positive (a price must be > 0). "
                "Fix: correct or blank the value",
            )
    return numbers


def _batch_for(
    spec: SeriesSpec,
    table: pd.DataFrame,
    dates: pd.Series,
    column: str,
    problems: Problems,
    location: str,
    checksum: str,
) -> SeriesBatch:
    frame = pd.DataFrame({"date": dates, "line": table.index.to_numpy() + 2})
    frame["value"] = _parse_numbers(table[column], column, problems, positive=spec.positive)
    ohlcv = spec.snapshot is not None and spec.snapshot.ohlcv
    for price_column in PRICE_COLUMNS:
        if ohlcv and price_column in table.columns:
            frame[price_column] = _parse_numbers(
                table[price_column],
                price_column,
                problems,
                positive=spec.positive and price_column != "volume",
            )
    if "source" in table.columns:
        frame["source"] = table["source"].str.strip().replace("", None)
    blank = frame["value"].isna()
    kept = frame.loc[~blank].reset_index(drop=True)
    suspects = find_suspects(spec, kept) if not problems.items else []
    kept = flag_suspects(kept, suspects)
    return SeriesBatch.from_values(
        spec.id,
        kept,
        provider=PROVIDER,
        location=location,
        checksum=checksum,
        rows_blank=int(blank.sum()),
        suspects=tuple(suspects),
    )


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
        Also accept a ``value`` or ``close`` column (single-file imports).

    Raises
    ------
    DataError
        Listing every problem found, each with its line and a fix.
    """
    specs = [get_series(i) for i in series_ids]
    table = read_csv_table(data, location, what="series")
    columns = _check_header(table, specs, location, generic)
    problems = Problems(location, layout="shared/data/SOURCES.md")
    if table.empty:
        raise DataError(f"{location} has a header but no rows", fix="export the data again")
    dates = _parse_dates(table["date"], problems)
    checksum = hashlib.sha256(data).hexdigest()
    batches = [
        _batch_for(spec, table, dates, columns[spec.id], problems, location, checksum)
        for spec in specs
    ]
    problems.raise_if_any()
    return batches


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise DataError(f"file not found: {path}", fix="check the path") from None
    except OSError as exc:
        raise DataError(f"cannot read {path}: {exc.strerror}", fix="check permissions") from None


def read_series_csv(path: Path, series_id: str) -> SeriesBatch:
    """Read one CSV file holding one catalog series (``date`` + value column)."""
    path = path.resolve()
    [batch] = parse_csv(_read_bytes(path), location=str(path), series_ids=[series_id], generic=True)
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
            batches += parse_csv(
                _read_bytes(path), location=str(path), series_ids=[s.id for s in specs]
            )
        except DataError as exc:
            errors.append(exc.message)
    if errors:
        raise DataError(
            "\n".join(errors),
            fix="correct the files listed (nothing was imported); see SOURCES.md for the layout",
        )
    return batches
