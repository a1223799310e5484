"""Tests for leadwatch.align: as-of-known alignment without look-ahead.

Every unit test below would fail for a naive date-label join (outer join plus
forward fill): it checks weekends, holidays and publication lags explicitly.
The property tests check causality (truncating the inputs never changes the
past) and compare with a brute-force oracle on random series from the catalog.
"""

from __future__ import annotations

import time

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from leadwatch.align import (
    AlignedFrame,
    Grid,
    adhoc_spec,
    align,
    grid_instants,
    grid_labels,
    known_asof,
)
from leadwatch.catalog import SeriesSpec, get_series
from leadwatch.errors import DataError, UnknownSeriesError

GRIDS: tuple[Grid, ...] = ("daily", "weekly", "monthly")
# Spans year end, month ends, and both US and UK daylight-saving changes.
WINDOW = pd.date_range("2019-09-01", "2020-04-30")
START, END = "2019-10-01", "2020-04-30"
IDS = (
    "btc",
    "silver",
    "gold",
    "spx",
    "yield_10y",
    "fed_funds",
    "fed_assets",
    "m2",
    "usd_broad",
    "gold_monthly",
    "gpr",
)


def _series(dates: str | list[str], values: list[float]) -> pd.Series:
    index = pd.DatetimeIndex([dates] if isinstance(dates, str) else dates)
    return pd.Series(values, index=index, dtype="float64")


def _days(start: str, end: str, *, weekdays_only: bool = False) -> pd.DatetimeIndex:
    days = pd.date_range(start, end)
    return days[days.day_of_week < 5] if weekdays_only else days


def _walk(labels: pd.DatetimeIndex, seed: int, kind: str = "price") -> pd.Series:
    rng = np.random.default_rng(seed)
    steps = np.cumsum(rng.normal(0.0, 0.02, len(labels)))
    values = 2.0 + 5.0 * steps if kind == "rate" else 100.0 * np.exp(steps)
    return pd.Series(values, index=labels)


def _random_series(series_id: str, seed: int, drop: float, nan_rate: float) -> pd.Series:
    """Random values on the calendar of a catalog series, with holidays and NaNs."""
    spec = get_series(series_id)
    rng = np.random.default_rng(seed)
    if spec.calendar in ("24/7", "daily"):
        labels = WINDOW
    elif spec.calendar == "weekdays":
        labels = WINDOW[WINDOW.day_of_week < 5]
    elif spec.calendar == "weekly":
        labels = WINDOW[WINDOW.day_of_week == 2]  # WALCL: week ending Wednesday
    else:
        labels = WINDOW[WINDOW.day == 1]
    labels = labels[rng.random(len(labels)) >= drop]
    out = _walk(labels, seed + 1, spec.kind)
    out[rng.random(len(out)) < nan_rate] = np.nan
    return out


@st.composite
def scenarios(draw: st.DrawFn) -> dict[str, pd.Series]:
    ids = draw(st.lists(st.sampled_from(IDS), min_size=1, max_size=5, unique=True))
    seed = draw(st.integers(0, 2**31))
    drop = draw(st.sampled_from([0.0, 0.1, 0.4]))
    nan_rate = draw(st.sampled_from([0.0, 0.1]))
    return {sid: _random_series(sid, seed + 7 * i, drop, nan_rate) for i, sid in enumerate(ids)}


def _frames(frame: AlignedFrame) -> dict[str, pd.DataFrame]:
    return {
        "values": frame.values,
        "observed": frame.observed,
        "fresh": frame.fresh,
        "returns": frame.returns(),
    }


# ---------------------------------------------------------------- properties


@settings(max_examples=80, deadline=None)
@given(data=scenarios(), grid=st.sampled_from(GRIDS), cut=st.sampled_from(list(WINDOW)))
def test_truncating_inputs_never_changes_the_past(
    data: dict[str, pd.Series], grid: Grid, cut: pd.Timestamp
) -> None:
    full = align(data, grid, start=START, end=END)
    cut_data = {name: s[s.index < cut] for name, s in data.items()}
    truncated = align(cut_data, grid, start=START, end=END)
    before = full.values.index < cut
    for what, frame in _frames(full).items():
        pd.testing.assert_frame_equal(
            frame[before], _frames(truncated)[what][before], obj=f"{what} before {cut.date()}"
        )


