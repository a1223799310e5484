"""Backtest engine: known answers, execution timing, no look-ahead, costs, metrics references."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from numpy.testing import assert_allclose

from leadwatch.analysis.backtest.engine import Market, first_fill, simulate, step_asof
from leadwatch.analysis.backtest.metrics import (
    deflated_sharpe,
    expected_max_sharpe,
    max_drawdown,
    probabilistic_sharpe,
    sharpe_ratio,
    sortino_ratio,
)
from leadwatch.analysis.backtest.strategies import (
    Sizing,
    event_hold,
    fixed_mix,
    hold_windows,
    rotation,
    rule_hold,
)
from leadwatch.errors import DataError
from tests.reference.backtest_quantstats import reference_returns

# quantstats 0.0.86 on tests/reference/backtest_quantstats.py::reference_returns (script beside)
QUANTSTATS = {
    "sharpe": 1.216008841573521,
    "sortino": 1.7836308123762816,
    "volatility": 0.49661684768441244,
    "max_drawdown": -0.4825852871037113,
    "psr": 0.9928722024052213,
}
EXACT = 1e-12
PSR_TOL = 1e-5  # quantstats' PSR moments differ from ours in the 7th digit


def _reference_returns() -> np.ndarray:
    return reference_returns().to_numpy()


def _market(n_days: int = 400, seed: int = 0) -> Market:
    rng = np.random.default_rng(seed)
    days = pd.date_range("2020-01-01", periods=n_days)
    bdays = pd.bdate_range("2019-01-01", days[-1])
    btc = pd.Series(100 * np.exp(np.cumsum(rng.normal(0, 0.03, n_days))), days)
    silver = pd.Series(20 * np.exp(np.cumsum(rng.normal(0, 0.01, len(bdays)))), bdays)
    gold = pd.Series(1500 * np.exp(np.cumsum(rng.normal(0, 0.008, len(bdays)))), bdays)
    phases = np.array(["neutral", "safe_haven", "debasement"])[rng.integers(0, 3, len(bdays))]
    phase = pd.Series(phases, bdays).loc["2020-01-01":]
    return Market.from_series({"btc": btc, "silver": silver, "gold": gold}, phase=phase)


def test_metrics_match_quantstats_reference() -> None:
    r = _reference_returns()
    assert_allclose(sharpe_ratio(r), QUANTSTATS["sharpe"], rtol=EXACT)
    assert_allclose(sortino_ratio(r), QUANTSTATS["sortino"], rtol=EXACT)
    assert_allclose(np.std(r, ddof=1) * np.sqrt(365), QUANTSTATS["volatility"], rtol=EXACT)
    assert_allclose(max_drawdown(r), QUANTSTATS["max_drawdown"], rtol=EXACT)
    assert_allclose(probabilistic_sharpe(r), QUANTSTATS["psr"], atol=PSR_TOL)


def test_deflated_sharpe_penalises_more_trials() -> None:
    r = _reference_returns()
    assert expected_max_sharpe(0.001, 1) == 0.0
    stars = [expected_max_sharpe(0.001, n) for n in (2, 10, 100, 1000)]
    assert stars == sorted(stars)
    few, _ = deflated_sharpe(r, [0.03, 0.0])
    many, star = deflated_sharpe(r, np.linspace(-0.06, 0.06, 200))
    assert many < few < probabilistic_sharpe(r)
    assert star > 0


def test_known_answer_event_strategy_with_costs() -> None:
    # silver breaks out on Wed 2024-01-10 (known 13:00 UTC); BTC fills at the next 00:00 UTC
    # close (label Jan 10), waits 3 closes, holds 5: in after the Jan 13 close, out after Jan 18.
    days = pd.date_range("2024-01-01", "2024-01-31")
    btc = pd.Series(100 * 1.01 ** np.arange(len(days)), days)
    bdays = pd.bdate_range("2023-12-01", "2024-01-31")
    silver = pd.Series(20.0, bdays)
    silver.loc["2024-01-10"] = 25.0
    market = Market.from_series({"btc": btc, "silver": silver})
    w = event_hold(market, rule="breakout", lookback=10, delay=3, hold=5)["btc"]
    held = days[w == 1]
    assert [f"{d:%m-%d}" for d in held] == ["01-13", "01-14", "01-15", "01-16", "01-17"]
    run = simulate(market, {"btc": w}, cost_bps=20, slippage_bps=5)
    c = 25e-4
    assert_allclose(run.equity.iloc[-1], 1.01**5 * (1 - c) ** 2, rtol=EXACT)
    trade = run.trades.iloc[0]
    assert (f"{trade['entry']:%m-%d}", f"{trade['exit']:%m-%d}") == ("01-13", "01-18")
    assert_allclose(trade["net_return"], 1.01**5 * (1 - c) ** 2 - 1, rtol=EXACT)
    assert run.metrics.n_trades == 1 and run.metrics.hit_rate == 1.0


def test_costs_are_charged_once_per_change_of_weight() -> None:
    market = _market()
    n = len(market.leg("btc").values)
    w = np.zeros(n)
    w[10:20] = 1.0
    w[50:60] = 0.5
    free = simulate(market, {"btc": w}, cost_bps=0)
    paid = simulate(market, {"btc": w}, cost_bps=30)
    c = 30e-4
    # entry and exit of each position; a resize (0.5) costs half
    expected = (1 - c) ** 2 * (1 - 0.5 * c) ** 2
    assert_allclose(paid.equity.iloc[-1] / free.equity.iloc[-1], expected, rtol=1e-12)
    assert_allclose(paid.metrics.turnover * len(paid.daily) / 365, 3.0, rtol=1e-12)
    # holding through the window never costs more than entering once
    hold = simulate(market, {"btc": np.ones(n)}, cost_bps=30)
    hold_free = simulate(market, {"btc": np.ones(n)}, cost_bps=0)
    assert_allclose(hold.equity.iloc[-1] / hold_free.equity.iloc[-1], 1 - c, rtol=1e-12)


def test_signals_trade_at_the_next_close_after_they_are_known() -> None:
    sat_close = pd.Timestamp("2020-03-07 00:00", tz="UTC")  # BTC close of Friday's label
    btc_closes = pd.DatetimeIndex([sat_close, sat_close + pd.Timedelta(days=1)])
    # known exactly at the close: too late for that close
    assert first_fill(pd.DatetimeIndex([sat_close]), btc_closes).tolist() == [1]
    assert first_fill(pd.DatetimeIndex([sat_close - pd.Timedelta("1us")]), btc_closes).tolist() == [
        0
    ]
    # a BTC signal known at Saturday 00:00 trades silver at Monday's noon fix
    market = _market()
    silver = market.leg("silver")
    i = int(first_fill(pd.DatetimeIndex([sat_close]), silver.closes)[0])
    assert f"{silver.labels[i]:%a %Y-%m-%d}" == "Mon 2020-03-09"
    values = step_asof(pd.DatetimeIndex([sat_close]), np.array([1.0]), silver.closes)
    assert values[i - 1] == 0.0 and values[i] == 1.0


def test_own_signal_is_lagged_one_close() -> None:
    # "BTC rose over the last close" is known at that close: it may only set the next weight
    market = _market()
    btc = market.leg("btc")
    w = rule_hold(market, asset="btc", when=[("btc", "rising", 1)])["btc"]
    rising = np.r_[False, np.diff(btc.values) > 0].astype(float)
    assert_allclose(w[1:], rising[:-1])
    assert w[0] == 0.0
    # an oracle using the same close's return would be a look-ahead: the lagged one is not it
    assert not np.array_equal(w, rising)


def _cut(series: pd.Series, after: pd.Timestamp, seed: int) -> pd.Series:
    rng = np.random.default_rng(seed)
    out = series.copy()
    late = out.index > after
    out[late] = out[late] * np.exp(rng.normal(0, 0.2, int(late.sum())))
    return out


def _perturbed(market: Market, t: pd.Timestamp, seed: int) -> Market:
    series = {
        k: _cut(pd.Series(v.values, v.labels), t - pd.Timedelta(days=1), seed)
        for k, v in market.legs.items()
    }
    phase = market.phase.copy() if market.phase is not None else None
    if phase is not None:
        late = phase.index >= t
        phase[late] = np.random.default_rng(seed).choice(["safe_haven", "debasement"], late.sum())
    return Market.from_series(series, phase=phase)


@settings(max_examples=25, deadline=None)
@given(day=st.integers(40, 380), seed=st.integers(0, 10_000))
def test_no_look_ahead_changing_prices_after_t_never_changes_positions_up_to_t(
    day: int, seed: int
) -> None:
    market = _market(seed=seed % 7)
    t = pd.Timestamp("2020-01-01") + pd.Timedelta(days=day)
    other = _perturbed(market, t, seed)
    at = pd.Timestamp(t, tz="UTC")
    builders = [
        lambda m: event_hold(m, rule="breakout", lookback=20, delay=2, hold=5),
        lambda m: event_hold(m, rule="sigma", lookback=30, delay=0, hold=3),
        lambda m: rotation(m, metal="silver", delay=1),
        lambda m: rule_hold(m, asset="btc", when=[("gold", "above_average", 10)], hold=4),
        lambda m: event_hold(m, hold=10, lookback=20, sizing=Sizing("vol_target", window=10)),
    ]
    for build in builders:
        a, b = build(market), build(other)
        for asset in a:
            closes = market.leg(asset).closes
            upto = np.asarray(closes <= at)
            assert_allclose(a[asset][upto], b[asset][upto], err_msg=asset)


def test_hold_windows_and_sizing() -> None:
    assert hold_windows(np.array([0]), 3, delay=5, hold=2).tolist() == [0.0, 0.0, 0.0]
    market = _market()
    w = event_hold(market, lookback=20, hold=30, sizing=Sizing(fraction=0.25))["btc"]
    assert set(np.unique(w)) <= {0.0, 0.25}
    vt = event_hold(market, lookback=20, hold=30, sizing=Sizing("vol_target", target_vol=0.1))
    assert 0 < vt["btc"].max() <= 1.0
    with pytest.raises(DataError, match="fraction"):
        Sizing(fraction=0.0)


def test_fixed_mix_interleaves_calendars_and_bad_weights_are_named() -> None:
    market = _market()
    run = simulate(market, fixed_mix(market), cost_bps=0)
    assert run.metrics.exposure == 1.0 and len(run.trades) == 2
    with pytest.raises(DataError, match="weights\\['btc'\\]"):
        simulate(market, {"btc": np.ones(3)})
    with pytest.raises(DataError, match="series 'eth'"):
        simulate(market, {"eth": np.ones(3)})
