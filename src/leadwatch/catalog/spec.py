"""What a series is, when it is observed, when it is known: :class:`SeriesSpec`.

Every series has a calendar, the local time of day its value is observed, and a
publication lag. :meth:`SeriesSpec.known_at` turns a series' date labels into the
UTC instant at which each value became public; :mod:`leadwatch.align` uses it to
build analysis frames without look-ahead.

Timing model
------------
``period_end``
    The date label itself for daily and weekly series (WALCL is dated on the
    Wednesday its week ends); the last calendar day of the month for monthly
    series (dated on the first of the month).
``observed``
    ``period_end + observed_day_offset`` at ``observed_time`` in ``observed_tz``.
    Bitcoin's day runs in UTC and its close is the price at 00:00 UTC the *next*
    day, hence ``observed_day_offset=1``.
``known``
    ``observed + release_lag``; when ``release_on_weekdays`` is set and that
    instant falls on a Saturday, Sunday or US federal holiday it rolls forward
    to the next US business day, same time (FRED/H.15 style releases).

Lags are deliberately conservative where the real release rule varies (the
H.10 dollar index is published weekly; M2 on the fourth Tuesday of the next
month): an analysis may then use a value a little later than it could have,
never earlier.

Examples
--------
>>> import pandas as pd
>>> from datetime import time
>>> spec = SeriesSpec(id="x", name="X", unit="USD", kind="price", calendar="24/7",
...                   observed_time=time(0, 0), observed_tz="UTC", observed_day_offset=1,
...                   instrument="spot", publisher="exchange")
>>> spec.known_at(pd.DatetimeIndex(["2024-03-01"]))[0]
Timestamp('2024-03-02 00:00:00+0000', tz='UTC')
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import time, timedelta
from types import MappingProxyType
from typing import Literal

import numpy as np
import numpy.typing as npt
import pandas as pd

__all__ = ["CALENDARS", "KINDS", "Calendar", "Kind", "SeriesSpec", "SnapshotSource", "StepScale"]

Calendar = Literal["24/7", "daily", "weekdays", "weekly", "monthly"]
Kind = Literal["price", "rate", "index", "level"]
StepScale = Literal["log", "abs"]

CALENDARS: Mapping[Calendar, str] = MappingProxyType(
    {
        "24/7": "traded every day of the week (crypto)",
        "daily": "published for every calendar day (weekends carry a value)",
        "weekdays": "business days of its own market (holidays missing)",
        "weekly": "one value per week, dated on the week's last day",
        "monthly": "one value per month, dated on the first of the month",
    }
)

KINDS: Mapping[Kind, str] = MappingProxyType(
    {
        "price": "a positive price, compared in logs",
        "rate": "a percentage that may be zero or negative, compared in differences",
        "index": "an index level",
        "level": "a quantity (money stock, balance sheet)",
    }
)

_UTC = "UTC"


@dataclass(frozen=True, slots=True)
class SnapshotSource:
    """Where a series lives in the CSV snapshot layout (see ``shared/data/SOURCES.md``).

    Parameters
    ----------
    file
        File name inside the snapshot folder.
    value_column
        Column holding the series' value.
    ohlcv
        Whether the file also carries ``open,high,low,close,volume`` columns
        (``volume`` may be absent) to store alongside the value.
    """

    file: str
    value_column: str
    ohlcv: bool = False


@dataclass(frozen=True, slots=True)
class SeriesSpec:
    """Everything leadwatch knows about one series.

    Parameters
    ----------
    id
        Short stable identifier used everywhere (``btc``, ``silver``...).
    name, unit
        Human-readable name and unit.
    kind
        ``price`` (positive, compared in logs), ``rate`` (a percentage that may be
        zero or negative, compared in differences), ``index`` or ``level``.
    calendar
        One of :data:`CALENDARS`.
    observed_time, observed_tz, observed_day_offset
        When on its date label the value is observed (see module docs).
    release_lag, release_on_weekdays
        Publication lag after observation (see module docs).
    instrument
        The exact instrument (an LBMA auction is not a COMEX future).
    publisher
        Who publishes the data.
    snapshot
        Where the CSV snapshot keeps it, if it does.
    providers
        Symbol or id of the series at each live provider.
    positive
        Values must be strictly positive (prices); zero or negative is an error.
    max_step
        Largest plausible one-observation move (log change for ``step_scale='log'``,
        absolute change for ``'abs'``). Isolated spikes beyond it, or level breaks
        beyond twice it, are flagged as suspect on import. ``None`` disables it
        (noisy indices such as daily EPU).
    step_scale
        Scale of ``max_step``.
    """

    id: str
    name: str
    unit: str
    kind: Kind
    calendar: Calendar
    observed_time: time
    observed_tz: str
    instrument: str
    publisher: str
    observed_day_offset: int = 0
    release_lag: timedelta = timedelta(0)
    release_on_weekdays: bool = False
    snapshot: SnapshotSource | None = None
    providers: Mapping[str, str] = field(default_factory=dict)
    positive: bool = True
    max_step: float | None = None
    step_scale: StepScale = "log"

    def period_end(self, dates: pd.DatetimeIndex) -> pd.DatetimeIndex:
        """Last calendar day of the period each date label stands for."""
        labels = pd.DatetimeIndex(dates).normalize()
        if labels.tz is not None:
            labels = labels.tz_localize(None)
        if self.calendar == "monthly":
            return labels + pd.offsets.MonthEnd(0)
        return labels

    def observed_at(self, dates: pd.DatetimeIndex) -> pd.DatetimeIndex:
        """UTC instant at which each value is observed (its 'close')."""
        local = (
            self.period_end(dates)
            + pd.Timedelta(days=self.observed_day_offset)
            + pd.Timedelta(
                hours=self.observed_time.hour,
                minutes=self.observed_time.minute,
                seconds=self.observed_time.second,
            )
        )
        localized = local.tz_localize(
            self.observed_tz, ambiguous="NaT", nonexistent="shift_forward"
        )
        return localized.tz_convert(_UTC)

    def known_at(self, dates: pd.DatetimeIndex) -> pd.DatetimeIndex:
        """UTC instant at which each value became public (observation + release lag)."""
        known = self.observed_at(dates) + pd.Timedelta(self.release_lag)
        if self.release_on_weekdays:
            local = known.tz_convert(self.observed_tz)
            day = local.normalize().tz_localize(None).to_numpy().astype("datetime64[D]")
            valid = ~np.isnat(day)
            rolled = day.copy()
            rolled[valid] = np.busday_offset(day[valid], 0, roll="forward", holidays=_us_holidays())
            shift = (rolled - day).astype("timedelta64[ns]")
            known = (local + pd.to_timedelta(shift)).tz_convert(_UTC)
        return known


@functools.cache
def _us_holidays() -> npt.NDArray[np.datetime64]:
    """US federal holidays (observed), the days FRED/H.15-style releases skip."""
    from pandas.tseries.holiday import USFederalHolidayCalendar

    days = USFederalHolidayCalendar().holidays(start="1900-01-01", end="2100-12-31")
    return np.asarray(days.to_numpy().astype("datetime64[D]"))