def _oracle(s: pd.Series, spec: SeriesSpec, instants: pd.DatetimeIndex) -> pd.DatetimeIndex:
    """Brute force over every (instant, observation) pair: latest-dated value already public."""
    labels = pd.DatetimeIndex(s.index)
    public = spec.known_at(labels).to_numpy()[None, :] <= instants.to_numpy()[:, None]
    dated = np.where(public, labels.to_numpy()[None, :], np.datetime64("NaT"))
    latest = [row[~np.isnat(row)].max() if (~np.isnat(row)).any() else None for row in dated]
    return pd.DatetimeIndex(latest)


_STEP_BACK = {"daily": pd.offsets.BDay(1), "weekly": pd.offsets.Week(1)}


@settings(max_examples=60, deadline=None)
@given(data=scenarios(), grid=st.sampled_from(GRIDS))
def test_matches_brute_force_oracle(data: dict[str, pd.Series], grid: Grid) -> None:
    frame = align(data, grid, start=START, end=END)
    labels = pd.DatetimeIndex(frame.values.index)
    first = labels[0] - _STEP_BACK.get(grid, pd.offsets.MonthEnd(1))
    instants = grid_instants(labels.insert(0, first))
    returns = frame.returns()
    for name, raw in data.items():
        s = raw.dropna()
        spec = frame.specs[name]
        used = _oracle(s, spec, instants)
        now, before = used[1:], used[:-1]
        fresh = np.asarray(now.notna() & ((now != before) | before.isna()))
        np.testing.assert_array_equal(frame.fresh[name].to_numpy(), fresh)
        np.testing.assert_array_equal(frame.observed[name].to_numpy(), now.to_numpy())
        value = s.reindex(now).to_numpy()
        np.testing.assert_array_equal(frame.values[name].to_numpy(), value)
        seen = now.notna()
        known = spec.known_at(pd.DatetimeIndex(now[seen]))
        assert (known <= instants[1:][seen]).all()  # nothing used before it was public
        old = s.reindex(before).to_numpy()
        change = value - old if spec.kind == "rate" else np.log(value / old)
        expected = np.where(fresh, change, np.nan)
        np.testing.assert_allclose(returns[name].to_numpy(), expected, rtol=1e-12)


@settings(max_examples=50, deadline=None)
@given(data=scenarios(), grid=st.sampled_from(GRIDS))
def test_stale_points_have_nan_returns_and_returns_chain(
    data: dict[str, pd.Series], grid: Grid
) -> None:
    frame = align(data, grid, start=START, end=END)
    returns = frame.returns()
    assert not returns[~frame.fresh].notna().any().any()
    for name, spec in frame.specs.items():
        # summing the returns telescopes to the total change between the first and last value
        seen = frame.values[name].dropna()
        if spec.kind == "rate" or len(seen) < 2:
            continue
        later = returns[name][frame.values[name].notna()].iloc[1:]
        total = np.log(seen.iloc[-1] / seen.iloc[0])
        np.testing.assert_allclose(later.fillna(0.0).sum(), total, rtol=1e-9, atol=1e-12)


# ---------------------------------------------------------------- calendars


def test_btc_weekend_prices_never_appear_on_metal_days() -> None:
    days = _days("2024-03-01", "2024-03-31")
    btc = pd.Series(1000.0 + np.arange(len(days)), index=days)
    silver = _walk(_days("2024-03-01", "2024-03-31", weekdays_only=True), seed=3)
    frame = align({"btc": btc, "silver": silver}, "daily", start="2024-03-01", end="2024-03-29")
    assert (pd.DatetimeIndex(frame.values.index).day_of_week < 5).all()
    weekend = btc[days.day_of_week >= 5]
    assert not frame.values["btc"].isin(weekend.to_numpy()).any()
    pd.testing.assert_series_equal(
        frame.values["btc"], btc.reindex(frame.values.index), check_names=False, check_freq=False
    )
    returns = frame.returns()
    assert frame.fresh.all().all()
    assert (returns.iloc[1:] != 0.0).all().all()  # no fake zero returns anywhere
    monday = pd.Timestamp("2024-03-11")
    expected = np.log(btc["2024-03-11"] / btc["2024-03-08"])  # Monday covers the weekend
    assert returns.at[monday, "btc"] == pytest.approx(expected)
    assert returns.at[monday, "silver"] == pytest.approx(
        np.log(silver["2024-03-11"] / silver["2024-03-08"])
    )


