"""The series leadwatch knows: what each one is, when it is observed, when it is known.

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
>>> from leadwatch.catalog import get_series
>>> btc = get_series("btc")
>>> btc.known_at(pd.DatetimeIndex(["2024-03-01"]))[0]
Timestamp('2024-03-02 00:00:00+0000', tz='UTC')
>>> get_series("silver").known_at(pd.DatetimeIndex(["2024-03-01"]))[0]
Timestamp('2024-03-01 13:00:00+0000', tz='UTC')
>>> get_series("m2").known_at(pd.DatetimeIndex(["2024-05-01"]))[0]  # May, out late June
Timestamp('2024-06-28 17:00:00+0000', tz='UTC')
>>> get_series("yield_10y").known_at(pd.DatetimeIndex(["2024-05-24"]))[0]  # Memorial Day
Timestamp('2024-05-28 19:30:00+0000', tz='UTC')
"""

from __future__ import annotations

import difflib
import functools
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, time, timedelta
from types import MappingProxyType
from typing import Literal

import numpy as np
import numpy.typing as npt
import pandas as pd

from leadwatch.errors import UnknownSeriesError

__all__ = [
    "CALENDARS",
    "CATALOG",
    "Calendar",
    "SeriesSpec",
    "SnapshotSource",
    "get_series",
    "liquid_start",
    "series_ids",
    "snapshot_layout",
]

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

_NY = "America/New_York"
_LONDON = "Europe/London"
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


def _spec(**kwargs: object) -> SeriesSpec:
    return SeriesSpec(**kwargs)  # type: ignore[arg-type]


def _ohlcv(file: str) -> SnapshotSource:
    return SnapshotSource(file=file, value_column="close", ohlcv=True)


def _col(file: str, column: str) -> SnapshotSource:
    return SnapshotSource(file=file, value_column=column)


_H15 = {"release_lag": timedelta(days=1), "release_on_weekdays": True}

