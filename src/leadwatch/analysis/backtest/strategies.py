"""Strategies and benchmarks: market -> target weights on each traded asset's own closes.

Every strategy maps signals to closes through
:func:`~leadwatch.analysis.backtest.engine.first_fill` or
:func:`~leadwatch.analysis.backtest.engine.step_asof`, so a signal known at instant
``k`` changes a weight only at the first close of the traded asset strictly
after ``k``. ``delay`` and ``hold`` count closes of the traded asset (calendar
days for 24/7 Bitcoin, London business days for the metals).

* :func:`event_hold` (strategy a): hold ``asset`` for ``hold`` closes starting
  ``delay`` closes after each ``rule`` event of ``leader`` (a later event
  extends the holding).
* :func:`rotation` (strategy b): hold ``metal`` in ``safe_haven``, ``asset`` in
  ``debasement``, cash otherwise (phases from :mod:`leadwatch.analysis.phases.classify`).
* :func:`rule_hold` (strategy c): a declarative thesis rule: an event, or a
  ``when`` list of conditions on series.
* :func:`buy_and_hold`, :func:`fixed_mix`: benchmarks.

Sizing (:class:`Sizing`) scales the 0/1 signal by a fixed fraction, or by
``target_vol / realised volatility`` (volatility of the traded asset's returns
up to the previous close, so the size never uses the fill price itself).

Examples
--------
>>> import pandas as pd
>>> days = pd.date_range("2024-01-01", periods=8)
>>> silver_days = pd.bdate_range("2024-01-01", periods=6)
>>> from leadwatch.analysis.backtest.engine import Market
>>> m = Market.from_series({"btc": pd.Series(np.arange(100.0, 108), days),
...                         "silver": pd.Series([20.0, 19, 21, 20, 22, 21], silver_days)})
>>> w = event_hold(m, rule="breakout", lookback=2, delay=1, hold=2)["btc"]
>>> w.tolist()  # silver highs on Wed 3rd and Fri 5th, known 13:00 UTC; BTC fills next 00:00
[0.0, 0.0, 0.0, 1.0, 1.0, 1.0, 1.0, 0.0]
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

import numpy as np
import pandas as pd

from leadwatch.analysis.backtest.engine import Leg, Market, first_fill, phase_known, step_asof
from leadwatch.analysis.leadlag.events import RULES, detect_events
from leadwatch.analysis.validation import Floats, Ints
from leadwatch.errors import DataError

__all__ = [
    "STATES",
    "Sizing",
    "Strategy",
    "buy_and_hold",
    "condition_signal",
    "event_hold",
    "fixed_mix",
    "hold_windows",
    "rotation",
    "rule_hold",
]

STATES: tuple[str, ...] = ("rising", "falling", "above_average", "below_average")
Weights = dict[str, Floats]


@dataclass(frozen=True, slots=True)
class Sizing:
    """Position size: ``fixed`` fraction of equity, or ``vol_target`` (capped at ``max_weight``).

    Examples
    --------
    >>> Sizing("vol_target", target_vol=0.3).describe()
    'volatility target 30% (60-close window, at most 1x)'
    """

    kind: Literal["fixed", "vol_target"] = "fixed"
    fraction: float = 1.0
    target_vol: float = 0.4
    window: int = 60
    max_weight: float = 1.0

    def __post_init__(self) -> None:
        if self.kind not in ("fixed", "vol_target"):
            raise DataError(f"sizing={self.kind!r} is unknown", fix="use 'fixed' or 'vol_target'")
        for name in ("fraction", "target_vol", "max_weight"):
            value = getattr(self, name)
            if not (isinstance(value, int | float) and 0 < value <= 10):
                raise DataError(f"{name}={value!r} is out of range", fix=f"pass 0 < {name} <= 10")
        if isinstance(self.window, bool) or not isinstance(self.window, int) or self.window < 5:
            raise DataError(f"window={self.window!r} is too short", fix="pass window >= 5 closes")

    def describe(self) -> str:
        if self.kind == "fixed":
            return f"fixed fraction {self.fraction:.0%}"
        return (
            f"volatility target {self.target_vol:.0%} ({self.window}-close window, "
            f"at most {self.max_weight:g}x)"
        )

    def apply(self, signal: Floats, leg: Leg) -> Floats:
        """Scale a 0/1 signal on ``leg``'s closes."""
        if self.kind == "fixed":
            return signal * self.fraction
        per_year = 365.0 if leg.spec.calendar == "24/7" else 252.0
        logr = pd.Series(np.log(leg.values)).diff()
        vol = logr.rolling(self.window, min_periods=self.window // 2).std().shift(1)
        size = (self.target_vol / (vol * np.sqrt(per_year))).clip(upper=self.max_weight)
        out: Floats = signal * size.fillna(0.0).to_numpy(dtype=np.float64)
        return out


def hold_windows(fills: Ints, n: int, *, delay: int, hold: int) -> Floats:
    """1.0 at closes ``[f + delay, f + delay + hold)`` for each fill index ``f``, else 0.

    Examples
    --------
    >>> hold_windows(np.array([1, 2, 9]), 8, delay=1, hold=2).tolist()
    [0.0, 0.0, 1.0, 1.0, 1.0, 0.0, 0.0, 0.0]
    """
    starts = np.asarray(fills, dtype=np.int64) + delay
    starts = starts[starts < n]
    marks = np.zeros(n + 1)
    np.add.at(marks, starts, 1.0)
    np.add.at(marks, np.minimum(starts + hold, n), -1.0)
    return (np.cumsum(marks[:n]) > 0).astype(np.float64)


def _shift(x: Floats, delay: int) -> Floats:
    if delay == 0:
        return x
    out: Floats = np.concatenate([np.zeros(min(delay, len(x))), x[: max(len(x) - delay, 0)]])
    return out


def event_hold(
    market: Market,
    *,
    leader: str = "silver",
    asset: str = "btc",
    rule: str = "breakout",
    lookback: int = 252,
    delay: int = 0,
    hold: int = 60,
    threshold: float = 0.2,
    sizing: Sizing = Sizing(),
) -> Weights:
    """Strategy (a): hold ``asset`` ``hold`` closes, ``delay`` closes after ``leader``'s events.

    ``lookback`` is the event window in the leader's observations (252 = a year
    of London business days: a 52-week breakout).
    """
    lead, traded = market.leg(leader), market.leg(asset)
    if rule not in RULES:
        raise DataError(f"rule={rule!r} is unknown", fix=f"use one of {', '.join(RULES)}")
    events = detect_events(
        np.log(lead.values), rule, year=lookback, quarter=max(lookback // 4, 1), threshold=threshold
    )
    fills = first_fill(lead.known[events], traded.closes)
    signal = hold_windows(fills, len(traded.values), delay=delay, hold=hold)
    return {asset: sizing.apply(signal, traded)}


def rotation(
    market: Market,
    *,
    metal: str = "gold",
    asset: str = "btc",
    delay: int = 0,
    haven: str = "safe_haven",
    debasement: str = "debasement",
    sizing: Sizing = Sizing(),
) -> Weights:
    """Strategy (b): ``metal`` in ``haven`` phases, ``asset`` in ``debasement``, cash otherwise."""
    if market.phase is None:
        raise DataError("the rotation strategy needs a phase history", fix="build it with phases")
    if metal == asset:
        raise DataError(f"metal and asset are both '{asset}'", fix="pick two different series")
    known = phase_known(market.phase.index)
    out: Weights = {}
    for name, phase in ((metal, haven), (asset, debasement)):
        leg = market.leg(name)
        on = (market.phase.to_numpy() == phase).astype(np.float64)
        out[name] = sizing.apply(_shift(step_asof(known, on, leg.closes), delay), leg)
    return out


def condition_signal(leg: Leg, state: str, window: int) -> Floats:
    """Whether ``state`` holds at each observation of ``leg`` (``window`` observations)."""
    s = pd.Series(leg.values)
    if state == "rising":
        held = s > s.shift(window)
    elif state == "falling":
        held = s < s.shift(window)
    elif state == "above_average":
        held = s > s.rolling(window, min_periods=window).mean()
    elif state == "below_average":
        held = s < s.rolling(window, min_periods=window).mean()
    else:
        raise DataError(f"state={state!r} is unknown", fix=f"use one of {', '.join(STATES)}")
    out: Floats = np.asarray(held.to_numpy(), dtype=np.float64)
    return out


def rule_hold(
    market: Market,
    *,
    asset: str,
    leader: str | None = None,
    rule: str | None = None,
    when: Sequence[tuple[str, str, int]] = (),
    combine: Literal["all", "any"] = "all",
    delay: int = 0,
    hold: int | None = None,
    lookback: int = 252,
    sizing: Sizing = Sizing(),
) -> Weights:
    """Strategy (c): a declarative rule (see :class:`leadwatch.theses.schema.StrategyRule`).

    With ``rule``: like :func:`event_hold`. With ``when`` (``(series, state,
    window)`` triples, windows in that series' observations): in ``asset``
    while the conditions hold (``combine`` all/any), or, with ``hold``, for
    ``hold`` closes after each day they start to hold.
    """
    if rule is not None:
        if leader is None or hold is None:
            raise DataError("an event rule needs leader and hold", fix="give both")
        return event_hold(
            market,
            leader=leader,
            asset=asset,
            rule=rule,
            lookback=lookback,
            delay=delay,
            hold=hold,
            sizing=sizing,
        )
    if not when:
        raise DataError("the rule has neither an event nor conditions", fix="give rule or when")
    traded = market.leg(asset)
    parts = []
    for series, state, window in when:
        leg = market.leg(series)
        parts.append(step_asof(leg.known, condition_signal(leg, state, window), traded.closes))
    stack = np.vstack(parts) > 0
    on: Floats = np.asarray(
        stack.all(axis=0) if combine == "all" else stack.any(axis=0), dtype=np.float64
    )
    if hold is not None:
        starts = np.flatnonzero((on > 0) & (np.r_[0.0, on[:-1]] == 0))
        on = hold_windows(starts, len(on), delay=delay, hold=hold)
    else:
        on = _shift(on, delay)
    return {asset: sizing.apply(on, traded)}


def buy_and_hold(market: Market, *, asset: str = "btc") -> Weights:
    """Benchmark: fully in ``asset`` from its first close."""
    return {asset: np.ones(len(market.leg(asset).values))}


def fixed_mix(market: Market, *, weights: Mapping[str, float] | None = None) -> Weights:
    """Benchmark: constant weights (default 50% Bitcoin, 50% gold), rebalanced at each close."""
    mix = dict(weights or {"btc": 0.5, "gold": 0.5})
    return {k: np.full(len(market.leg(k).values), float(v)) for k, v in mix.items()}


@dataclass(frozen=True, slots=True)
class Strategy:
    """A named weight builder and the parameter sets a walk-forward may choose from.

    Examples
    --------
    >>> s = Strategy("event", event_hold, ({"delay": 0, "hold": 30}, {"delay": 7, "hold": 60}))
    >>> s.n_trials, s.describe({"delay": 7, "hold": 60})
    (2, 'event (delay=7, hold=60)')
    """

    name: str
    build: Callable[..., Weights]
    grid: tuple[Mapping[str, Any], ...]
    fixed: Mapping[str, Any] = field(default_factory=dict)
    description: str = ""

    def __post_init__(self) -> None:
        if not self.grid:
            raise DataError(f"strategy '{self.name}' has no parameter sets", fix="pass one or more")

    @property
    def n_trials(self) -> int:
        return len(self.grid)

    def weights(self, market: Market, params: Mapping[str, Any]) -> Weights:
        return self.build(market, **{**self.fixed, **params})

    def describe(self, params: Mapping[str, Any]) -> str:
        shown = ", ".join(f"{k}={v}" for k, v in params.items())
        return f"{self.name} ({shown})" if shown else self.name