def test_weekly_grid_returns_are_friday_to_friday() -> None:
    days = _days("2024-02-20", "2024-03-31")
    btc = _walk(days, seed=5)
    frame = align({"btc": btc}, "weekly", start="2024-03-01", end="2024-03-31")
    fridays = pd.DatetimeIndex(frame.values.index)
    assert list(fridays.day_of_week.unique()) == [4]
    expected = np.log(btc[fridays].to_numpy() / btc[fridays - pd.Timedelta(days=7)].to_numpy())
    np.testing.assert_allclose(frame.returns()["btc"].to_numpy(), expected)


def test_uk_holiday_gives_nan_then_two_day_return() -> None:
    weekdays = _days("2024-04-22", "2024-05-17", weekdays_only=True)
    holiday = pd.Timestamp("2024-05-06")  # UK early May bank holiday; New York is open
    silver = _walk(weekdays[weekdays != holiday], seed=11)
    spx = _walk(weekdays, seed=12)
    frame = align({"silver": silver, "spx": spx}, start="2024-04-29", end="2024-05-10")
    returns = frame.returns()
    friday, tuesday = pd.Timestamp("2024-05-03"), pd.Timestamp("2024-05-07")
    assert not frame.fresh.at[holiday, "silver"]
    assert np.isnan(returns["silver"][holiday])  # NaN, not a fake zero
    assert frame.values.at[holiday, "silver"] == silver[friday]
    assert frame.observed.at[holiday, "silver"] == friday
    assert returns.at[tuesday, "silver"] == pytest.approx(np.log(silver[tuesday] / silver[friday]))
    assert frame.fresh.at[holiday, "spx"]
    assert returns.at[holiday, "spx"] == pytest.approx(np.log(spx[holiday] / spx[friday]))


def test_nan_values_are_not_observations() -> None:
    weekdays = _days("2024-03-04", "2024-03-08", weekdays_only=True)
    silver = pd.Series([20.0, np.nan, 21.0, 22.0, 23.0], index=weekdays)
    frame = align({"silver": silver}, start="2024-03-04", end="2024-03-08")
    assert frame.fresh["silver"].tolist() == [True, False, True, True, True]
    assert frame.values["silver"].tolist() == [20.0, 20.0, 21.0, 22.0, 23.0]
    assert frame.returns().at[pd.Timestamp("2024-03-06"), "silver"] == pytest.approx(
        np.log(21 / 20)
    )


# ---------------------------------------------------------------- release timing


def test_btc_friday_close_is_visible_at_the_friday_instant_inclusive() -> None:
    btc = _series(["2024-02-29", "2024-03-01", "2024-03-02"], [100.0, 101.0, 102.0])
    friday = pd.Timestamp("2024-03-01")
    instant = grid_instants(pd.DatetimeIndex([friday]))[0]
    assert instant == pd.Timestamp("2024-03-02 00:00", tz="UTC")
    frame = align({"btc": btc}, start=friday, end=friday)
    assert frame.values.at[friday, "btc"] == 101.0
    assert frame.observed.at[friday, "btc"] == friday
    at = pd.DatetimeIndex([instant - pd.Timedelta(seconds=1), instant])
    seen = known_asof(btc, get_series("btc"), at)
    assert seen["value"].tolist() == [100.0, 101.0]
    assert seen["observed"].tolist() == [pd.Timestamp("2024-02-29"), friday]


def test_yield_dated_friday_is_first_visible_on_monday() -> None:
    dates = ["2024-02-28", "2024-02-29", "2024-03-01", "2024-03-04", "2024-03-05"]
    yields = _series(dates, [4.20, 4.25, 4.18, 4.22, 4.15])
    frame = align({"yield_10y": yields}, start="2024-02-29", end="2024-03-05")
    observed = frame.observed["yield_10y"].dt.strftime("%a %m-%d").tolist()
    assert observed == ["Wed 02-28", "Thu 02-29", "Fri 03-01", "Mon 03-04"]
    # labels:         Thu 02-29,   Fri 03-01,   Mon 03-04,   Tue 03-05
    diff = frame.returns().at[pd.Timestamp("2024-03-04"), "yield_10y"]
    assert diff == pytest.approx(4.18 - 4.25)  # rates compare in differences


