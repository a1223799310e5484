"""The unit of data handed from a provider to the store.

Providers parse what they fetch into :class:`SeriesBatch` objects; the store
writes them. Keeping this type in its own module lets ``providers/`` and
``store.py`` agree on a shape without importing each other.

Examples
--------
>>> import pandas as pd
>>> frame = pd.DataFrame({"date": pd.to_datetime(["2024-01-02", "2024-01-03"]),
...                       "value": [1.0, 2.0]})
>>> batch = SeriesBatch.from_values("silver", frame, provider="csv_snapshot",
...                                 location="silver_usd.csv", checksum="abc")
>>> batch.frame.columns.tolist()
['date', 'value', 'open', 'high', 'low', 'close', 'volume', 'source', 'flag', 'line']
>>> batch.first_date, batch.last_date
(Timestamp('2024-01-02 00:00:00'), Timestamp('2024-01-03 00:00:00'))
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from leadwatch.catalog import SeriesSpec

__all__ = [
    "BATCH_COLUMNS",
    "PRICE_COLUMNS",
    "SeriesBatch",
    "SuspectValue",
    "find_suspects",
    "flag_suspects",
]

PRICE_COLUMNS: tuple[str, ...] = ("open", "high", "low", "close", "volume")
BATCH_COLUMNS: tuple[str, ...] = ("date", "value", *PRICE_COLUMNS, "source", "flag", "line")


@dataclass(frozen=True, slots=True)
class SuspectValue:
    """A value kept but flagged on import (e.g. an isolated spike).

    Parameters
    ----------
    series_id, date, value
        The flagged observation.
    line
        Line in the input file (1 = header), or 0 when not from a file.
    reason
        Why it is suspect, in words.
    """

    series_id: str
    date: pd.Timestamp
    value: float
    line: int
    reason: str


@dataclass(frozen=True, slots=True)
class SeriesBatch:
    """Validated observations of one series from one input.

    Parameters
    ----------
    series_id
        Catalog id.
    frame
        Columns :data:`BATCH_COLUMNS`: ``date`` (naive midnight), ``value``
        (float, never NaN), OHLCV floats (NaN when absent), ``source`` (str or
        None), ``flag`` (None or the suspect reason), ``line`` (input line).
    provider
        Provider name (``csv_snapshot``, ``yahoo``...).
    location
        File path or URL the data came from (never containing a secret).
    checksum
        SHA-256 of the input bytes.
    rows_blank
        Input rows skipped because the value was blank (missing by convention).
    suspects
        Values flagged as suspect (kept, with ``flag`` set).
    """

    series_id: str
    frame: pd.DataFrame
    provider: str
    location: str
    checksum: str
    rows_blank: int = 0
    suspects: tuple[SuspectValue, ...] = ()

    @classmethod
    def from_values(
        cls,
        series_id: str,
        frame: pd.DataFrame,
        *,
        provider: str,
        location: str,
        checksum: str,
        rows_blank: int = 0,
        suspects: tuple[SuspectValue, ...] = (),
    ) -> SeriesBatch:
        """Build a batch, adding any missing optional column."""
        full = frame.copy()
        for column in BATCH_COLUMNS:
            if column not in full.columns:
                full[column] = None if column in ("source", "flag") else float("nan")
        if full["line"].isna().all():
            full["line"] = 0
        full = full.loc[:, list(BATCH_COLUMNS)].reset_index(drop=True)
        return cls(series_id, full, provider, location, checksum, rows_blank, suspects)

    @property
    def rows(self) -> int:
        """Number of observations."""
        return len(self.frame)

    @property
    def first_date(self) -> pd.Timestamp | None:
        """Earliest date, or None when empty."""
        return pd.Timestamp(self.frame["date"].min()) if self.rows else None

    @property
    def last_date(self) -> pd.Timestamp | None:
        """Latest date, or None when empty."""
        return pd.Timestamp(self.frame["date"].max()) if self.rows else None


def find_suspects(spec: SeriesSpec, frame: pd.DataFrame) -> list[SuspectValue]:
    """Isolated spikes beyond ``spec.max_step`` and level breaks beyond twice it.

    ``frame`` has ``date``, ``value`` and (optionally) ``line``, sorted by date.
    A spike moves beyond the limit and comes back (the two steps have opposite
    signs and similar sizes); a level break moves beyond twice the limit and
    stays. Both are plausible data errors (a misplaced decimal, a bad fix) but
    may be real, so they are flagged for a person to check, never dropped.

    Examples
    --------
    >>> from leadwatch.catalog import get_series
    >>> frame = pd.DataFrame({"date": pd.bdate_range("1983-02-02", periods=4),
    ...                       "value": [14.36, 14.15, 7.54, 13.69]})
    >>> [(f"{s.date:%Y-%m-%d}", s.value) for s in find_suspects(get_series("silver"), frame)]
    [('1983-02-04', 7.54)]
    """
    if spec.max_step is None or len(frame) < 2:
        return []
    values = frame["value"].to_numpy(dtype=float)
    if spec.step_scale == "log":
        if (values <= 0).any():
            return []
        level = np.log(values)
    else:
        level = values
    step = np.diff(level)
    limit = spec.max_step
    into = np.concatenate([[0.0], step])
    out_of = np.concatenate([step, [0.0]])
    spike = (np.abs(into) > limit) & (np.abs(out_of) > limit) & (np.sign(into) != np.sign(out_of))
    spike &= np.minimum(np.abs(into), np.abs(out_of)) > 0.5 * np.maximum(
        np.abs(into), np.abs(out_of)
    )
    brk = (np.abs(into) > 2 * limit) & ~spike & ~np.roll(spike, 1)
    found: list[SuspectValue] = []
    unit = "log change" if spec.step_scale == "log" else "change"
    for position in np.flatnonzero(spike | brk):
        row = frame.iloc[position]
        reason = (
            f"isolated spike: {unit} {into[position]:+.3f} then {out_of[position]:+.3f} "
            f"(limit {limit:g})"
            if spike[position]
            else f"level break: {unit} {into[position]:+.3f} (limit {2 * limit:g})"
        )
        found.append(
            SuspectValue(
                spec.id,
                pd.Timestamp(row["date"]),
                float(row["value"]),
                int(row["line"]) if "line" in frame.columns else 0,
                reason,
            )
        )
    return found


def flag_suspects(frame: pd.DataFrame, suspects: list[SuspectValue]) -> pd.DataFrame:
    """Copy of ``frame`` with a ``flag`` column: the suspect reason, or None."""
    reasons = {pd.Timestamp(s.date): s.reason for s in suspects}
    flagged = frame.copy()
    flags = [reasons.get(pd.Timestamp(day)) for day in flagged["date"]]
    flagged["flag"] = pd.Series(flags, index=flagged.index, dtype=object)
    return flagged
