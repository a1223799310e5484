"""Backtests from the store: thesis -> strategy -> walk-forward -> result beside benchmarks.

Composition only: read the series (each on its own calendar), build a
:class:`~leadwatch.analysis.backtest.engine.Market` (with the phase history for the
rotation), choose the strategy and its parameter grid, and call
:func:`~leadwatch.analysis.backtest.walkforward.walk_forward`. Benchmarks
(buy-and-hold Bitcoin, buy-and-hold silver, a fixed Bitcoin/gold mix) run over
the same out-of-sample window with the same costs.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

import pandas as pd

from leadwatch.analysis.backtest.engine import Market
from leadwatch.analysis.backtest.strategies import (
    Sizing,
    Strategy,
    event_hold,
    rotation,
    rule_hold,
)
from leadwatch.analysis.backtest.suite import BacktestSuite, run_suite
from leadwatch.catalog import get_series
from leadwatch.errors import DataError, InfeasibleTest
from leadwatch.store import Store, opened_store

if TYPE_CHECKING:
    from leadwatch.theses.schema import Duration, StrategyRule, Thesis

__all__ = [
    "DEFAULT_DELAYS",
    "DEFAULT_HOLDS",
    "DEFAULT_LOOKBACKS",
    "STRATEGIES",
    "backtest",
    "backtest_report_sections",
    "event_strategy",
    "rotation_strategy",
    "thesis_strategy",
]

STRATEGIES: tuple[str, ...] = ("event", "rotation", "thesis")
#: Default walk-forward grid of strategy (a), in closes of the traded asset
#: (calendar days for Bitcoin): delay L, hold N, and the breakout lookback
#: (leader observations: 126 = half a year, 252 = a year).
DEFAULT_DELAYS: tuple[int, ...] = (0, 14, 30, 60)
DEFAULT_HOLDS: tuple[int, ...] = (30, 60, 120)
DEFAULT_LOOKBACKS: tuple[int, ...] = (126, 252)
#: The longest delay, hold or lookback of strategy (a): ten years of Bitcoin's daily closes.
MAX_CLOSES = 3653
_DAYS = {"trading day": 1.0, "day": 1.0, "week": 7.0, "month": 30.44, "quarter": 91.31}


def closes_in(duration: Duration, series: str) -> int:
    """A duration in closes of ``series``: calendar days for 24/7, else its own periods.

    Examples
    --------
    >>> from leadwatch.theses.schema import Duration
    >>> closes_in(Duration(2, "week"), "btc"), closes_in(Duration(2, "week"), "silver")
    (14, 10)
    """
    calendar = get_series(series).calendar
    if calendar == "24/7":
        return max(1, round(duration.amount * _DAYS.get(duration.unit, 365.25)))
    grid = "weekly" if calendar in ("weekly", "monthly") else "daily"
    periods = duration.periods(grid)
    return max(1, round(periods / 4.33) if calendar == "monthly" else periods)


def event_strategy(
    *,
    leader: str = "silver",
    asset: str = "btc",
    rule: str = "breakout",
    delays: Sequence[int] = DEFAULT_DELAYS,
    holds: Sequence[int] = DEFAULT_HOLDS,
    lookbacks: Sequence[int] = DEFAULT_LOOKBACKS,
    sizing: Sizing | None = None,
) -> Strategy:
    """Strategy (a) with its grid: every (delay, hold, lookback) combination."""
    for name, values in (("delays", delays), ("holds", holds), ("lookbacks", lookbacks)):
        if not values or any(isinstance(v, bool) or not isinstance(v, int) for v in values):
            raise DataError(f"{name}={values!r} must be non-empty integers", fix="e.g. 0,14,30")
    if min(delays) < 0 or min(holds) < 1 or min(lookbacks) < 5:
        raise DataError("delays >= 0, holds >= 1, lookbacks >= 5", fix="fix the grid")
    for name, values in (("delays", delays), ("holds", holds), ("lookbacks", lookbacks)):
        if max(values) > MAX_CLOSES:
            raise DataError(
                f"{name}={max(values):,} closes is more than ten years of closes",
                fix=f"use at most {MAX_CLOSES:,} closes",
            )
    grid = tuple(
        {"delay": d, "hold": h, "lookback": b}
        for d, h, b in itertools.product(delays, holds, lookbacks)
    )
    fixed = {"leader": leader, "asset": asset, "rule": rule, "sizing": sizing or Sizing()}
    text = f"hold {asset} for N closes, L closes after each {rule} of {leader}"
    return Strategy(f"{leader}-{rule}->{asset}", event_hold, grid, fixed, text)


def rotation_strategy(
    *,
    metals: Sequence[str] = ("gold", "silver"),
    asset: str = "btc",
    delays: Sequence[int] = (0, 7, 21),
    sizing: Sizing | None = None,
) -> Strategy:
    """Strategy (b): the metal in ``safe_haven``, ``asset`` in ``debasement``, cash otherwise."""
    grid = tuple({"metal": m, "delay": d} for m, d in itertools.product(metals, delays))
    text = f"metal in safe_haven, {asset} in debasement, cash otherwise"
    return Strategy(
        "phase-rotation", rotation, grid, {"asset": asset, "sizing": sizing or Sizing()}, text
    )


def thesis_strategy(thesis: Thesis) -> Strategy:
    """Strategy (c): the thesis file's ``[strategy]`` table (one fixed parameter set)."""
    rule: StrategyRule | None = thesis.strategy
    if rule is None:
        raise DataError(
            f"thesis '{thesis.name}' has no strategy table",
            fix='add a strategy table to the thesis file, e.g. asset = "btc", leader = "silver", '
            'rule = "breakout", hold = "3 months"',
        )
    params: dict[str, Any] = {
        "asset": rule.asset,
        "leader": rule.leader,
        "rule": rule.rule,
        "when": tuple((c.series, c.state, closes_in(c.window, c.series)) for c in rule.when),
        "combine": rule.combine,
        "delay": closes_in(rule.delay, rule.asset) if rule.delay else 0,
        "hold": closes_in(rule.hold, rule.asset) if rule.hold else None,
        "sizing": Sizing(fraction=rule.fraction),
    }
    return Strategy(thesis.name, rule_hold, ({},), params, f"[strategy] of {thesis.name}")


