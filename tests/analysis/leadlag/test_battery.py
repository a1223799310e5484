"""leadwatch.lead_lag end to end: sign convention, pandas inputs, the store, the CLI, real data."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pytest
from typer.testing import CliRunner

import leadwatch
from leadwatch.analysis.leadlag.battery import LeadLagResult
from leadwatch.cli import app
from leadwatch.errors import DataError, UnknownSeriesError
from leadwatch.store import Store

#: Fast settings for tests on real data; the benchmark runs n_boot = 2,000.
N_BOOT = 299


def _prices(returns: np.ndarray, index: pd.DatetimeIndex, name: str) -> pd.Series:
    return pd.Series(100 * np.exp(np.cumsum(returns)), index=index, name=name)


def test_follower_equal_to_leader_shifted_by_3_reports_leads_by_3() -> None:
    rng = np.random.default_rng(0)
    idx = pd.bdate_range("2015-01-01", periods=1500)
    r = rng.standard_normal(1500 + 3) * 0.01
    leader = _prices(r[3:], idx, "leader")
    follower = _prices(r[:-3], idx, "follower")  # follower's move at t+3 is the leader's at t
    res = leadwatch.lead_lag(leader, follower, lags=range(1, 21), horizon=5, n_boot=199)
    assert isinstance(res, LeadLagResult)
    assert res.best_lag == 3 and res.pvalue < 0.01
    assert res.ccf.best_r == pytest.approx(1.0)
    assert "leads follower by 3 periods" in res.summary()
    assert "k > 0 means the leader's move at t is followed by the follower's move" in str(res)
    assert res.ccf.reverse_pvalue > 0.05


@pytest.mark.parametrize("tz", ["UTC", "America/New_York"])
def test_time_zone_aware_series_give_the_naive_result(tz: str) -> None:
    """yfinance hands out daily bars at local midnight, time-zone aware: same dates, same test."""
    rng = np.random.default_rng(0)
    idx = pd.bdate_range("2018-01-01", periods=400)
    r = rng.standard_normal(403) * 0.01
    leader, follower = _prices(r[3:], idx, "leader"), _prices(r[:-3], idx, "follower")
    naive = leadwatch.lead_lag(leader, follower, lags=range(1, 11), horizon=5, n_boot=99)
    aware = leadwatch.lead_lag(
        leader.tz_localize(tz), follower.tz_localize(tz), lags=range(1, 11), horizon=5, n_boot=99
    )
    assert aware.best_lag == naive.best_lag == 3 and aware.pvalue == naive.pvalue
    with pytest.raises(DataError, match="time zone America/New_York at times other than"):
        shifted = leader.set_axis((idx + pd.Timedelta(hours=9)).tz_localize("America/New_York"))
        leadwatch.lead_lag(shifted, follower, lags=range(1, 11), horizon=5, n_boot=99)


@pytest.mark.parametrize(("n", "lags"), [(100, range(1, 11)), (400, None)])
def test_a_short_series_is_tested_with_what_it_can_support(n: int, lags: range | None) -> None:
    """A young asset (100 or 400 days): the Granger order and the event-study horizons are
    cut to the sample instead of failing on settings the user cannot pass."""
    rng = np.random.default_rng(0)
    idx = pd.bdate_range("2018-01-01", periods=n)
    r = rng.standard_normal(n + 3) * 0.01
    leader, follower = _prices(r[3:], idx, "leader"), _prices(r[:-3], idx, "follower")
    res = leadwatch.lead_lag(leader, follower, lags=lags, horizon=5, n_boot=99)
    assert res.best_lag == 3 and res.verdict == "supported"


def test_series_on_different_calendars_align_without_zero_fill() -> None:
    rng = np.random.default_rng(1)
    days = pd.date_range("2016-01-01", periods=2200, freq="D")
    weekdays = days[days.day_of_week < 5]
    x = rng.standard_normal(len(days)) * 0.01
    leader = _prices(x[days.day_of_week < 5], weekdays, "metal")
    follower = _prices(rng.standard_normal(len(days)) * 0.03, days, "coin")  # 24/7, independent
    res = leadwatch.lead_lag(leader, follower, lags=range(1, 41), n_boot=199, seed=3)
    assert res.leader == "metal" and res.follower == "coin"
    assert res.confounders is None  # pandas input: no default controls without a store
    assert res.verdict in {"inconclusive", "contradicted"}
    assert res.ccf.nobs == len(pd.bdate_range(res.start, res.end))
    json.dumps(res.to_dict())


@pytest.fixture(scope="module")
def silver_btc(snapshot_store: Path) -> LeadLagResult:
    with Store(snapshot_store, read_only=True) as store:
        return leadwatch.lead_lag("silver", "btc", store=store, n_boot=N_BOOT, seed=0)


def test_real_silver_btc_battery(silver_btc: LeadLagResult) -> None:
    res = silver_btc
    # from the date Bitcoin is a liquid price (catalog liquid_from), no longer 2010-07-20
    assert res.start == pd.Timestamp("2013-01-02")
    assert res.ccf.nobs > 3400 and res.ccf.table["lag"].max() == 130
    assert res.robustness is not None and len(res.robustness) == 3  # full, halves
    assert res.confounders is not None
    assert res.confounders.controls == ("dxy", "real_yield_10y", "spx")
    assert 1 <= res.best_lag <= 130 and 0 < res.pvalue <= 1
    assert res.verdict in {"supported", "contradicted", "conflict", "inconclusive"}
    assert set(res.events.table["rule"]) == {"ath", "breakout", "sigma", "momentum"}
    assert len(res.stability.subperiods) == 3
    text = res.summary()
    for part in (
        "Verdict:",
        "Cross-correlation",
        "Predictive regression",
        "Granger",
        "Conditional on",
        "Event study",
        "Stability",
    ):
        assert part in text
    payload = json.loads(json.dumps(res.to_dict()))
    assert payload["verdict"] == res.verdict and payload["best_lag"] == res.best_lag
    assert payload["decision"]["numbers"]["headline_pvalue"] == res.pvalue
    assert "<pre>" in res._repr_html_()


def test_real_data_is_deterministic_given_seed(
    snapshot_store: Path, silver_btc: LeadLagResult
) -> None:
    with Store(snapshot_store, read_only=True) as store:
        again = leadwatch.lead_lag("silver", "btc", store=store, n_boot=N_BOOT, seed=0)
    assert again.to_dict() == silver_btc.to_dict()


def test_real_gold_btc_weekly(snapshot_store: Path) -> None:
    res = leadwatch.lead_lag(
        "gold", "btc", store=snapshot_store, grid="weekly", n_boot=N_BOOT, controls=["dxy"]
    )
    assert res.grid == "weekly" and res.ccf.table["lag"].max() == 26
    assert res.predictive.horizon == 4
    assert res.confounders is not None and res.confounders.controls == ("dxy",)


def test_errors_name_the_fix(snapshot_store: Path) -> None:
    with pytest.raises(UnknownSeriesError):
        leadwatch.lead_lag("silverr", "btc", store=snapshot_store)
    with pytest.raises(DataError, match="grid"):
        leadwatch.lead_lag("silver", "btc", store=snapshot_store, grid="monthly")  # type: ignore[arg-type]
    with pytest.raises(DataError, match="leader"):
        leadwatch.lead_lag(3, "btc", store=snapshot_store)  # type: ignore[arg-type]


def test_cli_test_command_json(snapshot_store: Path) -> None:
    result = CliRunner().invoke(
        app,
        [
            "--store",
            str(snapshot_store),
            "test",
            "gold",
            "btc",
            "--grid",
            "weekly",
            "--n-boot",
            "199",
            "--controls",
            "none",
            "--json",
        ],
    )
    assert result.exit_code == 0, result.output
    payload = json.loads(result.stdout)
    assert payload["leader"] == "gold" and payload["confounders"] is None
    assert payload["sign_convention"].startswith("k > 0 means")


def test_cli_test_command_text_and_bad_input(snapshot_store: Path) -> None:
    runner = CliRunner()
    ok = runner.invoke(
        app,
        [
            "--store",
            str(snapshot_store),
            "test",
            "silver",
            "btc",
            "--grid",
            "weekly",
            "--n-boot",
            "199",
            "--controls",
            "dxy",
        ],
    )
    assert ok.exit_code == 0, ok.output
    assert "Verdict:" in ok.stdout
    bad = runner.invoke(
        app, ["--store", str(snapshot_store), "test", "silver", "btc", "--alpha", "0.9"]
    )
    assert bad.exit_code == 2
    assert "alpha" in bad.stderr


def test_start_and_end_restrict_the_analysis_window() -> None:
    """The window is honoured (and only the window is tested); bad dates are DataErrors."""
    rng = np.random.default_rng(5)
    idx = pd.bdate_range("2014-01-01", "2021-12-31")
    r = rng.standard_normal(len(idx) + 4) * 0.01
    noise = rng.standard_normal(len(idx)) * 0.01
    early = idx < pd.Timestamp("2018-01-01")
    # the follower copies the leader 4 days later before 2018, and is pure noise after
    follower_r = np.where(early, r[:-4], noise)
    leader, follower = _prices(r[4:], idx, "leader"), _prices(follower_r, idx, "follower")
    kw: dict[str, Any] = {"lags": range(1, 21), "horizon": 5, "n_boot": 199}
    full = leadwatch.lead_lag(leader, follower, **kw)
    before = leadwatch.lead_lag(leader, follower, end="2017-12-29", **kw)
    after = leadwatch.lead_lag(leader, follower, start="2018-01-01", **kw)
    mid = leadwatch.lead_lag(leader, follower, start="2016-03-01", end="2019-06-28", **kw)
    assert before.end == pd.Timestamp("2017-12-29") and after.start == pd.Timestamp("2018-01-01")
    assert (mid.start, mid.end) == (pd.Timestamp("2016-03-01"), pd.Timestamp("2019-06-28"))
    assert mid.ccf.nobs == len(pd.bdate_range("2016-03-01", "2019-06-28"))
    assert before.ccf.nobs + after.ccf.nobs == full.ccf.nobs
    assert before.best_lag == 4 and before.ccf.best_r > 0.99 and before.pvalue < 0.01
    assert after.pvalue > 0.05 and abs(after.ccf.best_r) < 0.1  # no lead in the window after
    assert 0.3 < full.ccf.best_r < before.ccf.best_r
    for bad, match in (
        ({"start": "2020-13-45"}, "start"),
        ({"end": "yesterday-ish"}, "end"),
        ({"start": "2019-01-01", "end": "2018-01-01"}, "after end"),
    ):
        with pytest.raises(DataError, match=match):
            leadwatch.lead_lag(leader, follower, **kw, **bad)


def test_start_and_end_on_real_data(snapshot_store: Path) -> None:
    kw: dict[str, Any] = {"store": snapshot_store, "grid": "weekly", "n_boot": 199, "controls": ()}
    res = leadwatch.lead_lag("silver", "btc", start="2020-01-01", end="2023-12-31", **kw)
    assert res.start >= pd.Timestamp("2020-01-01") and res.end <= pd.Timestamp("2023-12-31")
    assert res.ccf.nobs == len(pd.date_range(res.start, res.end, freq="W-FRI"))
    with pytest.raises(DataError, match="start"):
        leadwatch.lead_lag("silver", "btc", start="not a date", **kw)
