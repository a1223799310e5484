"""Release days rolled past US holidays: the calendar is built only for the years in use."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from pandas.tseries.holiday import USFederalHolidayCalendar

from leadwatch.catalog import get_series


@pytest.mark.parametrize("series", ["usd_broad", "gold_monthly"])
def test_known_at_equals_the_roll_over_the_whole_1900_2100_calendar(series: str) -> None:
    spec = get_series(series)
    assert spec.release_on_weekdays
    dates = pd.DatetimeIndex(
        ["1999-12-30", "2003-07-03", "2016-11-23", "2023-12-29", "2024-12-31", "2025-12-24"]
    ).append(pd.date_range("2019-12-20", "2020-01-10"))
    known = spec.known_at(dates)
    # the reference: the same roll against every holiday 1900-2100 (the former calendar)
    base = spec.observed_at(dates) + pd.Timedelta(spec.release_lag)
    local = base.tz_convert(spec.observed_tz)
    day = local.normalize().tz_localize(None).to_numpy().astype("datetime64[D]")
    every = USFederalHolidayCalendar().holidays(start="1900-01-01", end="2100-12-31")
    holidays = every.to_numpy().astype("datetime64[D]")
    rolled = np.busday_offset(day, 0, roll="forward", holidays=holidays)
    shift = pd.to_timedelta((rolled - day).astype("timedelta64[ns]"))
    assert (known == (local + shift).tz_convert("UTC")).all()
    assert (known.tz_convert(spec.observed_tz).day_of_week < 5).all()
    assert (known > base).any()  # some dates did roll (weekends, New Year, Christmas)


def test_known_at_outside_the_calendar_years_and_with_missing_dates() -> None:
    spec = get_series("usd_broad")
    dates = pd.DatetimeIndex(["1850-03-06", None, "2024-03-06"])
    known = spec.known_at(dates)
    assert pd.isna(known[1])
    assert known[0].tz_convert(spec.observed_tz).day_of_week < 5
    assert known[2].tz_convert(spec.observed_tz).day_of_week < 5