def _thesis(value: Thesis | Path | str) -> Thesis:
    from leadwatch.theses import get_thesis, load_thesis
    from leadwatch.theses.schema import Thesis

    if isinstance(value, Thesis):
        return value
    path = Path(value)
    return load_thesis(path) if path.suffix == ".toml" or path.is_file() else get_thesis(str(value))


def _series_needed(strategy: Strategy) -> list[str]:
    fixed = strategy.fixed
    names = [fixed.get("asset", "btc"), fixed.get("leader")]
    names += [c[0] for c in fixed.get("when", ())]
    names += [g.get("metal") for g in strategy.grid]
    return [n for n in dict.fromkeys(names) if isinstance(n, str)]


def _check_overlap(series: dict[str, pd.Series], years: float) -> None:
    """The strategy's series must share one training plus one test window of dates."""
    first = max(pd.Timestamp(s.index.min()) for s in series.values())
    last = min(pd.Timestamp(s.index.max()) for s in series.values())
    if (last - first).days / 365.25 >= years:
        return
    spans = ", ".join(
        f"{k} {s.index.min():%Y-%m-%d}..{s.index.max():%Y-%m-%d}" for k, s in series.items()
    )
    raise InfeasibleTest(
        f"the strategy's series share too few dates for a walk-forward of {years:g} years "
        f"({spans})",
        fix="use a series with a longer history, or shorten --train-years/--test-years",
    )


