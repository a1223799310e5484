"""Walk-forward evaluation: choose parameters on a training window, trade the next window.

Folds are consecutive ``test_years`` windows after the first ``train_years`` of
data; each fold's training window is the ``train_years`` before its test window
(rolling; ``anchored=True`` grows it from the first date instead). In each fold:

1. the market is cut to what was *public* at the end of the training window
   (:meth:`Market.upto`), every parameter set is simulated on the training
   window, and the one with the best Sharpe ratio is chosen (ties: the first);
2. the chosen parameters are applied to the market as known at the end of the
   test window, and their weights on the test window's closes are kept.

The kept weights of all folds are stitched and simulated once, so costs fall
where the position changes, fold boundaries included. That out-of-sample run is
the headline; the in-sample optimum is reported only beside it. The deflated
Sharpe ratio counts every parameter set as a trial, with the variance of their
Sharpe ratios over the same out-of-sample span.

Examples
--------
>>> import pandas as pd
>>> from leadwatch.analysis.backtest.strategies import Strategy, buy_and_hold
>>> days = pd.date_range("2015-01-01", "2019-12-31")
>>> rng = np.random.default_rng(0)
>>> btc = pd.Series(100 * np.exp(np.cumsum(rng.normal(0.001, 0.03, len(days)))), days)
>>> market = Market.from_series({"btc": btc})
>>> s = Strategy("hold", buy_and_hold, ({"asset": "btc"},))
>>> wf = walk_forward(s, market, train_years=2, test_years=1)
>>> len(wf.folds), wf.n_trials, str(wf.oos.metrics.start.date())
(3, 1, '2017-01-02')
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from leadwatch.analysis.backtest.engine import BacktestRun, Market, as_instant, simulate
from leadwatch.analysis.backtest.metrics import deflated_sharpe, sharpe_ratio
from leadwatch.analysis.backtest.strategies import Strategy
from leadwatch.errors import DataError, InfeasibleTest
from leadwatch.results import Result, frame_records, jsonable

__all__ = [
    "MIN_TEST_YEARS",
    "WalkForwardResult",
    "benchmark_runs",
    "fold_windows",
    "walk_forward",
]

#: The shortest test window (a month): shorter ones make hundreds of folds too short to trade.
MIN_TEST_YEARS = 1 / 12


def fold_windows(
    first: pd.Timestamp,
    last: pd.Timestamp,
    *,
    train_years: float,
    test_years: float,
    anchored: bool = False,
) -> list[tuple[pd.Timestamp, pd.Timestamp, pd.Timestamp]]:
    """``(train_start, train_end = test_start, test_end)`` per fold (UTC instants).

    Examples
    --------
    >>> f = fold_windows(pd.Timestamp("2015-01-01", tz="UTC"), pd.Timestamp("2018-06-30", tz="UTC"),
    ...                  train_years=2, test_years=1)
    >>> [(a.year, b.year, c.date().isoformat()) for a, b, c in f]
    [(2015, 2017, '2018-01-01'), (2016, 2018, '2018-06-30')]
    """
    train = pd.DateOffset(months=round(train_years * 12))
    test = pd.DateOffset(months=round(test_years * 12))
    folds = []
    cut = first + train
    while cut < last:
        end = min(cut + test, last)
        folds.append((first if anchored else cut - train, cut, end))
        cut = cut + test
    return folds


@dataclass(frozen=True, slots=True)
class WalkForwardResult(Result):
    """Out-of-sample result of a walk-forward, with the fold choices and trial statistics.

    Attributes
    ----------
    strategy
        Name of the strategy.
    oos
        The stitched out-of-sample run (the headline).
    folds
        One row per fold: ``train_start, train_end, test_end, params,
        train_sharpe, test_sharpe``.
    trials
        One row per parameter set: ``params`` and ``oos_sharpe`` (annualised)
        of that fixed set over the out-of-sample span.
    n_trials, sharpe_variance
        Parameter sets tried and the variance of their per-period Sharpe ratios.
    sr_star
        Per-period Sharpe ratio the best of ``n_trials`` worthless sets reaches by luck.
    deflated_sharpe, psr
        Deflated Sharpe ratio (PSR against ``sr_star``) and PSR against 0 of ``oos``.
    in_sample_best
        The best parameter set over the whole span and its (in-sample) Sharpe ratio.
    """

    strategy: str
    oos: BacktestRun
    folds: pd.DataFrame
    trials: pd.DataFrame
    n_trials: int
    sharpe_variance: float
    sr_star: float
    deflated_sharpe: float
    psr: float
    in_sample_best: tuple[str, float]
    null_hypothesis: str = "the out-of-sample Sharpe ratio is no better than the best of luck"

    def summary(self) -> str:
        m = self.oos.metrics
        lines = [
            f"Walk-forward {self.strategy}: {len(self.folds)} folds, "
            f"{self.n_trials} parameter sets",
            f"  out-of-sample {m.summary()}",
            f"  deflated Sharpe {self.deflated_sharpe:.2f} (PSR {self.psr:.2f}; "
            f"luck benchmark {self.sr_star * math.sqrt(365):.2f} annualised)",
            f"  in-sample best (not tradable): {self.in_sample_best[0]} Sharpe "
            f"{self.in_sample_best[1]:.2f}",
        ]
        return "\n".join(lines)

    def to_frame(self) -> pd.DataFrame:
        return self.folds.copy()

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = jsonable(
            {
                "strategy": self.strategy,
                "n_trials": self.n_trials,
                "sharpe_variance": self.sharpe_variance,
                "sr_star_annualised": self.sr_star * math.sqrt(365),
                "deflated_sharpe": self.deflated_sharpe,
                "psr": self.psr,
                "in_sample_best": {
                    "params": self.in_sample_best[0],
                    "sharpe": self.in_sample_best[1],
                },
            }
        )
        out["oos"] = self.oos.to_dict()
        out["folds"] = frame_records(self.folds)
        out["trials"] = frame_records(self.trials)
        return out

    def heading(self) -> str:
        return f"Walk-forward: {self.strategy}"


def _label(params: Mapping[str, Any]) -> str:
    return ", ".join(f"{k}={v}" for k, v in params.items()) or "(fixed)"


def walk_forward(
    strategy: Strategy,
    market: Market,
    *,
    train_years: float = 3.0,
    test_years: float = 1.0,
    anchored: bool = False,
    cost_bps: float = 10.0,
    slippage_bps: float = 0.0,
    start: pd.Timestamp | str | None = None,
) -> WalkForwardResult:
    """Walk-forward ``strategy`` over ``market`` (see the module docs).

    Parameters
    ----------
    strategy
        Weight builder and parameter grid.
    market
        Every series the strategy reads (and its phase history, if any).
    train_years, test_years
        Window lengths; folds step by ``test_years``.
    anchored
        Grow the training window from the first date instead of rolling it.
    cost_bps, slippage_bps
        Charged per unit of weight traded.
    start
        First date of the first training window (default: the first close of
        the traded assets, taken from the first parameter set's weights).
    """
    if not (train_years > 0 and test_years > 0):
        raise DataError("train_years and test_years must be > 0", fix="e.g. 3 and 1")
    if test_years < MIN_TEST_YEARS:
        raise DataError(
            f"test_years={test_years:g} is shorter than a month: hundreds of folds, each too "
            "short to hold a position",
            fix=f"pass test_years >= {MIN_TEST_YEARS:.3f} (a month), e.g. 0.25 or 1",
        )
    costs: dict[str, Any] = {"cost_bps": cost_bps, "slippage_bps": slippage_bps}
    every = [strategy.weights(market, p) for p in strategy.grid]  # causal: trials use them
    assets = list(dict.fromkeys(a for w in every for a in w))
    first = max(market.leg(a).closes[0] for a in assets)
    if start is not None:
        first = max(first, as_instant(start))
    last = min(market.leg(a).closes[-1] for a in assets)
    folds = fold_windows(
        first, last, train_years=train_years, test_years=test_years, anchored=anchored
    )
    if not folds:
        raise InfeasibleTest(
            f"the data ({first.date()}..{last.date()}) is shorter than one training window "
            f"of {train_years:g} years plus a test window",
            fix="shorten train_years or import a longer history",
        )
    stitched = {a: np.zeros(len(market.leg(a).values)) for a in assets}
    rows = []
    for lo, cut, hi in folds:
        seen = market.upto(cut)
        scores = []
        for params in strategy.grid:
            run = simulate(seen, strategy.weights(seen, params), start=lo, end=cut, **costs)
            scores.append(run.metrics.sharpe)
        finite = np.where(np.isfinite(scores), scores, -np.inf)
        best = strategy.grid[int(np.argmax(finite))]
        known = market.upto(hi)
        chosen = strategy.weights(known, best)
        for a in assets:
            closes = market.leg(a).closes
            sel = np.flatnonzero((closes > cut) & (closes <= hi))
            if a in chosen:
                stitched[a][sel] = chosen[a][sel]
        test = simulate(known, chosen, start=cut, end=hi, **costs)
        rows.append(
            {
                "train_start": lo,
                "train_end": cut,
                "test_end": hi,
                "params": _label(best),
                "train_sharpe": float(np.max(finite)),
                "test_sharpe": test.metrics.sharpe,
            }
        )
    oos_lo, oos_hi = folds[0][1], folds[-1][2]
    oos = simulate(
        market,
        stitched,
        start=oos_lo,
        end=oos_hi,
        name=strategy.name,
        params={"walk_forward": f"{len(folds)} folds"},
        **costs,
    )
    trial_rows, per_period = [], []
    best_is = ("", -math.inf)
    for params, w in zip(strategy.grid, every, strict=True):
        run = simulate(market, w, start=oos_lo, end=oos_hi, **costs)
        trial_rows.append({"params": _label(params), "oos_sharpe": run.metrics.sharpe})
        per_period.append(sharpe_ratio(run.daily, periods=1))
        whole = simulate(market, w, start=folds[0][0], end=oos_hi, **costs).metrics.sharpe
        if math.isfinite(whole) and whole > best_is[1]:
            best_is = (_label(params), whole)
    dsr, star = deflated_sharpe(oos.daily, per_period)
    finite_pp = np.asarray(per_period)[np.isfinite(per_period)]
    return WalkForwardResult(
        strategy=strategy.name,
        oos=oos,
        folds=pd.DataFrame(rows),
        trials=pd.DataFrame(trial_rows),
        n_trials=strategy.n_trials,
        sharpe_variance=float(np.var(finite_pp, ddof=1)) if len(finite_pp) > 1 else 0.0,
        sr_star=star,
        deflated_sharpe=dsr,
        psr=oos.metrics.psr,
        in_sample_best=best_is,
    )


def benchmark_runs(
    market: Market,
    benchmarks: Sequence[tuple[str, Mapping[str, Any]]],
    *,
    start: pd.Timestamp,
    end: pd.Timestamp,
    cost_bps: float = 10.0,
    slippage_bps: float = 0.0,
) -> tuple[BacktestRun, ...]:
    """Benchmarks (name, weights) simulated over the same window as the headline."""
    return tuple(
        simulate(
            market,
            dict(w),
            start=start,
            end=end,
            name=name,
            cost_bps=cost_bps,
            slippage_bps=slippage_bps,
        )
        for name, w in benchmarks
    )
