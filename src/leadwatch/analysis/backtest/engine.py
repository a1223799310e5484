"""Backtest engine: target weights on each asset's own closes -> equity, trades, metrics.

Timing (no look-ahead)
----------------------
Each traded asset trades at its own closes (:meth:`SeriesSpec.observed_at`:
Bitcoin at 00:00 UTC every day, LBMA silver at noon and gold at 15:00 London on
London business days). A weight array ``w`` of an asset has one entry per close:
``w[i]`` is the fraction of equity held from close ``i`` to close ``i + 1``. A
signal known at instant ``k`` (``known_at`` of the data it uses) may set the
weight only at the first close *strictly after* ``k``:
:func:`first_fill` and :func:`step_asof` do that mapping, and every strategy
goes through them. The return of close ``i`` accrues with the weight chosen at
close ``i - 1``.

Accounting
----------
The portfolio's simple return at each close of an asset is
``(1 + w[i-1] * r[i]) * (1 - |w[i] - w[i-1]| * c) - 1`` with
``c = (cost_bps + slippage_bps) / 1e4``: costs are charged once on every change of
weight (entry, exit, resizing), on the equity of that instant, so a round trip
fully invested returns exactly ``(exit / entry) * (1 - c)**2``. Between changes
the weight is a constant fraction of equity (the drift of a fractional position
is rebalanced without cost). Several assets on
different calendars are interleaved on the union of their closes. A run over a
window ``(start, end]`` starts in cash: weights at closes up to ``start`` are
zero, so entering at the first close costs as any entry. Open positions at the
end are marked to market, not closed. Metrics use the equity at the end of each
UTC calendar day (:mod:`leadwatch.analysis.backtest.metrics`).

Examples
--------
>>> import pandas as pd
>>> days = pd.date_range("2024-01-01", periods=6)
>>> market = Market.from_series({"btc": pd.Series([100.0, 110, 121, 121, 133.1, 100], days)})
>>> run = simulate(market, {"btc": np.array([0.0, 1, 1, 1, 0, 0])}, cost_bps=0, name="demo")
>>> round(run.metrics.total_return, 6), run.trades["asset_return"].round(4).tolist()
(0.21, [0.21])
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd

from leadwatch.align import DateLike
from leadwatch.analysis.backtest.metrics import PERIODS_PER_YEAR, Metrics, metrics_from_returns
from leadwatch.analysis.validation import Floats, Ints
from leadwatch.catalog import SeriesSpec, get_series
from leadwatch.errors import DataError
from leadwatch.results import Result, frame_records, jsonable

__all__ = [
    "BacktestRun",
    "Leg",
    "Market",
    "as_instant",
    "first_fill",
    "phase_known",
    "simulate",
    "step_asof",
]


@dataclass(frozen=True, slots=True)
class Leg:
    """One series on its own calendar: labels, values, and when each was observed and known."""

    labels: pd.DatetimeIndex
    values: Floats
    closes: pd.DatetimeIndex  # UTC instants at which the value is observed (tradable)
    known: pd.DatetimeIndex  # UTC instants at which the value is public
    spec: SeriesSpec

    def upto(self, instant: pd.Timestamp) -> Leg:
        """Observations public at or before ``instant``."""
        n = int(np.searchsorted(self.known.asi8, instant.as_unit("ns").value, side="right"))
        return Leg(self.labels[:n], self.values[:n], self.closes[:n], self.known[:n], self.spec)


def _leg(name: str, series: pd.Series, spec: SeriesSpec) -> Leg:
    if not isinstance(series, pd.Series) or not isinstance(series.index, pd.DatetimeIndex):
        raise DataError(f"series '{name}' is not a date-indexed Series", fix="pass a pd.Series")
    s = series.dropna().sort_index()
    s = s[~s.index.duplicated(keep="last")]
    labels = pd.DatetimeIndex(s.index).tz_localize(None).normalize().as_unit("ns")
    values = s.to_numpy(dtype=np.float64)
    if spec.kind == "price" and (values <= 0).any():
        raise DataError(f"series '{name}' has prices <= 0", fix="drop or repair them")
    closes = spec.observed_at(labels).as_unit("ns")
    return Leg(labels, values, closes, spec.known_at(labels).as_unit("ns"), spec)


@dataclass(frozen=True, slots=True)
class Market:
    """Every series a backtest reads, each on its own calendar, plus an optional phase series.

    ``phase`` holds one phase name per business-day label, known at 00:00 UTC of
    the next day (the daily grid's decision instant).
    """

    legs: Mapping[str, Leg]
    phase: pd.Series | None = None

    @classmethod
    def from_series(
        cls,
        series: Mapping[str, pd.Series],
        *,
        specs: Mapping[str, SeriesSpec] | None = None,
        phase: pd.Series | None = None,
    ) -> Market:
        """Build from date-labelled values (catalog specs unless given in ``specs``)."""
        specs = specs or {}
        legs = {k: _leg(k, v, specs.get(k) or get_series(k)) for k, v in series.items()}
        return cls(legs, phase)

    def leg(self, name: str) -> Leg:
        if name not in self.legs:
            raise DataError(
                f"the backtest needs series '{name}', which is not in the market",
                fix=f"pass it (have {', '.join(self.legs)}) or import it into the store",
            )
        return self.legs[name]

    def upto(self, instant: DateLike) -> Market:
        """What was public at ``instant`` (UTC): the data a fit at that instant may see."""
        at = as_instant(instant)
        phase = None
        if self.phase is not None:
            phase = self.phase.loc[phase_known(self.phase.index) <= at]
        return Market({k: v.upto(at) for k, v in self.legs.items()}, phase)


def phase_known(labels: pd.Index) -> pd.DatetimeIndex:
    """Known instant of a business-day label: 00:00 UTC of the next day."""
    idx = pd.DatetimeIndex(labels).tz_localize(None).normalize() + pd.Timedelta(days=1)
    return idx.tz_localize("UTC").as_unit("ns")


def as_instant(value: DateLike) -> pd.Timestamp:
    """A UTC instant (naive values and dates are read as UTC)."""
    ts = pd.Timestamp(value)  # type: ignore[arg-type]
    return (ts.tz_localize("UTC") if ts.tz is None else ts.tz_convert("UTC")).as_unit("ns")


def first_fill(known: pd.DatetimeIndex, closes: pd.DatetimeIndex) -> Ints:
    """Index of the first close strictly after each known instant (``len(closes)``: none).

    Examples
    --------
    >>> closes = pd.DatetimeIndex(["2024-03-02", "2024-03-03"], tz="UTC")
    >>> first_fill(pd.DatetimeIndex(["2024-03-01 13:00", "2024-03-02"], tz="UTC"), closes)
    array([0, 1])
    """
    k = pd.DatetimeIndex(known).as_unit("ns").asi8
    return np.searchsorted(closes.as_unit("ns").asi8, k, side="right").astype(np.int64)


def step_asof(known: pd.DatetimeIndex, values: Floats, closes: pd.DatetimeIndex) -> Floats:
    """At each close, the latest value known strictly before it (0 before the first)."""
    k = pd.DatetimeIndex(known).as_unit("ns").asi8
    if len(k) and (np.diff(k) < 0).any():
        order = np.argsort(k, kind="stable")
        k, values = k[order], np.asarray(values)[order]
    pos = np.searchsorted(k, closes.as_unit("ns").asi8, side="left") - 1
    out = np.zeros(len(closes))
    has = pos >= 0
    out[has] = np.asarray(values, dtype=np.float64)[pos[has]]
    return out


@dataclass(frozen=True, slots=True)
class BacktestRun(Result):
    """One simulated equity curve with its trades and metrics.

    Attributes
    ----------
    name, params
        Strategy (or benchmark) name and the parameters used.
    equity
        Equity at the end of each UTC calendar day (starts at 1 before the first day).
    daily
        Calendar-day simple returns (the metrics' input).
    trades
        One row per position: ``asset, entry, exit, entry_price, exit_price,
        days, asset_return, net_return, open``.
    metrics
        :class:`~leadwatch.analysis.backtest.metrics.Metrics`.
    cost_bps
        Costs plus slippage per unit of weight traded, in basis points.
    """

    name: str
    params: Mapping[str, Any]
    equity: pd.Series
    daily: pd.Series
    trades: pd.DataFrame
    metrics: Metrics
    cost_bps: float
    weights: Mapping[str, pd.Series] = field(default_factory=dict)

    def summary(self) -> str:
        p = ", ".join(f"{k}={v}" for k, v in self.params.items())
        return f"{self.name}{f' ({p})' if p else ''}: {self.metrics.summary()}"

    def to_frame(self) -> pd.DataFrame:
        return self.trades.copy()

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = jsonable(
            {"name": self.name, "params": dict(self.params), "cost_bps": self.cost_bps}
        )
        out["metrics"] = self.metrics.to_dict()
        out["trades"] = frame_records(self.trades)
        return out

    def heading(self) -> str:
        return f"Backtest: {self.name}"


def _asset_returns(leg: Leg) -> Floats:
    r = np.zeros(len(leg.values))
    r[1:] = leg.values[1:] / leg.values[:-1] - 1.0
    return r


def _trades(asset: str, leg: Leg, w: Floats, contrib: Floats) -> list[dict[str, Any]]:
    held = w != 0.0
    starts = np.flatnonzero(held & ~np.r_[False, held[:-1]])
    rows = []
    for i0 in starts.tolist():
        after = np.flatnonzero(~held[i0:])
        is_open = len(after) == 0
        i1 = min(i0 + int(after[0]) if not is_open else len(w) - 1, len(w) - 1)
        net = float(np.prod(1.0 + contrib[i0 : i1 + 1])) - 1.0
        rows.append(
            {
                "asset": asset,
                "entry": leg.labels[i0],
                "exit": leg.labels[i1],
                "entry_price": leg.values[i0],
                "exit_price": leg.values[i1],
                "days": int((leg.closes[i1] - leg.closes[i0]) / pd.Timedelta(days=1)),
                "asset_return": leg.values[i1] / leg.values[i0] - 1.0,
                "net_return": net,
                "open": is_open,
            }
        )
    return rows


_TRADE_COLUMNS = [
    "asset",
    "entry",
    "exit",
    "entry_price",
    "exit_price",
    "days",
    "asset_return",
    "net_return",
    "open",
]


def simulate(
    market: Market,
    weights: Mapping[str, Floats],
    *,
    cost_bps: float = 10.0,
    slippage_bps: float = 0.0,
    start: DateLike | None = None,
    end: DateLike | None = None,
    name: str = "strategy",
    params: Mapping[str, Any] | None = None,
) -> BacktestRun:
    """Simulate target ``weights`` (one array per traded asset, one entry per close).

    Parameters
    ----------
    market
        The data; ``weights[asset]`` must have one entry per close of ``market.leg(asset)``.
    weights
        Fraction of equity held after each close (0 = cash; negative = short).
    cost_bps, slippage_bps
        Charged on every unit of weight traded (both added).
    start, end
        UTC instants (or dates, read as 00:00 UTC) of the window ``(start, end]``;
        default: from the first close before any weight is set to the last close.
    name, params
        Labels carried into the result.
    """
    for charge, bps in (("cost_bps", cost_bps), ("slippage_bps", slippage_bps)):
        if not math.isfinite(float(bps)) or float(bps) < 0:
            raise DataError(f"{charge} = {bps} is not a cost", fix=f"pass {charge} >= 0")
    c = (float(cost_bps) + float(slippage_bps)) / 1e4
    if not weights:
        raise DataError("weights is empty", fix="pass at least one asset's weights")
    lo = as_instant(start) if start is not None else None
    hi = as_instant(end) if end is not None else None
    stamps: list[Ints] = []
    contribs: list[Floats] = []
    trades: list[dict[str, Any]] = []
    kept: dict[str, pd.Series] = {}
    for asset, raw in weights.items():
        leg = market.leg(asset)
        w = np.asarray(raw, dtype=np.float64).copy()
        if w.shape != (len(leg.values),) or not np.isfinite(w).all():
            raise DataError(
                f"weights['{asset}'] has shape {w.shape} or non-finite values; the market has "
                f"{len(leg.values)} closes of {asset}",
                fix="build weights with the same market (one finite value per close)",
            )
        t = leg.closes.asi8
        inside = np.ones(len(w), dtype=bool)
        if lo is not None:
            inside &= t > lo.value
        if hi is not None:
            inside &= t <= hi.value
        w[~inside] = 0.0
        prev = np.r_[0.0, w[:-1]]
        contrib = (1.0 + prev * _asset_returns(leg)) * (1.0 - np.abs(w - prev) * c) - 1.0
        contrib[~inside] = 0.0
        sel = np.flatnonzero(inside)
        stamps.append(t[sel])
        contribs.append(contrib[sel])
        kept[asset] = pd.Series(w[sel], index=leg.labels[sel])
        sub = Leg(leg.labels[sel], leg.values[sel], leg.closes[sel], leg.known[sel], leg.spec)
        trades += _trades(asset, sub, w[sel], contrib[sel])
    t_all = np.concatenate(stamps)
    if len(t_all) == 0:
        raise DataError("no close falls in the backtest window", fix="widen start/end")
    if lo is None:
        held = [
            s[w != 0] for s, w in zip(stamps, [v.to_numpy() for v in kept.values()], strict=True)
        ]
        firsts = [int(h.min()) for h in held if len(h)]
        lo_ns = (min(firsts) if firsts else int(t_all.min())) - 1
    else:
        lo_ns = lo.value
    r_all = np.concatenate(contribs)
    keep = t_all > lo_ns
    t_all, r_all = t_all[keep], r_all[keep]
    order = np.argsort(t_all, kind="stable")
    step = pd.Series(np.cumprod(1.0 + r_all[order]), index=pd.DatetimeIndex(t_all[order]))
    day0 = pd.Timestamp(lo_ns).normalize() - pd.Timedelta(days=1)
    last = pd.Timestamp(int(t_all.max()) if hi is None else hi.value).normalize()
    grid = pd.date_range(day0, last, freq="D")
    by_day = step.groupby(pd.DatetimeIndex(step.index).normalize()).last()
    equity = by_day.reindex(grid).ffill().fillna(1.0)
    daily = equity.pct_change().iloc[1:]
    equity = equity.iloc[1:]
    in_pos = _exposure(kept, grid[1:])
    turnover = sum(float(np.abs(np.diff(np.r_[0.0, s.to_numpy()])).sum()) for s in kept.values())
    years = max(len(daily), 1) / PERIODS_PER_YEAR
    frame = pd.DataFrame(trades, columns=_TRADE_COLUMNS).sort_values("entry", kind="stable")
    metrics = metrics_from_returns(
        daily, exposure=in_pos, turnover=turnover / years, trade_returns=frame["net_return"]
    )
    return BacktestRun(
        name=name,
        params=dict(params or {}),
        equity=equity.rename(name),
        daily=daily.rename(name),
        trades=frame.reset_index(drop=True),
        metrics=metrics,
        cost_bps=c * 1e4,
        weights=kept,
    )


def _exposure(weights: Mapping[str, pd.Series], days: pd.DatetimeIndex) -> float:
    if len(days) == 0:
        return math.nan
    held = np.zeros(len(days), dtype=bool)
    for s in weights.values():
        daily = (s != 0).groupby(s.index).last().reindex(days).ffill().fillna(False)
        held |= daily.to_numpy(dtype=bool)
    return float(held.mean())
