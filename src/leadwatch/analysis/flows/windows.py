"""Flows summed over windows: trading-day windows, calendar months, year to date.

Flows are amounts (US$ millions a day), never prices: they are summed, never turned
into returns. A day absent from the series is a day without trading, not a zero flow,
so a window of ``n`` trading days is the last ``n`` rows present.

Examples
--------
>>> import pandas as pd
>>> days = pd.bdate_range("2025-12-01", "2026-01-09")
>>> flows = pd.Series([-100.0] * 23 + [50.0] * 6, index=days[:29])
>>> m = monthly(flows, as_of="2026-01-09")
>>> m[["month", "net", "days", "complete"]].to_dict("records")[-1]
{'month': '2026-01', 'net': 300.0, 'days': 6, 'complete': False}
>>> year_to_date(flows, "2026-01-09").net
300.0
>>> float(rolling_net(flows, 20).iloc[-1])
-1100.0
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pandas as pd

from leadwatch.errors import DataError

__all__ = ["PeriodFlow", "monthly", "period_net", "rolling_net", "year_to_date"]


def _clean(flows: pd.Series) -> pd.Series:
    if not isinstance(flows.index, pd.DatetimeIndex):
        raise DataError("flows need a DatetimeIndex", fix="index the flows by trading day")
    return flows.dropna().sort_index()


def rolling_net(flows: pd.Series, window: int = 20) -> pd.Series:
    """Net flow over the last ``window`` trading days present (NaN until that many exist)."""
    if int(window) < 1:
        raise DataError(f"window={window} must be at least 1", fix="use e.g. 20 trading days")
    return _clean(flows).rolling(int(window), min_periods=int(window)).sum()


@dataclass(frozen=True, slots=True)
class PeriodFlow:
    """Net flow over ``start..end`` as known at ``as_of`` (``days`` trading days seen)."""

    label: str
    start: pd.Timestamp
    end: pd.Timestamp
    as_of: pd.Timestamp
    net: float
    days: int
    first: pd.Timestamp | None
    last: pd.Timestamp | None

    @property
    def complete(self) -> bool:
        """Whether the period had ended by ``as_of`` (else: to date)."""
        return self.as_of >= self.end

    def describe(self, unit: str = "US$ m") -> str:
        """``December 2025: -1,092.3 US$ m over 22 trading days``."""
        if not self.days:
            return f"{self.label}: no trading day by {self.as_of.date()}"
        to_date = "" if self.complete else f" to {self.as_of.date()}"
        return f"{self.label}{to_date}: {self.net:+,.1f} {unit} over {self.days} trading days"

    def to_dict(self) -> dict[str, Any]:
        """JSON-safe form."""
        return {
            "period": self.label,
            "start": self.start.date().isoformat(),
            "end": self.end.date().isoformat(),
            "as_of": self.as_of.date().isoformat(),
            "net": self.net,
            "days": self.days,
            "complete": self.complete,
        }


def period_net(flows: pd.Series, start: Any, end: Any, as_of: Any, label: str) -> PeriodFlow:
    """Net flow over calendar days ``start..end``, using only days up to ``as_of``."""
    s = _clean(flows)
    a, b, known = pd.Timestamp(start), pd.Timestamp(end), pd.Timestamp(as_of)
    part = s.loc[a : min(b, known)]
    first = pd.Timestamp(part.index[0]) if len(part) else None
    last = pd.Timestamp(part.index[-1]) if len(part) else None
    return PeriodFlow(label, a, b, known, float(part.sum()), len(part), first, last)


def monthly(flows: pd.Series, as_of: Any = None) -> pd.DataFrame:
    """One row per calendar month: ``month, net, days, complete`` (to ``as_of``)."""
    s = _clean(flows)
    if as_of is not None:
        s = s.loc[: pd.Timestamp(as_of)]
    if s.empty:
        return pd.DataFrame(columns=["month", "net", "days", "complete"])
    known = pd.Timestamp(as_of) if as_of is not None else s.index[-1]
    index = pd.DatetimeIndex(s.index)
    groups = s.groupby(index.to_period("M"))
    frame = pd.DataFrame({"net": groups.sum(), "days": groups.size()})
    ends = pd.PeriodIndex(frame.index).to_timestamp(how="end").normalize()
    frame["complete"] = ends <= known
    frame.insert(0, "month", frame.index.astype(str))
    return frame.reset_index(drop=True)


def year_to_date(flows: pd.Series, as_of: Any) -> PeriodFlow:
    """Net flow from 1 January of ``as_of``'s year to ``as_of``."""
    day = pd.Timestamp(as_of)
    return period_net(flows, f"{day.year}-01-01", f"{day.year}-12-31", day, f"{day.year}")
