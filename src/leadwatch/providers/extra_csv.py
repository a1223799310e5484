"""Tables beyond prices: daily flows, annual fundamentals with editions, sparse snapshots.

Three kinds of CSV are recognised by their header (the layout of
``shared/data-extra``, see its SOURCES.md):

``flows``
    ``date,<fund>,...,Total``: daily net flows per fund and their total (US$ millions).
    A blank cell is a fund that did not trade or did not exist yet, never a zero
    flow; a day that is absent is a day without trading.
``fundamentals``
    ``year,item,value,unit,status,edition,...`` (or ``year,country,tonnes,...``):
    annual figures, one row per figure *and report edition*, since each edition
    revises earlier years. ``year`` may be a range (``2021-2024``). The edition's
    publication date is read from an optional ``published`` column, else from the
    edition's name (``(16 Apr 2025)``; a month alone counts from its last day; a year
    alone from 31 March of that year, as annual summaries appear in the first quarter).
``snapshots``
    ``date,venue,underlying,strike_usd,expiry,option_type,metric,value,unit,...``:
    point-in-time figures (options open interest) with no history between them.

Parsing is pure (:func:`parse_extra` takes bytes) and complete: every problem in a
file is reported with its line and a fix, and nothing is returned for a bad file,
so nothing can be half written.

Examples
--------
>>> data = b"date,A,B,Total\\n2024-01-02,1.5,,1.5\\n2024-01-03,-2,1,-1\\n"
>>> table = parse_extra(data, location="flows.csv")
>>> table.kind, table.rows, sorted(table.frame["fund"].unique())
('flows', 5, ['A', 'B', 'Total'])
>>> parse_extra(b"date,A,Total\\n2024-01-02,x,1\\n", location="f.csv")
Traceback (most recent call last):
...
leadwatch.errors.DataError: f.csv has 1 problem:
  line 2: A value 'x' is not a number. Fix: ...
"""

from __future__ import annotations

import calendar
import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from leadwatch.errors import DataError
from leadwatch.providers.csvfile import Problems, read_csv_table

__all__ = [
    "KINDS",
    "PROVIDER",
    "ExtraTable",
    "detect_kind",
    "parse_extra",
    "read_extra_dir",
    "read_extra_file",
]

PROVIDER = "extra_csv"
#: Required columns of each kind (flows: ``date`` first and ``Total`` last).
KINDS: dict[str, tuple[str, ...]] = {
    "flows": ("date", "Total"),
    "fundamentals": ("year", "item", "value", "unit", "status", "edition"),
    "production": ("year", "country", "tonnes", "status", "edition"),
    "snapshots": (
        "date", "venue", "underlying", "strike_usd", "expiry", "option_type", "metric",
        "value", "unit",
    ),
}  # fmt: skip
#: Tolerance (same unit as the flows) between ``Total`` and the sum of the funds.
TOTAL_TOLERANCE = 0.5
_MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_abbr) if m}


@dataclass(frozen=True, slots=True)
class ExtraTable:
    """One validated file: its kind, tidy rows and provenance.

    ``frame`` columns: flows ``date, fund, value``; fundamentals ``period, year_start,
    year_end, item, value, unit, status, edition, published, source, url``; snapshots
    ``date, venue, underlying, strike, expiry, option_type, metric, value, unit,
    vendor, url``.
    """

    dataset: str
    kind: str
    frame: pd.DataFrame
    location: str
    checksum: str

    @property
    def rows(self) -> int:
        """Stored rows (blank cells are not rows)."""
        return len(self.frame)


def detect_kind(columns: Iterable[str]) -> str | None:
    """The kind whose required columns the header holds, or None.

    >>> detect_kind(["year", "country", "tonnes", "status", "edition", "source"])
    'production'
    >>> detect_kind(["date", "silver_usd"]) is None
    True
    """
    cols = list(columns)
    if cols[:1] == ["date"] and cols[-1:] == ["Total"] and len(cols) > 2:
        return "flows"
    for kind, needed in KINDS.items():
        if kind != "flows" and all(c in cols for c in needed):
            return kind
    return None


def _looks_extra(columns: list[str]) -> bool:
    return bool(columns[:1] == ["year"] or {"Total", "edition", "metric"} & set(columns))


def _numbers(raw: pd.Series, column: str, problems: Problems, blank_ok: bool) -> pd.Series:
    blank = raw.eq("")
    numbers = pd.to_numeric(raw.str.replace(",", "", regex=False), errors="coerce")
    numbers = numbers.astype(float).where(~blank)
    for i in np.flatnonzero((~blank & ~np.isfinite(numbers)).to_numpy()):
        problems.add(
            int(i) + 2,
            f"{column} value {raw.iloc[i]!r} is not a number. Fix: use a plain decimal number",
        )
    if not blank_ok:
        for i in np.flatnonzero(blank.to_numpy()):
            problems.add(int(i) + 2, f"{column} is blank. Fix: give the figure or drop the row")
    return numbers