def backtest(
    store: Store | Path | str | None = None,
    *,
    strategy: Literal["event", "rotation", "thesis"] | Strategy = "event",
    thesis: Thesis | Path | str | None = None,
    leader: str = "silver",
    asset: str = "btc",
    sizing: Sizing | None = None,
    delays: Sequence[int] = DEFAULT_DELAYS,
    holds: Sequence[int] = DEFAULT_HOLDS,
    lookbacks: Sequence[int] = DEFAULT_LOOKBACKS,
    cost_bps: float = 10.0,
    slippage_bps: float = 5.0,
    train_years: float = 3.0,
    test_years: float = 1.0,
    anchored: bool = False,
    mix: float = 0.5,
) -> BacktestSuite:
    """Walk-forward backtest of a strategy, with benchmarks over the same out-of-sample window.

    Parameters
    ----------
    store
        Store, store path or ``None`` (the default store).
    strategy
        ``event`` (a: hold ``asset`` after ``leader``'s breakouts), ``rotation``
        (b: phases), ``thesis`` (c: the ``[strategy]`` table of ``thesis``) or a
        ready :class:`Strategy`.
    thesis
        Built-in thesis name or TOML path (for ``strategy='thesis'``).
    sizing
        :class:`Sizing` (default: fully invested while the signal holds).
    delays, holds, lookbacks
        Grid of strategy (a), in closes (see :data:`DEFAULT_DELAYS`).
    cost_bps, slippage_bps
        Per unit of weight traded, each way.
    train_years, test_years, anchored
        Walk-forward windows (see :func:`walk_forward`).
    mix
        Bitcoin weight of the fixed Bitcoin/gold benchmark.
    """
    if not 0.0 <= mix <= 1.0:
        raise DataError(f"mix={mix} is outside [0, 1]", fix="pass the Bitcoin weight, e.g. 0.5")
    if isinstance(strategy, Strategy):
        chosen = strategy
    elif strategy == "event":
        chosen = event_strategy(
            leader=leader,
            asset=asset,
            delays=delays,
            holds=holds,
            lookbacks=lookbacks,
            sizing=sizing,
        )
    elif strategy == "rotation":
        chosen = rotation_strategy(asset=asset, sizing=sizing)
    elif strategy == "thesis":
        if thesis is None:
            raise DataError("strategy 'thesis' needs a thesis", fix="pass --thesis NAME_OR_PATH")
        chosen = thesis_strategy(_thesis(thesis))
    else:
        raise DataError(f"strategy={strategy!r} is unknown", fix=f"use one of {STRATEGIES}")
    ids = list(dict.fromkeys([*_series_needed(chosen), "btc", "silver", "gold"]))
    with opened_store(store) as opened:
        values = opened.read_values(ids)
        empty = [k for k, v in values.items() if v.dropna().empty]
        if empty:
            raise DataError(f"no stored values for {', '.join(empty)}", fix="import them first")
        _check_overlap(
            {k: values[k].dropna() for k in _series_needed(chosen)}, train_years + test_years
        )
        phase = None
        if chosen.build is rotation:
            from leadwatch.api.phases import phase_history

            phase = phase_history(opened).phase
    market = Market.from_series(values, phase=phase)
    settings = {
        "strategy": chosen.name,
        "description": chosen.description,
        "sizing": (sizing or Sizing()).describe() if strategy != "thesis" else "from the thesis",
        "cost_bps": cost_bps,
        "slippage_bps": slippage_bps,
        "train_years": train_years,
        "test_years": test_years,
        "anchored": anchored,
    }
    return run_suite(
        chosen,
        market,
        mix=mix,
        train_years=train_years,
        test_years=test_years,
        anchored=anchored,
        cost_bps=cost_bps,
        slippage_bps=slippage_bps,
        settings=settings,
    )


def backtest_report_sections(store: Store) -> list[Any]:
    """The backtest report section (strategy a, default grid), or nothing without the data."""
    from leadwatch.report.backtest import BacktestSection

    stored = set(store.status().query("rows > 0")["id"])
    if not {"btc", "silver", "gold"} <= stored:
        return []
    return [BacktestSection(backtest(store))]
