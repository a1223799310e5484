"""One cheap, real instance of every result class, for ``tests/test_results.py``.

Each builder runs the public function that makes the result on small synthetic
data (short samples, 99 bootstrap draws), so the contract test covers what users
actually get.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import Any

import numpy as np
import pandas as pd

from leadwatch.analysis.inference import Inference
from leadwatch.results import Result

__all__ = ["BUILDERS", "conditional_result"]

Builder = Callable[[], Result]


@cache
def _pair() -> pd.DataFrame:
    rng = np.random.default_rng(0)
    n = 700
    x = rng.standard_normal(n)
    z = rng.standard_normal(n)
    y = 0.4 * np.r_[np.zeros(3), x[:-3]] + rng.standard_normal(n)
    idx = pd.bdate_range("2015-01-01", periods=n)
    return pd.DataFrame({"a": x, "b": y, "c": z}, index=idx)


@cache
def _battery() -> Any:
    from leadwatch.analysis.leadlag import lead_lag_battery

    returns = _pair()
    log_price = pd.Series(np.cumsum(0.01 * returns["a"].to_numpy()), index=returns.index)
    return lead_lag_battery(
        returns,
        "a",
        "b",
        controls=["c"],
        lags=range(1, 11),
        inference=Inference(n_boot=99),
        leader_log_price=log_price,
    )


def _weekly_regime() -> tuple[np.ndarray, np.ndarray, pd.DatetimeIndex]:
    rng = np.random.default_rng(0)
    weeks = pd.date_range("2008-01-04", periods=600, freq="W-FRI")
    regime = (np.sin(np.arange(600) / 15) > 0).astype(float)
    r = 0.01 * rng.standard_normal(600) + 0.006 * np.r_[0.0, regime[:-1]]
    return r, regime, weeks


def conditional_result() -> Result:
    from leadwatch.analysis.conditional import conditional_returns

    r, regime, weeks = _weekly_regime()
    return conditional_returns(
        r, regime, weeks, horizon=4, guard=30, inference=Inference(n_boot=99)
    )


def _regime_correlation() -> Result:
    from leadwatch.analysis.conditional import regime_correlation

    r, regime, _ = _weekly_regime()
    other = r + 0.01 * np.random.default_rng(1).standard_normal(len(r))
    return regime_correlation(r, other, regime, inference=Inference(n_boot=99))


def _connectedness() -> Result:
    from leadwatch.analysis.connectedness import connectedness

    return connectedness(_pair(), lags=1, horizon=10)


def _rolling() -> Result:
    from leadwatch.analysis.connectedness import rolling_connectedness

    return rolling_connectedness(_pair().iloc[:300], window=150, lags=1, horizon=5)


def _scan() -> Result:
    from leadwatch.analysis.scan import scan_returns

    return scan_returns(_pair(), lags=range(1, 6))


def _granger_orders() -> Result:
    from leadwatch.analysis.leadlag import granger_orders

    p = _pair()
    return granger_orders(p["b"].to_numpy(), p["a"].to_numpy(), 4)


@cache
def _phase_config() -> Any:
    from leadwatch.analysis.phases import parse_phase_config

    return parse_phase_config(
        {
            "model": {"confirm_days": 2},
            "triggers": {
                "hot": {"conditions": [{"metric": "level(vix)", "op": ">", "threshold": 20}]}
            },
            "phases": [{"name": "risk_off", "all": ["hot"]}],
        }
    )


@cache
def _phase_values() -> pd.DataFrame:
    days = pd.bdate_range("2020-01-01", periods=400)
    vix = 20 + 5 * np.sin(np.arange(400) / 20)
    return pd.DataFrame({"vix": vix}, index=days)


def _phase_history() -> Result:
    from leadwatch.analysis.phases import classify_phases

    return classify_phases(_phase_values(), _phase_config())


def _trigger_history() -> Result:
    from leadwatch.analysis.phases import evaluate_triggers

    return evaluate_triggers(_phase_values(), _phase_config())


def _trigger_board() -> Result:
    from leadwatch.analysis.phases import evaluate_triggers

    return evaluate_triggers(_phase_values(), _phase_config()).board()


def _phase_returns() -> Result:
    from leadwatch.analysis.phases import forward_returns_by_phase

    rng = np.random.default_rng(0)
    days = pd.bdate_range("2010-01-01", periods=1200)
    phase = pd.Series(np.repeat(["a", "b"] * 6, 100), index=days)
    prices = pd.DataFrame({"x": np.exp(np.cumsum(0.01 * rng.standard_normal(1200)))}, days)
    return forward_returns_by_phase(
        phase, prices, horizon=10, target="b", inference=Inference(n_boot=99)
    )


def _outlook() -> Result:
    from leadwatch.analysis.phases import analogue_outlook

    rng = np.random.default_rng(0)
    days = pd.bdate_range("2012-01-02", periods=900)
    price = pd.Series(np.exp(np.cumsum(0.01 * rng.standard_normal(900))), index=days)
    momentum = pd.DataFrame({"m": pd.Series(np.log(price.to_numpy()), days).diff(20)})
    phase = pd.Series("neutral", index=days)
    return analogue_outlook(phase, momentum, price, horizons=(20,), k=20)


def _markov() -> Result:
    from leadwatch.analysis.phases import markov_switching

    rng = np.random.default_rng(0)
    y = np.r_[rng.normal(-1, 0.5, 100), rng.normal(2, 0.5, 100), rng.normal(-1, 0.5, 100)]
    return markov_switching(y, k_regimes=2, n_starts=2)


def _regime_comparison() -> Result:
    from leadwatch.analysis.phases import phase_regimes

    rng = np.random.default_rng(0)
    days = pd.bdate_range("2015-01-01", periods=400)
    shift = np.repeat([0.0, 3.0, 0.0, 3.0], 100)
    features = pd.DataFrame(
        {"f1": shift + rng.standard_normal(400), "f2": shift + rng.standard_normal(400)}, days
    )
    phases = pd.Series(np.where(shift > 0, "high", "low"), index=days)
    return phase_regimes(features, phases, k_regimes=2, n_starts=2)


@cache
def _market() -> Any:
    from leadwatch.analysis.backtest import Market

    days = pd.date_range("2015-01-01", "2018-12-31")
    rng = np.random.default_rng(0)
    btc = pd.Series(100 * np.exp(np.cumsum(rng.normal(0.001, 0.03, len(days)))), days)
    return Market.from_series({"btc": btc})


def _backtest_run() -> Result:
    from leadwatch.analysis.backtest import buy_and_hold, simulate

    return simulate(_market(), buy_and_hold(_market()), cost_bps=10, name="hold")


def _metrics() -> Result:
    run = _backtest_run()
    metrics: Result = run.metrics  # type: ignore[attr-defined]
    return metrics


@cache
def _walk_forward() -> Any:
    from leadwatch.analysis.backtest import Strategy, buy_and_hold, walk_forward

    return walk_forward(Strategy("hold", buy_and_hold, ({},)), _market(), train_years=2)


def _suite() -> Result:
    from leadwatch.analysis.backtest import BacktestSuite, benchmark_runs, buy_and_hold

    wf = _walk_forward()
    lo, hi = wf.folds["train_end"].iloc[0], wf.folds["test_end"].iloc[-1]
    bench = benchmark_runs(_market(), [("btc", buy_and_hold(_market()))], start=lo, end=hi)
    return BacktestSuite(wf, bench, settings={"cost_bps": 10})


THESIS = """\
name = "planted <b>"
claim = "silver leads btc"
[source]
article = "synthetic"
date = 2019-06-03
[[hypotheses]]
id = "lead"
kind = "lead_lag"
leader = "silver"
follower = "btc"
lags = ["1 week", "6 weeks"]
[[hypotheses]]
id = "together"
kind = "correlation"
pair = ["silver", "btc"]
"""


@cache
def _workspace_and_thesis() -> tuple[Any, Any]:
    from leadwatch.theses import parse_thesis
    from leadwatch.theses.evaluate import Workspace

    rng = np.random.default_rng(0)
    days = pd.date_range("2014-01-01", "2020-12-31", freq="D")
    bdays = days[days.day_of_week < 5]
    silver_r = pd.Series(0.015 * rng.standard_normal(len(bdays)), index=bdays)
    btc_r = 0.8 * silver_r.shift(10).reindex(days).fillna(0.0) + 0.02 * rng.standard_normal(
        len(days)
    )
    values: dict[str, pd.Series] = {
        "silver": pd.Series(20 * np.exp(silver_r.cumsum().to_numpy()), index=bdays),
        "btc": pd.Series(1000 * np.exp(np.cumsum(btc_r)), index=days),
    }
    return Workspace(values), parse_thesis(THESIS, "planted.toml")


@cache
def _theses_run() -> Any:
    from leadwatch.theses.evaluate import run_theses

    ws, thesis = _workspace_and_thesis()
    return run_theses([thesis], ws, n_boot=99)


@cache
def _hindsight() -> Any:
    from leadwatch.theses.hindsight import hindsight

    ws, thesis = _workspace_and_thesis()
    return hindsight([thesis], ws, n_boot=99)


def _thesis_report() -> Result:
    from leadwatch.api.theses import ThesisReport

    return ThesisReport(_theses_run(), (_hindsight(),))


def _watch_run() -> Result:
    from leadwatch.api.watch import WatchRun

    event = {"alert_id": "a<1>", "kind": "phase", "as_of": "2026-01-21", "message": "m"}
    return WatchRun("2026-01-21", "safe_haven", ("line <x>",), 1, 1, 0, 2, 0, None, (event,))


def _article_check() -> Result:
    from leadwatch.claims import extract_claims
    from leadwatch.claims.check import check_claims
    from leadwatch.claims.dating import infer_date
    from leadwatch.claims.market import Market
    from leadwatch.claims.result import ArticleCheck

    days = pd.bdate_range("2025-10-01", "2026-01-09")
    silver = pd.Series(range(50, 50 + len(days)), index=days, dtype=float)
    market = Market({"silver": silver})
    extraction = extract_claims("Silver hit a record high today. Silver rose 5% this week.")
    dated = infer_date(extraction, market, date="2026-01-09")
    checked = check_claims(extraction, dated.date, market)
    frame = pd.DataFrame(columns=["name", "title", "verdict", "hypotheses"])
    return ArticleCheck("demo", extraction, dated, checked, frame, "")


def _flow_lead_lag() -> Result:
    from leadwatch.analysis.flows import FlowLeadLag

    battery = _battery()
    return FlowLeadLag(flow="a", asset="b", flows_lead=battery, price_leads=battery)


BUILDERS: dict[str, Builder] = {
    "LeadLagResult": _battery,
    "CrossCorrelationResult": lambda: _battery().ccf,
    "PredictiveResult": lambda: _battery().predictive,
    "GrangerResult": lambda: _battery().granger,
    "GrangerTest": lambda: _battery().granger.forward,
    "ConfounderResult": lambda: _battery().confounders,
    "EventStudyResult": lambda: _battery().events,
    "StabilityResult": lambda: _battery().stability,
    "Verdict": lambda: _battery().decision,
    "GrangerOrders": _granger_orders,
    "ConditionalResult": conditional_result,
    "RegimeCorrelationResult": _regime_correlation,
    "ConnectednessResult": _connectedness,
    "RollingConnectednessResult": _rolling,
    "ScanResult": _scan,
    "PhaseHistory": _phase_history,
    "TriggerHistory": _trigger_history,
    "TriggerBoard": _trigger_board,
    "PhaseReturnsResult": _phase_returns,
    "OutlookResult": _outlook,
    "MarkovResult": _markov,
    "RegimeComparison": _regime_comparison,
    "BacktestRun": _backtest_run,
    "Metrics": _metrics,
    "WalkForwardResult": _walk_forward,
    "BacktestSuite": _suite,
    "HypothesisResult": lambda: _theses_run().results[0].hypotheses[0],
    "ThesisResult": lambda: _theses_run().results[0],
    "ThesesRun": _theses_run,
    "Hindsight": _hindsight,
    "ThesisReport": _thesis_report,
    "WatchRun": _watch_run,
    "ArticleCheck": _article_check,
    "FlowLeadLag": _flow_lead_lag,
}
