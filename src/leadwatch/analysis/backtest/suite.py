"""One backtest as the user sees it: the walk-forward headline beside its benchmarks.

Examples
--------
>>> import numpy as np, pandas as pd
>>> from leadwatch.analysis.backtest.engine import Market
>>> from leadwatch.analysis.backtest.strategies import Strategy, buy_and_hold
>>> from leadwatch.analysis.backtest.walkforward import benchmark_runs, walk_forward
>>> days = pd.date_range("2015-01-01", "2018-12-31")
>>> btc = pd.Series(np.linspace(100, 300, len(days)), days)
>>> market = Market.from_series({"btc": btc})
>>> wf = walk_forward(Strategy("hold", buy_and_hold, ({},)), market, train_years=2)
>>> lo, hi = wf.folds["train_end"].iloc[0], wf.folds["test_end"].iloc[-1]
>>> bench = benchmark_runs(market, [("btc", buy_and_hold(market))], start=lo, end=hi)
>>> suite = BacktestSuite(wf, bench, settings={"cost_bps": 10})
>>> suite.to_frame()["run"].tolist()
['hold (out of sample)', 'btc']
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from leadwatch.analysis.backtest.engine import BacktestRun, Market
from leadwatch.analysis.backtest.strategies import Strategy, Weights, buy_and_hold, fixed_mix
from leadwatch.analysis.backtest.walkforward import (
    WalkForwardResult,
    benchmark_runs,
    walk_forward,
)
from leadwatch.results import Result, jsonable

__all__ = ["METRIC_COLUMNS", "BacktestSuite", "default_benchmarks", "run_suite"]

METRIC_COLUMNS: tuple[str, ...] = (
    "cagr",
    "volatility",
    "sharpe",
    "sortino",
    "max_drawdown",
    "hit_rate",
    "exposure",
    "turnover",
    "n_trades",
    "psr",
)


@dataclass(frozen=True, slots=True)
class BacktestSuite(Result):
    """Walk-forward out-of-sample result of a strategy and benchmarks over the same window.

    Attributes
    ----------
    walk_forward
        The strategy's :class:`WalkForwardResult` (its ``oos`` run is the headline).
    benchmarks
        Buy-and-hold and fixed-mix runs over the out-of-sample window.
    settings
        Costs, sizing, windows and strategy description, as given.
    """

    walk_forward: WalkForwardResult
    benchmarks: tuple[BacktestRun, ...]
    settings: Mapping[str, Any] = field(default_factory=dict)

    @property
    def runs(self) -> tuple[BacktestRun, ...]:
        """The out-of-sample run first, then the benchmarks."""
        return (self.walk_forward.oos, *self.benchmarks)

    def to_frame(self) -> pd.DataFrame:
        """One row per run: ``run`` and the metrics of :data:`METRIC_COLUMNS`."""
        rows = []
        for i, run in enumerate(self.runs):
            label = f"{run.name} (out of sample)" if i == 0 else run.name
            m = run.metrics.to_dict()
            rows.append({"run": label, **{k: m[k] for k in METRIC_COLUMNS}})
        return pd.DataFrame(rows)

    def summary(self) -> str:
        wf = self.walk_forward
        lines = [wf.summary(), "Benchmarks over the same window:"]
        lines += [f"  {run.summary()}" for run in self.benchmarks]
        return "\n".join(lines)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "settings": jsonable(dict(self.settings)),
            "walk_forward": self.walk_forward.to_dict(),
            "benchmarks": [b.to_dict() for b in self.benchmarks],
            "table": [jsonable(r) for r in self.to_frame().to_dict(orient="records")],
        }
        return out

    def heading(self) -> str:
        return "Backtest"


def default_benchmarks(market: Market, *, mix: float = 0.5) -> list[tuple[str, Weights]]:
    """What every strategy is shown beside: buy-and-hold Bitcoin and silver, a Bitcoin/gold mix.

    ``mix`` is the Bitcoin weight of the fixed mix (the rest in gold).
    """
    return [
        ("buy-and-hold btc", buy_and_hold(market, asset="btc")),
        ("buy-and-hold silver", buy_and_hold(market, asset="silver")),
        (
            f"mix {mix:.0%} btc / {1 - mix:.0%} gold",
            fixed_mix(market, weights={"btc": mix, "gold": 1.0 - mix}),
        ),
    ]


def run_suite(
    strategy: Strategy,
    market: Market,
    *,
    mix: float = 0.5,
    train_years: float = 3.0,
    test_years: float = 1.0,
    anchored: bool = False,
    cost_bps: float = 10.0,
    slippage_bps: float = 0.0,
    settings: Mapping[str, Any] | None = None,
) -> BacktestSuite:
    """Walk ``strategy`` forward and run :func:`default_benchmarks` over its out-of-sample window.

    Costs apply alike to the strategy and the benchmarks; ``settings`` is kept
    on the result as given.
    """
    wf = walk_forward(
        strategy,
        market,
        train_years=train_years,
        test_years=test_years,
        anchored=anchored,
        cost_bps=cost_bps,
        slippage_bps=slippage_bps,
    )
    lo, hi = wf.folds["train_end"].iloc[0], wf.folds["test_end"].iloc[-1]
    runs = benchmark_runs(
        market,
        default_benchmarks(market, mix=mix),
        start=lo,
        end=hi,
        cost_bps=cost_bps,
        slippage_bps=slippage_bps,
    )
    return BacktestSuite(wf, runs, dict(settings or {}))