def _dates(raw: pd.Series, column: str, problems: Problems) -> pd.Series:
    dates = pd.to_datetime(raw, format="%Y-%m-%d", errors="coerce")
    for i in np.flatnonzero(dates.isna().to_numpy()):
        problems.add(
            int(i) + 2, f"{column} {raw.iloc[i]!r} is not a valid ISO date. Fix: use YYYY-MM-DD"
        )
    return dates


def _duplicates(frame: pd.DataFrame, key: list[str], problems: Problems) -> None:
    dup = frame.duplicated(subset=key, keep="first").to_numpy()
    for i in np.flatnonzero(dup):
        shown = ", ".join(f"{k}={frame[k].iloc[i]}" for k in key)
        problems.add(int(i) + 2, f"duplicate row ({shown}). Fix: keep one row per {'/'.join(key)}")


def _flows(table: pd.DataFrame, problems: Problems) -> pd.DataFrame:
    dates = _dates(table["date"], "date", problems)
    _duplicates(table, ["date"], problems)
    steps = dates.diff().dt.days.to_numpy()
    for i in np.flatnonzero(steps <= 0):
        if steps[i] < 0:
            problems.add(int(i) + 2, "date comes before the previous one. Fix: sort ascending")
    funds = [c for c in table.columns if c != "date"]
    values = pd.DataFrame({f: _numbers(table[f], f, problems, blank_ok=True) for f in funds})
    parts = values.drop(columns="Total").sum(axis=1, min_count=1)
    off = (values["Total"] - parts).abs() > TOTAL_TOLERANCE
    for i in np.flatnonzero(off.to_numpy()):
        problems.add(
            int(i) + 2,
            f"Total {values['Total'].iloc[i]:g} differs from the sum of the funds "
            f"{parts.iloc[i]:g}. Fix: correct the fund values or the total",
        )
    for i in np.flatnonzero(values["Total"].isna().to_numpy()):
        problems.add(int(i) + 2, "Total is blank. Fix: give the day's total net flow")
    values.insert(0, "date", dates)
    long = values.melt(id_vars="date", var_name="fund", value_name="value").dropna()
    return long.sort_values(["date", "fund"], kind="stable").reset_index(drop=True)


_DAY = re.compile(r"\b(\d{1,2})\s+([A-Za-z]{3})[a-z]*\.?\s+(\d{4})\b")
_MONTH = re.compile(r"\b([A-Za-z]{3})[a-z]*\.?\s+(\d{4})\b")
_YEAR = re.compile(r"\b((?:19|20)\d{2})\b")


def published_from(edition: str) -> pd.Timestamp | None:
    """Publication date read from an edition's name (None when it names no year).

    >>> str(published_from("World Silver Survey 2025 (16 Apr 2025)").date())
    '2025-04-16'
    >>> str(published_from("Silver Market Outlook (Feb 2025)").date())
    '2025-02-28'
    >>> str(published_from("USGS MCS 2026").date())
    '2026-03-31'
    """
    for m in _DAY.finditer(edition):
        if m.group(2).lower() in _MONTHS:
            return pd.Timestamp(int(m.group(3)), _MONTHS[m.group(2).lower()], int(m.group(1)))
    for m in _MONTH.finditer(edition):
        if m.group(1).lower() in _MONTHS:
            start = pd.Timestamp(int(m.group(2)), _MONTHS[m.group(1).lower()], 1)
            return start + pd.offsets.MonthEnd(0)
    years = _YEAR.findall(edition)
    return pd.Timestamp(int(years[-1]), 3, 31) if years else None


def _period(text: str) -> tuple[int, int] | None:
    m = re.fullmatch(r"(\d{4})(?:\s*-\s*(\d{4}))?", text)
    if m is None:
        return None
    start = int(m.group(1))
    end = int(m.group(2) or start)
    return (start, end) if end >= start else None