# fmt: off
_SPECS: tuple[SeriesSpec, ...] = (
    _spec(id="btc", name="Bitcoin", unit="USD", kind="price", calendar="24/7",
          observed_time=time(0, 0), observed_tz=_UTC, observed_day_offset=1,
          instrument="BTC-USD spot, UTC day close (price at 00:00 UTC next day)",
          publisher="Coin Metrics (to 2014-09-16), Yahoo Finance (CoinMarketCap)",
          snapshot=_ohlcv("btc_usd.csv"),
          providers={"yahoo": "BTC-USD", "coinbase": "BTC-USD"}, max_step=0.5,
          liquid_from=date(2013, 1, 1)),
    _spec(id="eth", name="Ethereum", unit="USD", kind="price", calendar="24/7",
          observed_time=time(0, 0), observed_tz=_UTC, observed_day_offset=1,
          instrument="ETH-USD spot, UTC day close",
          publisher="Coinbase, Yahoo Finance",
          snapshot=_ohlcv("eth_usd.csv"),
          providers={"yahoo": "ETH-USD", "coinbase": "ETH-USD"}, max_step=0.6,
          liquid_from=date(2016, 1, 1)),
    _spec(id="silver", name="Silver (LBMA)", unit="USD/oz", kind="price", calendar="weekdays",
          observed_time=time(12, 0), observed_tz=_LONDON, release_lag=timedelta(hours=1),
          instrument="LBMA Silver Price, London midday auction",
          publisher="LBMA / ICE Benchmark Administration",
          snapshot=_col("silver_usd.csv", "silver_usd"),
          providers={"yahoo": "SI=F"}, max_step=0.3),
    _spec(id="gold", name="Gold (LBMA PM)", unit="USD/oz", kind="price", calendar="weekdays",
          observed_time=time(15, 0), observed_tz=_LONDON, release_lag=timedelta(hours=1),
          instrument="LBMA Gold Price PM, London 15:00 auction",
          publisher="LBMA / ICE Benchmark Administration",
          snapshot=_col("gold_usd.csv", "gold_usd"),
          providers={"yahoo": "GC=F"}, max_step=0.2),
    _spec(id="silver_fut", name="Silver futures (COMEX front month)", unit="USD/oz",
          kind="price", calendar="weekdays", observed_time=time(17, 0), observed_tz=_NY,
          instrument="COMEX SI=F continuous front month (rolls cause jumps)",
          publisher="Yahoo Finance (CME Group data)",
          snapshot=_ohlcv("silver_futures_sif.csv"), providers={"yahoo": "SI=F"}, max_step=0.3),
    _spec(id="gold_fut", name="Gold futures (COMEX front month)", unit="USD/oz",
          kind="price", calendar="weekdays", observed_time=time(17, 0), observed_tz=_NY,
          instrument="COMEX GC=F continuous front month (rolls cause jumps)",
          publisher="Yahoo Finance (CME Group data)",
          snapshot=_ohlcv("gold_futures_gcf.csv"), providers={"yahoo": "GC=F"}, max_step=0.2),
    _spec(id="gold_monthly", name="Gold, monthly average", unit="USD/oz", kind="price",
          calendar="monthly", observed_time=time(12, 0), observed_tz=_NY,
          release_lag=timedelta(days=3), release_on_weekdays=True,
          instrument="Monthly average gold price",
          publisher="World Bank Pink Sheet (1960+), T. Green (before 1960)",
          snapshot=_col("gold_usd_monthly.csv", "gold_usd_monthly_avg"), max_step=0.5),
    _spec(id="dxy", name="US Dollar Index (ICE DXY)", unit="index (Mar 1973=100)", kind="index",
          calendar="weekdays", observed_time=time(17, 0), observed_tz=_NY,
          instrument="ICE US Dollar Index DX-Y.NYB",
          publisher="ICE Data via Yahoo Finance",
          snapshot=SnapshotSource(file="dxy.csv", value_column="close", ohlcv=True),
          providers={"yahoo": "DX-Y.NYB"}, max_step=0.05),
    _spec(id="usd_broad", name="Nominal Broad US Dollar Index", unit="index (Jan 2006=100)",
          kind="index", calendar="weekdays", observed_time=time(12, 0), observed_tz=_NY,
          release_lag=timedelta(days=7, hours=4, minutes=15), release_on_weekdays=True,
          instrument="Fed H.10 broad trade-weighted dollar (noon NY rates, published weekly)",
          publisher="Federal Reserve Board H.10 via FRED",
          snapshot=_col("dtwexbgs.csv", "dtwexbgs"), providers={"fred": "DTWEXBGS"},
          max_step=0.05),
    _spec(id="real_yield_10y", name="10-year TIPS real yield", unit="%", kind="rate",
          calendar="weekdays", observed_time=time(15, 30), observed_tz=_NY, **_H15,
          instrument="10-year TIPS constant maturity (DFII10)",
          publisher="US Treasury / Federal Reserve Board H.15 via FRED",
          snapshot=_col("dfii10.csv", "dfii10"), providers={"fred": "DFII10"},
          positive=False, max_step=0.75, step_scale="abs"),
    _spec(id="yield_10y", name="10-year Treasury yield", unit="%", kind="rate",
          calendar="weekdays", observed_time=time(15, 30), observed_tz=_NY, **_H15,
          instrument="10-year Treasury constant maturity (DGS10)",
          publisher="Federal Reserve Board H.15 via FRED",
          snapshot=_col("dgs10.csv", "dgs10"), providers={"fred": "DGS10"},
          positive=False, max_step=0.75, step_scale="abs"),
    _spec(id="breakeven_10y", name="10-year breakeven inflation", unit="%", kind="rate",
          calendar="weekdays", observed_time=time(15, 30), observed_tz=_NY, **_H15,
          instrument="10-year breakeven inflation (T10YIE = DGS10 - DFII10)",
          publisher="FRED (FRB St. Louis)",
          snapshot=_col("t10yie.csv", "t10yie"), providers={"fred": "T10YIE"},
          positive=False, max_step=0.75, step_scale="abs"),
    _spec(id="fed_funds", name="Effective fed funds rate", unit="%", kind="rate",
          calendar="daily", observed_time=time(9, 0), observed_tz=_NY, **_H15,
          instrument="Effective federal funds rate, daily (DFF)",
          publisher="Federal Reserve Bank of New York via FRED",
          snapshot=_col("dff.csv", "dff"), providers={"fred": "DFF"},
          positive=False, max_step=4.0, step_scale="abs"),
    _spec(id="fed_funds_monthly", name="Effective fed funds rate, monthly average", unit="%",
          kind="rate", calendar="monthly", observed_time=time(16, 0), observed_tz=_NY,
          release_lag=timedelta(days=1), release_on_weekdays=True,
          instrument="Effective federal funds rate, monthly average (FEDFUNDS)",
          publisher="Federal Reserve Bank of New York via FRED",
          snapshot=_col("fedfunds.csv", "fedfunds"), providers={"fred": "FEDFUNDS"},
          positive=False, max_step=4.0, step_scale="abs"),
    _spec(id="fed_assets", name="Fed total assets", unit="USD millions", kind="level",
          calendar="weekly", observed_time=time(16, 30), observed_tz=_NY,
          release_lag=timedelta(days=1),
          instrument="Fed balance sheet total assets, week ending Wednesday (WALCL)",
          publisher="Federal Reserve Board H.4.1 via FRED",
          snapshot=_col("walcl.csv", "walcl"), providers={"fred": "WALCL"}, max_step=0.3),
    _spec(id="m2", name="M2 money stock (SA)", unit="USD billions", kind="level",
          calendar="monthly", observed_time=time(13, 0), observed_tz=_NY,
          release_lag=timedelta(days=28), release_on_weekdays=True,
          instrument="M2 money stock, seasonally adjusted (M2SL), revised vintage",
          publisher="Federal Reserve Board H.6 via FRED",
          snapshot=_col("m2sl.csv", "m2sl"), providers={"fred": "M2SL"}, max_step=0.1),
    _spec(id="vix", name="Cboe VIX", unit="index points", kind="index", calendar="weekdays",
          observed_time=time(16, 15), observed_tz=_NY,
          instrument="Cboe Volatility Index close (VIXCLS)",
          publisher="Cboe via FRED",
          snapshot=_col("vix.csv", "vix"), providers={"fred": "VIXCLS", "yahoo": "^VIX"},
          max_step=0.9),
    _spec(id="spx", name="S&P 500", unit="index points", kind="index", calendar="weekdays",
          observed_time=time(16, 0), observed_tz=_NY,
          instrument="S&P 500 index close",
          publisher="S&P Dow Jones Indices (Yahoo ^GSPC to 2016-07-22, FRED SP500 after)",
          snapshot=_col("sp500.csv", "close"), providers={"yahoo": "^GSPC", "fred": "SP500"},
          max_step=0.3),
    _spec(id="gpr", name="Geopolitical Risk index, daily", unit="index", kind="index",
          calendar="daily", observed_time=time(23, 59), observed_tz=_NY,
          release_lag=timedelta(days=7),
          instrument="Caldara-Iacoviello daily GPR (GPRD), recent vintage",
          publisher="Caldara & Iacoviello", snapshot=_col("gpr_daily.csv", "gprd"),
          positive=False),
    _spec(id="gpr_acts", name="Geopolitical Risk, acts (daily)", unit="index", kind="index",
          calendar="daily", observed_time=time(23, 59), observed_tz=_NY,
          release_lag=timedelta(days=7), instrument="Caldara-Iacoviello daily GPR acts",
          publisher="Caldara & Iacoviello", snapshot=_col("gpr_daily.csv", "gprd_act"),
          positive=False),
    _spec(id="gpr_threats", name="Geopolitical Risk, threats (daily)", unit="index",
          kind="index", calendar="daily", observed_time=time(23, 59), observed_tz=_NY,
          release_lag=timedelta(days=7), instrument="Caldara-Iacoviello daily GPR threats",
          publisher="Caldara & Iacoviello", snapshot=_col("gpr_daily.csv", "gprd_threat"),
          positive=False),
    _spec(id="gpr_monthly", name="Geopolitical Risk index, monthly", unit="index (1985-2019=100)",
          kind="index", calendar="monthly", observed_time=time(12, 0), observed_tz=_NY,
          release_lag=timedelta(days=7), instrument="Caldara-Iacoviello monthly GPR",
          publisher="Caldara & Iacoviello", snapshot=_col("gpr_monthly.csv", "gpr")),
    _spec(id="epu", name="US Economic Policy Uncertainty, daily", unit="index", kind="index",
          calendar="daily", observed_time=time(23, 59), observed_tz=_NY,
          release_lag=timedelta(days=1),
          instrument="Baker-Bloom-Davis daily news-based EPU (noisy: average 7-30 days)",
          publisher="policyuncertainty.com", snapshot=_col("epu_daily.csv", "epu_daily"),
          providers={"fred": "USEPUINDXD"}),
)
# fmt: on

