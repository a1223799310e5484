"""Backtests of thesis rules: strategies, the event-driven engine, metrics, walk-forward, suite."""

from __future__ import annotations

from leadwatch.analysis.backtest.engine import BacktestRun, Market, simulate
from leadwatch.analysis.backtest.metrics import (
    Metrics,
    deflated_sharpe,
    metrics_from_returns,
    probabilistic_sharpe,
    sharpe_ratio,
)
from leadwatch.analysis.backtest.strategies import (
    Strategy,
    buy_and_hold,
    condition_signal,
    event_hold,
    fixed_mix,
    rotation,
    rule_hold,
)
from leadwatch.analysis.backtest.suite import BacktestSuite
from leadwatch.analysis.backtest.walkforward import WalkForwardResult, benchmark_runs, walk_forward

__all__ = [
    "BacktestRun",
    "BacktestSuite",
    "Market",
    "Metrics",
    "Strategy",
    "WalkForwardResult",
    "benchmark_runs",
    "buy_and_hold",
    "condition_signal",
    "deflated_sharpe",
    "event_hold",
    "fixed_mix",
    "metrics_from_returns",
    "probabilistic_sharpe",
    "rotation",
    "rule_hold",
    "sharpe_ratio",
    "simulate",
    "walk_forward",
]