def _fundamentals(table: pd.DataFrame, problems: Problems, kind: str) -> pd.DataFrame:
    item, value, unit = ("country", "tonnes", None) if kind == "production" else (
        "item", "value", "unit")  # fmt: skip
    frame = pd.DataFrame({"period": table["year"], "item": table[item]})
    spans = [_period(p) for p in frame["period"]]
    for i, span in enumerate(spans):
        if span is None:
            problems.add(
                i + 2,
                f"year {frame['period'].iloc[i]!r} is not YYYY or YYYY-YYYY. "
                "Fix: write one year or a range",
            )
    frame["year_start"] = [s[0] if s else 0 for s in spans]
    frame["year_end"] = [s[1] if s else 0 for s in spans]
    frame["value"] = _numbers(table[value], value, problems, blank_ok=False)
    frame["unit"] = table[unit] if unit else "t"
    frame["status"] = table["status"]
    frame["edition"] = table["edition"]
    published = table["published"] if "published" in table.columns else None
    dates: list[pd.Timestamp | None] = []
    for i, edition in enumerate(frame["edition"]):
        if not edition:
            problems.add(i + 2, "edition is blank. Fix: name the report edition the figure is from")
        if published is not None and published.iloc[i]:
            day = pd.to_datetime(published.iloc[i], format="%Y-%m-%d", errors="coerce")
            day = None if pd.isna(day) else day
        else:
            day = published_from(edition) if edition else None
        if edition and day is None:
            problems.add(i + 2, f"edition {edition!r} names no date. Fix: add a 'published' column")
        dates.append(day)
    for j in np.flatnonzero(frame["item"].eq("").to_numpy()):
        problems.add(int(j) + 2, f"{item} is blank. Fix: name what the figure measures")
    frame["published"] = pd.to_datetime(pd.Series(dates, dtype=object))
    frame["source"] = table.get("source", pd.Series("", index=table.index))
    url = next((c for c in table.columns if c.startswith("source_url")), None)
    frame["url"] = table[url] if url else ""
    _duplicates(frame, ["period", "item", "edition"], problems)
    return frame


def _snapshots(table: pd.DataFrame, problems: Problems) -> pd.DataFrame:
    frame = pd.DataFrame({"date": _dates(table["date"], "date", problems)})
    for column in ("venue", "underlying"):
        frame[column] = table[column]
    frame["strike"] = _numbers(table["strike_usd"], "strike_usd", problems, blank_ok=True)
    for column in ("expiry", "option_type", "metric"):
        frame[column] = table[column]
    frame["value"] = _numbers(table["value"], "value", problems, blank_ok=False)
    frame["unit"] = table["unit"]
    frame["vendor"] = table.get("data_vendor_cited", pd.Series("", index=table.index))
    frame["url"] = table.get("source_url", pd.Series("", index=table.index))
    key = ["date", "venue", "underlying", "strike", "expiry", "option_type", "metric"]
    _duplicates(frame.fillna({"strike": -1.0}), key, problems)
    return frame


def parse_extra(data: bytes, *, location: str, dataset: str | None = None) -> ExtraTable:
    """Parse and validate one extra table (kind detected from its header).

    Raises
    ------
    DataError
        For a header of no known kind, or listing every bad line with a fix.
    """
    table = read_csv_table(data, location, what="table")
    kind = detect_kind(table.columns)
    if kind is None:
        expected = "; ".join(f"{k}: {','.join(c)}" for k, c in KINDS.items())
        raise DataError(
            f"{location}: header {','.join(table.columns)} matches no table kind "
            f"(expected {expected})",
            fix="rename the columns as SOURCES.md shows",
        )
    if table.empty:
        raise DataError(f"{location} has a header but no rows", fix="export the table again")
    problems = Problems(location, layout="data-extra/SOURCES.md", bounded=False)
    if kind == "flows":
        frame = _flows(table, problems)
    elif kind == "snapshots":
        frame = _snapshots(table, problems)
    else:
        frame = _fundamentals(table, problems, kind)
    problems.raise_if_any()
    name = dataset or Path(location).stem
    stored_kind = "fundamentals" if kind == "production" else kind
    return ExtraTable(name, stored_kind, frame, location, hashlib.sha256(data).hexdigest())


def _header(data: bytes) -> list[str]:
    line = data.decode("utf-8-sig", errors="replace").split("\n", 1)[0]
    return [c.strip() for c in line.split(",")]


def read_extra_file(path: Path) -> list[ExtraTable]:
    """One extra table from a file, or [] when its header is not an extra table's."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise DataError(f"cannot read {path}: {exc.strerror}", fix="check the path") from None
    if detect_kind(_header(data)) is None:
        return []
    return [parse_extra(data, location=str(path.resolve()))]


def read_extra_dir(directory: Path, skip: Iterable[str] = ()) -> list[ExtraTable]:
    """Every extra table in a folder (CSV files not named in ``skip``), all validated first.

    A CSV whose header looks like an extra table (``year`` first, or a ``Total``,
    ``edition`` or ``metric`` column) but matches no kind is an error; other CSV
    files (price snapshots) are left to their own importer.
    """
    skipped = set(skip)
    tables: list[ExtraTable] = []
    errors: list[str] = []
    for path in sorted(directory.resolve().glob("*.csv")):
        if path.name in skipped:
            continue
        try:
            data = path.read_bytes()
            columns = _header(data)
            if detect_kind(columns) is None and not _looks_extra(columns):
                continue
            tables.append(parse_extra(data, location=str(path)))
        except DataError as exc:
            errors.append(exc.message)
        except OSError as exc:
            errors.append(f"cannot read {path}: {exc.strerror}")
    if errors:
        raise DataError("\n".join(errors), fix="correct the files listed (nothing was imported)")
    return tables
