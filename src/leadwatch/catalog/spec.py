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
from datetime import date, time, timedelta
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
    liquid_from
        First date from which the series is a liquid market price (``None``:
        throughout the data, or not a market price). Before it the prints come
        from a thin market, and the lead-lag battery starts there by default
        (earlier history still defines all-time highs) and checks the verdict on
        the sample from it. Bitcoin: 2013-01-01. In 2010-2012 it traded almost
        only on Mt. Gox, at prices under $15 on daily dollar volumes in the
        hundreds of thousands, with multi-day gaps in the early Coin Metrics
        reference rate; from 2013 several exchanges (Bitstamp, BTC-e, Coinbase
        from 2012-10) quoted it and daily volume ran in the tens of millions.
        Ethereum: 2016-01-01 (launched 2015-07-30, exchange trading from
        2015-08-07; its first months were a few exchanges' thin books).
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
    liquid_from: date | None = None

    @property
    def max_age(self) -> pd.Timedelta:
        """Oldest a value may be (from its period's end) before it counts as stale.

        The release lag, plus the longest normal gap between observations of
        its calendar (a weekday series skips long weekends; a monthly one a
        month), plus three days' slack. Older data mean a missed release or a
        stopped feed: a condition on them is unknown, not true.

        Examples
        --------
        >>> from leadwatch.catalog import get_series
        >>> get_series("gpr").max_age
        Timedelta('11 days 00:00:00')
        >>> get_series("m2").max_age
        Timedelta('62 days 00:00:00')
        """
        gap = {"24/7": 1, "daily": 1, "weekdays": 4, "weekly": 7, "monthly": 31}[self.calendar]
        return pd.Timedelta(self.release_lag).ceil("D") + pd.Timedelta(days=gap + 3)

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
            if valid.any():
                years = day[valid].astype("datetime64[Y]").astype(int) + 1970
                holidays = _us_holidays(int(years.min()), int(years.max()))
                rolled[valid] = np.busday_offset(day[valid], 0, roll="forward", holidays=holidays)
            shift = (rolled - day).astype("timedelta64[ns]")
            known = (local + pd.to_timedelta(shift)).tz_convert(_UTC)
        return known


@functools.cache
def _us_holidays(first_year: int, last_year: int) -> npt.NDArray[np.datetime64]:
    """US federal holidays (observed), the days FRED/H.15-style releases skip.

    From ``first_year`` through the year after ``last_year`` (a roll forward can
    cross New Year), within 1900-2100: only the years in use, as the calendar
    costs ~0.4 ms a year (all 201 years were 0.08 s of every command).
    """
    from pandas.tseries.holiday import USFederalHolidayCalendar

    first, last = max(first_year, 1900), min(last_year + 1, 2100)
    if first > last:
        return np.array([], dtype="datetime64[D]")
    days = USFederalHolidayCalendar().holidays(start=f"{first}-01-01", end=f"{last}-12-31")
    return np.asarray(days.to_numpy().astype("datetime64[D]"))