CATALOG: Mapping[str, SeriesSpec] = MappingProxyType({spec.id: spec for spec in _SPECS})


def liquid_start(*ids: str) -> pd.Timestamp | None:
    """Latest ``liquid_from`` among the catalog series ``ids`` (ids not in the catalog ignored).

    Examples
    --------
    >>> liquid_start("silver", "btc")
    Timestamp('2013-01-01 00:00:00')
    >>> liquid_start("silver") is None
    True
    """
    dates = [CATALOG[i].liquid_from for i in ids if i in CATALOG]
    known = [pd.Timestamp(d) for d in dates if d is not None]
    return max(known) if known else None


def series_ids() -> list[str]:
    """All catalog ids, in catalog order."""
    return list(CATALOG)


def get_series(series_id: str) -> SeriesSpec:
    """Look a series up by id, with a suggestion when the id is unknown.

    Examples
    --------
    >>> get_series("gold").unit
    'USD/oz'
    >>> get_series("slver")
    Traceback (most recent call last):
    ...
    leadwatch.errors.UnknownSeriesError: unknown series 'slver'. Fix: did you mean 'silver'? ...
    """
    try:
        return CATALOG[series_id]
    except KeyError:
        close = difflib.get_close_matches(series_id, list(CATALOG), n=1)
        hint = f"did you mean '{close[0]}'? " if close else ""
        raise UnknownSeriesError(
            f"unknown series '{series_id}'",
            fix=f"{hint}known series: {', '.join(CATALOG)}",
        ) from None


def snapshot_layout(ids: Iterable[str] | None = None) -> dict[str, list[SeriesSpec]]:
    """Snapshot file name -> the series read from it (for the given ids, default all)."""
    wanted = [get_series(i) for i in ids] if ids is not None else list(CATALOG.values())
    layout: dict[str, list[SeriesSpec]] = {}
    for spec in wanted:
        if spec.snapshot is not None:
            layout.setdefault(spec.snapshot.file, []).append(spec)
    return layout
