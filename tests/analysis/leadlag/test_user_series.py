"""Series a user hands to ``leadwatch.lead_lag``: odd indexes, non-prices, copies, twins."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

import leadwatch
from leadwatch.errors import DataError, InfeasibleTest, UnknownSeriesError


def _pair(n: int = 400, lag: int = 3) -> tuple[pd.Series, pd.Series]:
    rng = np.random.default_rng(0)
    idx = pd.bdate_range("2018-01-01", periods=n)
    r = rng.standard_normal(n + lag) * 0.01
    noise = rng.standard_normal(n) * 0.005
    leader = pd.Series(100 * np.exp(np.cumsum(r[lag:])), index=idx, name="leader")
    follower = pd.Series(100 * np.exp(np.cumsum(r[:-lag] + noise)), index=idx, name="follower")
    return leader, follower


def _test(leader: pd.Series, follower: pd.Series, **kw: object) -> leadwatch.LeadLagResult:
    return leadwatch.lead_lag(leader, follower, lags=range(1, 11), horizon=5, n_boot=99, **kw)


def test_a_daily_period_index_is_read_as_its_dates() -> None:
    leader, follower = _pair()
    by_date = _test(leader, follower)
    by_period = _test(leader.to_period("D"), follower.to_period("D"))
    assert by_period.best_lag == by_date.best_lag == 3 and by_period.pvalue == by_date.pvalue


def test_an_index_of_text_or_numbers_names_the_series_and_the_fix() -> None:
    leader, follower = _pair()
    for index in (leader.index.strftime("%Y-%m-%d"), pd.RangeIndex(len(leader))):
        with pytest.raises(DataError, match=r"series 'leader' is indexed by .*Index, not by dates"):
            _test(leader.set_axis(index), follower)


@pytest.mark.parametrize("bad", [0.0, -3.5])
def test_zero_or_negative_prices_are_refused_with_the_first_day(bad: float) -> None:
    leader, follower = _pair()
    follower.iloc[[50, 60]] = bad
    with pytest.raises(
        DataError,
        match=r"'follower' has 2 zero or negative values \(first on "
        r"2018-03-12\): the tests use log returns",
    ) as info:
        _test(leader, follower)
    assert "series.where(series > 0)" in (info.value.fix or "")
    assert _test(leader, follower.where(follower > 0)).best_lag == 3  # the fix it names works


@pytest.mark.parametrize("scale", [1.0, 7.5, 1e-200])
def test_a_copy_or_multiple_of_the_leader_cannot_lead_itself(scale: float) -> None:
    leader, _ = _pair()
    with pytest.raises(InfeasibleTest, match="leader and copy have the same returns"):
        _test(leader, (leader * scale).rename("copy"))


def test_a_control_copying_the_leader_is_a_singular_regression_not_a_crash() -> None:
    leader, follower = _pair()
    try:
        res = _test(leader, follower, controls={"twin": leader * 2.0})
    except InfeasibleTest as exc:
        assert "singular" in str(exc) and "drop a control" in (exc.fix or "")
    else:  # the battery may also report the control check as not done: never a LinAlgError
        assert res.best_lag == 3


def test_default_controls_missing_from_the_store_are_named_not_fatal(
    snapshot_dir: Path, tmp_path: Path
) -> None:
    """A store holding only gold and btc: the test runs, says what it could not control for."""
    from leadwatch.providers.csv_snapshot import read_snapshot_dir
    from leadwatch.store import Store

    path = tmp_path / "two.duckdb"
    with Store(path) as store:
        store.write_batches([b for b in read_snapshot_dir(snapshot_dir) if b.series_id in
                             ("gold", "btc", "spx")])  # fmt: skip
    res = leadwatch.lead_lag("gold", "btc", store=path, n_boot=99, start="2020-01-01")
    assert res.controls_unavailable == ("dxy", "real_yield_10y")
    assert res.confounders is not None and res.confounders.controls == ("spx",)
    assert "Not controlled for dxy, real_yield_10y: not in the store" in res.summary()
    assert "the confounder check ran without them" in res.summary()
    assert res.to_dict()["controls_unavailable"] == ["dxy", "real_yield_10y"]
    with pytest.raises(UnknownSeriesError, match="'dxy' has no data"):  # asked for: required
        leadwatch.lead_lag("gold", "btc", store=path, n_boot=99, controls=["dxy"])


def test_an_input_that_stopped_early_is_flagged_stale() -> None:
    leader, follower = _pair(900)
    cut = leader.loc[:"2020-06-30"]
    res = _test(cut, follower)
    (note,) = res.stale_inputs
    assert note.startswith("leader's data end 2020-06-30, ") and "before follower's" in note
    assert "the test covers only the time before; update leader" in note
    assert f"Stale input: {note}" in res.summary() and res.end == pd.Timestamp("2020-06-30")
    assert _test(leader, follower).stale_inputs == ()
    assert _test(leader.iloc[:-5], follower).stale_inputs == ()  # a week behind: not stale
