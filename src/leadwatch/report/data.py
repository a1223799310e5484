"""What a report is made from: :class:`ReportData`, validated once on construction.

The report layer only renders. Whoever builds a :class:`ReportData` (the CLI, a
notebook, a test) has already read the store and computed prices and returns;
this module checks that the pieces fit together so that rendering cannot fail
half-way through with a ``KeyError``.

Examples
--------
>>> from leadwatch.report.sample import sample_report_data
>>> data = sample_report_data()
>>> data.series, data.correlation_window_weeks
(('silver', 'gold', 'btc'), 13)
>>> data.coverage.columns.tolist() == list(COVERAGE_COLUMNS)
True
>>> ReportData(data.as_of, data.coverage.drop(columns="checksum"), data.prices,
...            data.weekly_returns)
Traceback (most recent call last):
...
leadwatch.errors.DataError: coverage: missing column 'checksum'. Fix: ...
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

import numpy as np
import pandas as pd

from leadwatch.errors import DataError

__all__ = [
    "COVERAGE_COLUMNS",
    "DEFAULT_PAIRS",
    "DEFAULT_SERIES",
    "ReportData",
]

#: Columns of :attr:`ReportData.coverage`, one row per series.
COVERAGE_COLUMNS: tuple[str, ...] = (
    "id",
    "name",
    "unit",
    "instrument",
    "publisher",
    "rows",
    "first",
    "last",
    "source",
    "imported_at",
    "location",
    "checksum",
    "flagged",
)
DEFAULT_SERIES: tuple[str, ...] = ("silver", "gold", "btc")
DEFAULT_PAIRS: tuple[tuple[str, str], ...] = (
    ("silver", "btc"),
    ("gold", "btc"),
    ("silver", "gold"),
)

PriceScale = Literal["log", "linear"]


@dataclass(frozen=True, slots=True, eq=False)
class ReportData:
    """Everything the HTML report shows, checked for consistency on construction.

    Parameters
    ----------
    as_of
        Last date in the data; shown in the header. Nothing else in the report
        carries a time of its own, so equal inputs give byte-identical pages.
    coverage
        One row per series with the columns in :data:`COVERAGE_COLUMNS`: ``id``,
        ``name``, ``unit``, ``instrument``, ``publisher``, ``rows``, ``first``,
        ``last``, ``source``, ``imported_at``, ``location`` (file path or URL),
        ``checksum`` and ``flagged`` (count of suspect values). Every value is
        rendered as text, so any string is safe.
    prices
        Daily aligned prices: a sorted, unique ``DatetimeIndex`` and at least the
        columns in ``series``. ``NaN`` where a market was closed.
    weekly_returns
        Weekly log returns with at least the columns used in ``pairs``.
    correlation_window_weeks
        Rolling correlation window in weeks (13 weeks ~ 91 days ~ one quarter).
    title
        Page title.
    series
        Price columns drawn, rebased to 100, in the price chart.
    pairs
        Return column pairs drawn in the rolling correlation chart.
    price_scale
        Initial y axis of the price chart, ``"log"`` or ``"linear"`` (the page
        has buttons to switch).

    Notes
    -----
    ``eq=False``: DataFrames have no single truth value, so two ``ReportData``
    compare by identity.
    """

    as_of: pd.Timestamp
    coverage: pd.DataFrame
    prices: pd.DataFrame
    weekly_returns: pd.DataFrame
    correlation_window_weeks: int = 13
    title: str = "leadwatch report"
    series: tuple[str, ...] = DEFAULT_SERIES
    pairs: tuple[tuple[str, str], ...] = DEFAULT_PAIRS
    price_scale: PriceScale = "log"

    def __post_init__(self) -> None:
        as_of = _check_as_of(self.as_of)
        object.__setattr__(self, "as_of", as_of)
        _check_frame("coverage", self.coverage)
        _require_columns("coverage", self.coverage, COVERAGE_COLUMNS)
        _check_frame("prices", self.prices, dated=True)
        _check_frame("weekly_returns", self.weekly_returns, dated=True)
        _check_options(self)
        _require_columns("prices", self.prices, self.series)
        pair_columns = tuple(dict.fromkeys(c for pair in self.pairs for c in pair))
        _require_columns("weekly_returns", self.weekly_returns, pair_columns)
        _check_prices(self.prices, self.series)
        for column in pair_columns:
            _check_numeric("weekly_returns", self.weekly_returns[column])

    @property
    def common_start(self) -> pd.Timestamp:
        """First date on which every column in ``series`` has a price.

        Examples
        --------
        >>> from leadwatch.report.sample import sample_report_data
        >>> sample_report_data().common_start
        Timestamp('2020-01-02 00:00:00')
        """
        return _common_start(self.prices, self.series)


def _check_as_of(value: object) -> pd.Timestamp:
    try:
        as_of = pd.Timestamp(value)  # type: ignore[arg-type]
    except (TypeError, ValueError) as exc:
        raise DataError(
            f"as_of: {value!r} is not a date", fix="pass the last date in the data as pd.Timestamp"
        ) from exc
    if pd.isna(as_of):
        raise DataError("as_of is missing (NaT)", fix="pass the last date in the data")
    return as_of


def _check_frame(name: str, frame: object, *, dated: bool = False) -> None:
    if not isinstance(frame, pd.DataFrame):
        raise DataError(
            f"{name} must be a pandas DataFrame, got {type(frame).__name__}",
            fix=f"build {name} as a DataFrame",
        )
    if not frame.columns.is_unique:
        dup = sorted({str(c) for c in frame.columns[frame.columns.duplicated()]})
        raise DataError(
            f"{name}: duplicated column(s) {', '.join(map(repr, dup))}",
            fix="give every column a unique name",
        )
    if dated:
        index = frame.index
        if not isinstance(index, pd.DatetimeIndex):
            raise DataError(
                f"{name}: the index must be dates (a DatetimeIndex), got {type(index).__name__}",
                fix=f"set the date column as index: {name}.set_index('date')",
            )
        if not (index.is_monotonic_increasing and index.is_unique):
            raise DataError(
                f"{name}: dates must be sorted and unique",
                fix=f"call {name}.sort_index() and drop duplicated dates",
            )


def _require_columns(name: str, frame: pd.DataFrame, required: tuple[str, ...]) -> None:
    missing = [c for c in required if c not in frame.columns]
    if missing:
        plural = "s" if len(missing) > 1 else ""
        have = ", ".join(map(str, frame.columns)) or "none"
        raise DataError(
            f"{name}: missing column{plural} {', '.join(map(repr, missing))}",
            fix=f"{name} needs the columns {', '.join(required)} (it has: {have})",
        )


def _check_options(data: ReportData) -> None:
    window = data.correlation_window_weeks
    if isinstance(window, bool) or not isinstance(window, int | np.integer) or window < 3:
        raise DataError(
            f"correlation_window_weeks={window!r} is not an integer >= 3",
            fix="use e.g. 13 (about 90 days)",
        )
    if not isinstance(data.title, str):
        raise DataError(f"title must be a string, got {type(data.title).__name__}", fix="pass str")
    if data.price_scale not in ("log", "linear"):
        raise DataError(
            f"price_scale={data.price_scale!r} is not 'log' or 'linear'",
            fix="pass price_scale='log' or price_scale='linear'",
        )
    if isinstance(data.series, str) or not data.series:
        raise DataError(
            f"series must be a non-empty tuple of price columns, got {data.series!r}",
            fix=f"pass e.g. series={DEFAULT_SERIES!r}",
        )
    bad = [p for p in data.pairs if isinstance(p, str) or len(p) != 2 or p[0] == p[1]]
    if isinstance(data.pairs, str) or not data.pairs or bad:
        raise DataError(
            f"pairs must be a non-empty tuple of (first, second) column pairs, got {data.pairs!r}",
            fix=f"pass e.g. pairs={DEFAULT_PAIRS[:1]!r}",
        )


def _check_numeric(name: str, column: pd.Series) -> None:
    if not pd.api.types.is_numeric_dtype(column) or pd.api.types.is_bool_dtype(column):
        raise DataError(
            f"{name}: column {column.name!r} is not numeric (dtype {column.dtype})",
            fix="convert it with pd.to_numeric",
        )


def _check_prices(prices: pd.DataFrame, series: tuple[str, ...]) -> None:
    for column in series:
        _check_numeric("prices", prices[column])
        values = prices[column].to_numpy(dtype=np.float64, na_value=np.nan)
        if (values[~np.isnan(values)] <= 0).any() or np.isinf(values).any():
            raise DataError(
                f"prices: column {column!r} holds a zero, negative or infinite price",
                fix="fix or drop those rows; prices are rebased and drawn on a log scale",
            )
    _common_start(prices, series)


def _common_start(prices: pd.DataFrame, series: tuple[str, ...]) -> pd.Timestamp:
    complete = prices[list(series)].notna().all(axis=1)
    if not complete.any():
        raise DataError(
            f"prices: no date on which {', '.join(series)} all have a price",
            fix="check that the series overlap in time",
        )
    return pd.Timestamp(complete.idxmax())  # type: ignore[arg-type]