def test_m2_for_may_is_not_visible_before_late_june() -> None:
    m2 = _series(["2024-03-01", "2024-04-01", "2024-05-01"], [20800.0, 20900.0, 21000.0])
    frame = align({"m2": m2}, start="2024-06-01", end="2024-07-05")
    observed = frame.observed["m2"]
    may = observed.index[observed == pd.Timestamp("2024-05-01")]
    assert may[0] == pd.Timestamp("2024-06-28")  # published ~4 weeks after May ends
    assert (observed[observed.index < may[0]] == pd.Timestamp("2024-04-01")).all()
    monthly = align({"m2": m2}, "monthly", start="2024-05-01", end="2024-06-30")
    assert monthly.observed["m2"].tolist() == [
        pd.Timestamp("2024-04-01"),
        pd.Timestamp("2024-05-01"),
    ]


def test_walcl_dated_wednesday_is_visible_thursday_evening() -> None:
    walcl = _series(["2024-02-28", "2024-03-06", "2024-03-13"], [7.5e6, 7.6e6, 7.55e6])
    known = get_series("fed_assets").known_at(pd.DatetimeIndex(["2024-03-06"]))[0]
    assert known.strftime("%a") == "Thu" and 20 <= known.hour <= 22
    daily = align({"fed_assets": walcl}, start="2024-03-06", end="2024-03-08")
    assert daily.observed["fed_assets"].dt.strftime("%m-%d").tolist() == ["02-28", "03-06", "03-06"]
    assert daily.fresh["fed_assets"].tolist() == [False, True, False]
    weekly = align({"fed_assets": walcl}, "weekly", start="2024-03-01", end="2024-03-15")
    assert weekly.observed["fed_assets"].dt.strftime("%m-%d").tolist() == [
        "02-28",
        "03-06",
        "03-13",
    ]


# ---------------------------------------------------------------- API details


def test_utc_midnight_index_matches_naive() -> None:
    btc = _walk(_days("2024-03-01", "2024-03-20"), seed=1)
    utc = btc.copy()
    utc.index = pd.DatetimeIndex(utc.index).tz_localize("UTC")
    a = align({"btc": btc}, start="2024-03-04", end="2024-03-15")
    b = align({"btc": utc}, start="2024-03-04", end="2024-03-15")
    pd.testing.assert_frame_equal(a.values, b.values)
    pd.testing.assert_frame_equal(a.observed, b.observed)


def test_first_row_return_uses_data_before_start() -> None:
    btc = _series(["2024-02-29", "2024-03-01"], [100.0, 110.0])
    frame = align({"btc": btc}, start="2024-03-01", end="2024-03-01")
    assert frame.fresh.iat[0, 0]
    assert frame.returns().iat[0, 0] == pytest.approx(np.log(1.1))


def test_adhoc_spec_and_log_returns_need_positive_values() -> None:
    mine = _series(["2024-03-04", "2024-03-05", "2024-03-06"], [5.0, 0.0, 4.0])
    spec = adhoc_spec("mine", calendar="weekdays", kind="index")
    frame = align({"mine": mine}, specs={"mine": spec})
    assert frame.values["mine"].tolist() == [5.0, 0.0, 4.0]  # known at end of label day
    assert frame.returns()["mine"].isna().all()  # first row has no base; zero has no log
    rate = align({"mine": mine}, specs={"mine": adhoc_spec("mine", kind="rate")})
    assert rate.returns()["mine"].tolist()[1:] == [-5.0, 4.0]


def test_default_range_and_tidy_frame() -> None:
    btc = _walk(_days("2024-03-01", "2024-03-10"), seed=2)
    m2 = _series(["2024-01-01"], [20000.0])
    frame = align({"btc": btc, "m2": m2})
    assert frame.values.index[0] == pd.Timestamp("2024-01-01")
    assert frame.values.index[-1] == pd.Timestamp("2024-03-08")  # last business day
    tidy = frame.to_frame()
    assert list(tidy.columns) == ["label", "series", "value", "observed", "fresh"]
    assert len(tidy) == frame.values.size
    row = tidy[(tidy["label"] == "2024-03-08") & (tidy["series"] == "btc")].iloc[0]
    assert row["value"] == btc["2024-03-08"] and row["observed"] == pd.Timestamp("2024-03-08")
    assert "btc" in str(frame) and "m2" in frame.summary()


def test_grid_labels() -> None:
    assert grid_labels("daily", "2024-03-01", "2024-03-04").day.tolist() == [1, 4]
    assert (grid_labels("weekly", "2024-01-01", "2024-12-31").day_of_week == 4).all()
    assert grid_labels("monthly", "2024-02-01", "2024-02-29").tolist() == [
        pd.Timestamp("2024-02-29")
    ]


def test_many_long_series_align_quickly() -> None:
    days = pd.date_range("1965-01-01", "2025-12-31")
    data: dict[str, pd.Series] = {}
    specs = {}
    for i in range(15):
        labels = days[days.day_of_week < 5] if i % 2 else days
        data[f"s{i}"] = _walk(labels, seed=i)
        specs[f"s{i}"] = get_series(("btc", "silver", "yield_10y", "fed_funds", "spx")[i % 5])
    began = time.perf_counter()
    frame = align(data, start="1965-01-01", end="2025-12-31", specs=specs)
    frame.returns()
    assert time.perf_counter() - began < 2.0  # ~0.1 s on a laptop; generous for CI
    assert frame.values.shape == (15914, 15)


# ---------------------------------------------------------------- bad inputs

_OK = _series(["2024-03-01", "2024-03-04"], [1.0, 2.0])


def _tz_series(tz: str, hour: int = 0) -> pd.Series:
    out = _OK.copy()
    out.index = (pd.DatetimeIndex(out.index) + pd.Timedelta(hours=hour)).tz_localize(tz)
    return out


@pytest.mark.parametrize("tz", ["America/New_York", "Asia/Tokyo", "Europe/London"])
def test_local_midnight_index_is_read_as_calendar_dates(tz: str) -> None:
    """yfinance's daily bars: local midnights in the exchange's zone are that day's labels."""
    a = align({"btc": _OK}, start="2024-03-01", end="2024-03-04")
    b = align({"btc": _tz_series(tz)}, start="2024-03-01", end="2024-03-04")
    pd.testing.assert_frame_equal(a.values, b.values)


@pytest.mark.parametrize(
    ("series", "kwargs", "error", "message"),
    [
        ({"btc": _series(["2024-03-04", "2024-03-01"], [1.0, 2.0])}, {}, DataError, "not sorted"),
        (
            {"btc": _series(["2024-03-01", "2024-03-01"], [1.0, 2.0])},
            {},
            DataError,
            "duplicate date 2024-03-01",
        ),
        ({"btc": _tz_series("America/New_York", 9)}, {}, DataError, "time zone America/New_York"),
        ({"sliver": _OK}, {}, UnknownSeriesError, r"did you mean 'silver'.*adhoc_spec\('sliver'\)"),
        ({"btc": _OK}, {"start": "2024-03-10", "end": "2024-03-01"}, DataError, "is after end"),
        ({"btc": _OK}, {"start": "2024-03-02", "end": "2024-03-03"}, DataError, "no labels"),
        ({"btc": _OK}, {"grid": "hourly"}, DataError, "grid='hourly'"),
        ({"btc": _OK}, {"start": "not a date"}, DataError, "start='not a date'"),
        ({"btc": pd.Series([1.0], index=["2024-03-01"])}, {}, DataError, "DatetimeIndex"),
        ({"btc": _series("2024-03-01 12:00", [1.0])}, {}, DataError, "time of day"),
        (
            {"btc": pd.Series(["x"], index=pd.DatetimeIndex(["2024-03-01"]))},
            {},
            DataError,
            "numeric",
        ),
        ({"btc": _series("2024-03-01", [np.inf])}, {}, DataError, "infinite"),
        ({}, {}, DataError, "series is empty"),
        ({"btc": _series([], [])}, {}, DataError, "no series has any observation"),
        ({"btc": _OK}, {"specs": {"btc": "btc"}}, DataError, "not a SeriesSpec"),
    ],
)
def test_bad_inputs_raise_with_the_fix(
    series: dict[str, pd.Series], kwargs: dict[str, object], error: type[Exception], message: str
) -> None:
    with pytest.raises(error, match=message) as info:
        align(series, **kwargs)  # type: ignore[arg-type]
    assert "Fix:" in str(info.value)


def test_bad_inputs_name_the_series() -> None:
    with pytest.raises(DataError, match="series 'silver' is not sorted"):
        align({"btc": _OK, "silver": _OK.iloc[::-1]})


def test_known_asof_needs_aware_instants() -> None:
    with pytest.raises(DataError, match="naive"):
        known_asof(_OK, get_series("btc"), pd.DatetimeIndex(["2024-03-01"]))


def test_empty_series_with_explicit_range_is_all_nan() -> None:
    frame = align({"btc": _series([], [])}, start="2024-03-01", end="2024-03-08")
    assert frame.values["btc"].isna().all() and not frame.fresh["btc"].any()
