"""Evaluate theses on series known at a date: a registry of evaluators, one per kind.

Pure (no store): a :class:`Workspace` holds raw series (id -> values by date
label) and caches aligned grids, so the report's several theses and their
frozen reruns align each grid once. :meth:`Workspace.at` freezes the data at a
date: every series is cut to the observations whose ``known_at`` instant
(:meth:`leadwatch.catalog.SeriesSpec.known_at`) is at or before the end of
that day (UTC), exactly what a user could have downloaded that day, and the
grids end there.

Evaluators are looked up by hypothesis ``kind`` in :data:`EVALUATORS`;
``lead_lag``, ``event``, ``conditional``, ``correlation`` and ``phase``
(:mod:`leadwatch.theses.evaluate.phase`, loaded on first use) are built in. A
kind without an evaluator (plug one in with :func:`register_evaluator`) gives a
``not evaluated`` row, never an error.

Examples
--------
>>> import pandas as pd
>>> days = pd.bdate_range("2024-01-01", "2024-01-10")
>>> ws = Workspace({"vix": pd.Series(range(len(days)), index=days, dtype=float)})
>>> ws.at("2024-01-05").values["vix"].index[-1].date()   # the 16:15 NY close is known that day
datetime.date(2024, 1, 5)
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

import numpy as np
import pandas as pd

from leadwatch.align import AlignedFrame, DateLike, align, grid_instants
from leadwatch.analysis.conditional.regime_tests import (
    ConditionRule,
    conditional_returns,
    regime_correlation,
    regime_indicator,
)
from leadwatch.analysis.validation import fmt_p
from leadwatch.catalog import get_series, liquid_start
from leadwatch.errors import DataError, InfeasibleTest
from leadwatch.theses.evaluate.robust import conditional_hold_up, conditional_subsamples
from leadwatch.theses.evaluate.stale import hypothesis_ids, stale_inputs
from leadwatch.theses.results import (
    HypothesisResult,
    ThesesRun,
    ThesisResult,
    adjust,
)

__all__ = [
    "EVALUATORS",
    "Context",
    "Evaluator",
    "Workspace",
    "evaluate_thesis",
    "hypothesis_ids",
    "known_by",
    "register_evaluator",
    "run_theses",
    "span",
    "stale_inputs",
    "verdict_label",
]

Evaluator = Callable[[Any, "Context", str], HypothesisResult]


def known_by(values: Mapping[str, pd.Series], day: DateLike) -> dict[str, pd.Series]:
    """Each series cut to the observations public by the end of ``day`` (UTC)."""
    label = pd.Timestamp(day).normalize()
    cutoff = grid_instants(pd.DatetimeIndex([label]))[0]
    out = {}
    for sid, series in values.items():
        s = series.dropna()
        known = get_series(sid).known_at(pd.DatetimeIndex(s.index))
        out[sid] = s.loc[np.asarray(known <= cutoff)]
    return out


class Workspace:
    """Raw series and the caches of one run (aligned grids, frozen copies)."""

    def __init__(self, values: Mapping[str, pd.Series]) -> None:
        self.values = dict(values)
        self._frames: dict[tuple[str, pd.Timestamp], AlignedFrame] = {}
        self._contexts: dict[pd.Timestamp, Context] = {}

    @property
    def last_date(self) -> pd.Timestamp:
        return max(pd.Timestamp(s.dropna().index.max()) for s in self.values.values())

    def at(self, day: DateLike | None = None) -> Context:
        """The data as known at the end of ``day`` (default: the last date in the data)."""
        end = self.last_date if day is None else pd.Timestamp(day).normalize()
        if end not in self._contexts:
            self._contexts[end] = Context(self, end, known_by(self.values, end))
        return self._contexts[end]

    def frame(self, grid: str, end: pd.Timestamp, values: Mapping[str, pd.Series]) -> AlignedFrame:
        key = (grid, end)
        if key not in self._frames:
            start = min(pd.Timestamp(s.index.min()) for s in values.values() if len(s))
            self._frames[key] = align(dict(values), grid, start=start, end=end)  # type: ignore[arg-type]
        return self._frames[key]


@dataclass(eq=False)
class Context:
    """What an evaluator sees: series known at ``end`` and the run's settings."""

    workspace: Workspace
    end: pd.Timestamp
    values: dict[str, pd.Series]
    alpha: float = 0.05
    n_boot: int = 999
    seed: int | None = 0
    cache: dict[tuple[str, float, int, int | None], HypothesisResult] = field(default_factory=dict)

    def frame(self, grid: str) -> AlignedFrame:
        return self.workspace.frame(grid, self.end, self.values)

    def require(self, ids: Sequence[str]) -> None:
        missing = [i for i in ids if i not in self.values or self.values[i].empty]
        if missing:
            raise InfeasibleTest(
                f"no data known by {self.end.date()} for {', '.join(missing)}",
                fix="import the series (leadwatch data import) or pick a later date",
            )


def span(index: pd.Index) -> tuple[pd.Timestamp | None, pd.Timestamp | None]:
    if len(index) == 0:
        return None, None
    return pd.Timestamp(index[0]), pd.Timestamp(index[-1])


def verdict_label(ok: bool, wrong: bool) -> str:
    return "supported" if ok else ("contradicted" if wrong else "inconclusive")


def _lead_lag(h: Any, ctx: Context, thesis: str) -> HypothesisResult:
    from leadwatch.theses.evaluate.leadlag import evaluate_lead_lag  # it imports this module

    return evaluate_lead_lag(h, ctx, thesis)


def _event(h: Any, ctx: Context, thesis: str) -> HypothesisResult:
    from leadwatch.theses.evaluate.leadlag import evaluate_event

    return evaluate_event(h, ctx, thesis)


def _state_at_end(active: bool | None, ids: Sequence[str], ctx: Context) -> str:
    if stale_inputs(ids, ctx.values, ctx.end) or active is None:
        return "is unknown (stale or missing data)"
    return "holds" if active else "does not hold"


def _rules(conditions: Sequence[Any]) -> list[ConditionRule]:
    return [
        ConditionRule(
            c.series, c.state, c.window.periods("weekly"), get_series(c.series).kind != "rate"
        )
        for c in conditions
    ]


def _verdict_from_ci(
    effect: float, ci: tuple[float, float], p: float, sign: float, alpha: float
) -> str:
    wrong = (ci[1] < 0) if sign > 0 else (ci[0] > 0)
    return verdict_label(p < alpha and sign * effect > 0, wrong)


def _conditional(h: Any, ctx: Context, thesis: str) -> HypothesisResult:
    ids = [h.target, *([h.versus] if h.versus else []), *(c.series for c in h.when)]
    ctx.require(ids)
    frame = ctx.frame("weekly")
    rets = frame.returns()
    first = max(pd.Timestamp(ctx.values[i].index.min()) for i in ids)
    liquid = liquid_start(*ids)  # Bitcoin's thin 2010-2012 market is left out
    first = first if liquid is None else max(first, liquid)
    outcome = rets[h.target].fillna(0.0)
    if h.versus:
        outcome = outcome - rets[h.versus].fillna(0.0)
    outcome = outcome.where(outcome.index >= first)
    indicator = regime_indicator(frame.values, _rules(h.when), h.combine)
    horizon = h.horizon.periods("weekly")
    windows = max(c.window.periods("weekly") for c in h.when)
    res = conditional_returns(
        outcome.to_numpy(dtype=np.float64),
        indicator.to_numpy(dtype=np.float64),
        pd.DatetimeIndex(frame.values.index),
        horizon=horizon,
        expected=h.expected,
        guard=2 * horizon + windows,
        alpha=ctx.alpha,
        n_boot=ctx.n_boot,
        seed=ctx.seed,
    )
    sign = 1.0 if h.expected == "positive" else -1.0
    what = f"{h.target} minus {h.versus}" if h.versus else h.target
    cond = f" {h.combine} of " if len(h.when) > 1 else " "
    reason = (
        f"While{cond}{'; '.join(c.describe() for c in h.when)}: {what} {res.mean_in:+.1%} over "
        f"the next {horizon} weeks ({res.n_in} weeks in {res.n_episodes} spells) vs "
        f"{res.mean_out:+.1%} otherwise (shift p {fmt_p(res.pvalue)}); condition "
        f"{_state_at_end(res.active_at_end, ids, ctx)} at the last date."
    )
    dates = res.frame["date"]
    robust = conditional_subsamples(res.frame)
    holds = conditional_hold_up(robust, sign)
    reason += (
        " Halves: "
        + "; ".join(
            f"{r['sample']} {r['effect']:+.1%} (median {r['median_effect']:+.1%})"
            for _, r in robust.iloc[1:].iterrows()
        )
        + f" ({'hold' if holds else 'do not hold'} the sign and size)."
    )
    verdict = _verdict_from_ci(res.effect, res.ci, res.pvalue, sign, ctx.alpha)
    return HypothesisResult(
        thesis=thesis,
        id=h.id,
        kind=h.kind,
        statement=h.statement or f"{what} does better while the condition holds",
        verdict="inconclusive" if verdict == "supported" and not holds else verdict,
        reason=reason,
        effect=res.effect,
        ci=res.ci,
        effect_label=f"{what}: {horizon}-week return in regime minus other times",
        pvalue=res.pvalue,
        nobs=res.nobs,
        start=pd.Timestamp(dates.iloc[0]),
        end=pd.Timestamp(dates.iloc[-1]),
        detail=res,
        extras={"robustness": robust},
    )


def _correlation(h: Any, ctx: Context, thesis: str) -> HypothesisResult:
    a, b = h.pair
    ids = [a, b, *(c.series for c in h.when)]
    ctx.require(ids)
    frame = ctx.frame("weekly")
    rets = frame.returns()
    liquid = liquid_start(a, b)  # returns before both are liquid prices are left out
    if liquid is not None:
        rets = rets.loc[:, [a, b]].where(pd.Series(rets.index >= liquid, index=rets.index), axis=0)
    indicator = None
    if h.when:  # the regime as known at the start of each week
        indicator = regime_indicator(frame.values, _rules(h.when), h.combine).shift(1)
    res = regime_correlation(
        rets[a].to_numpy(dtype=np.float64),
        rets[b].to_numpy(dtype=np.float64),
        None if indicator is None else indicator.to_numpy(dtype=np.float64),
        expected=h.expected,
        alpha=ctx.alpha,
        n_boot=ctx.n_boot,
        seed=ctx.seed,
    )
    both = rets[[a, b]].dropna()
    rolling = both[a].rolling(52, min_periods=40).corr(both[b]).dropna()
    extras = {"rolling": pd.DataFrame({"date": rolling.index, "corr": rolling.to_numpy()})}
    if res.corr_in is not None and indicator is not None:
        extras["regime"] = pd.DataFrame(
            {"date": indicator.index, "in_regime": indicator.to_numpy()}
        ).dropna()
        reason = (
            f"Weekly correlation {res.corr_in:+.2f} in the regime ({res.n_in} weeks) vs "
            f"{res.corr_out:+.2f} outside ({res.n_out}); shift p {fmt_p(res.pvalue)}."
        )
        label = "correlation in regime minus outside"
    else:
        reason = (
            f"Weekly correlation {res.corr_all:+.2f} over {res.nobs} weeks "
            f"(shift p {fmt_p(res.pvalue)})."
        )
        label = f"correlation of weekly {a} and {b} returns"
    sign = 1.0 if h.expected == "positive" else -1.0
    start, end = span(both.index)
    return HypothesisResult(
        thesis=thesis,
        id=h.id,
        kind=h.kind,
        statement=h.statement or f"{a} and {b} correlate ({h.expected})",
        verdict=_verdict_from_ci(res.effect, res.ci, res.pvalue, sign, ctx.alpha),
        reason=reason,
        effect=res.effect,
        ci=res.ci,
        effect_label=label,
        pvalue=res.pvalue,
        nobs=res.nobs,
        start=start,
        end=end,
        detail=res,
        extras=extras,
    )


def _phase(h: Any, ctx: Context, thesis: str) -> HypothesisResult:
    from leadwatch.theses.evaluate.phase import evaluate_phase  # it imports this module

    return evaluate_phase(h, ctx, thesis)


#: Kind -> evaluator.
EVALUATORS: dict[str, Evaluator] = {
    "lead_lag": _lead_lag,
    "event": _event,
    "conditional": _conditional,
    "correlation": _correlation,
    "phase": _phase,
}


def register_evaluator(kind: str, evaluator: Evaluator, *, replace: bool = False) -> None:
    """Plug in the evaluator of a hypothesis ``kind`` (``replace=True`` to swap one).

    ``evaluator(hypothesis, context, thesis_name) -> HypothesisResult``.
    """
    if kind in EVALUATORS and not replace:
        raise DataError(f"an evaluator for {kind!r} is registered", fix="pass replace=True")
    EVALUATORS[kind] = evaluator


def _evaluate(h: Any, ctx: Context, thesis: str) -> HypothesisResult:
    key = (f"{thesis}\n{h.model_dump_json()}", ctx.alpha, ctx.n_boot, ctx.seed)
    if key in ctx.cache:
        return ctx.cache[key]
    evaluator = EVALUATORS.get(h.kind)
    statement = h.statement or h.id
    if evaluator is None:
        result = HypothesisResult(
            thesis=thesis,
            id=h.id,
            kind=h.kind,
            statement=statement,
            verdict="not evaluated",
            reason=f"No evaluator is registered for kind '{h.kind}' (plug one in with "
            "leadwatch.theses.evaluate.core.register_evaluator).",
        )
    else:
        try:
            result = evaluator(h, ctx, thesis)
        except InfeasibleTest as exc:
            result = HypothesisResult(
                thesis=thesis,
                id=h.id,
                kind=h.kind,
                statement=statement,
                verdict="inconclusive",
                reason=f"Not testable on data known by {ctx.end.date()}: {exc}",
            )
        stale = stale_inputs(hypothesis_ids(h), ctx.values, ctx.end)
        if stale:
            note = f" Stale inputs at {ctx.end.date()}: {', '.join(stale)}."
            result = replace(result, reason=result.reason + note)
    ctx.cache[key] = result
    return result


def evaluate_thesis(thesis: Any, ctx: Context) -> ThesisResult:
    """Every hypothesis of ``thesis`` on the data in ``ctx`` (p-values not yet adjusted)."""
    hyps = tuple(_evaluate(h, ctx, str(thesis.name)) for h in thesis.hypotheses)
    return ThesisResult(thesis=thesis, as_of=ctx.end, hypotheses=hyps)


def run_theses(
    theses: Sequence[Any],
    workspace: Workspace,
    *,
    day: DateLike | None = None,
    alpha: float = 0.05,
    n_boot: int = 999,
    seed: int | None = 0,
) -> ThesesRun:
    """Run ``theses`` on data known at ``day`` and Holm-adjust over all their hypotheses."""
    ctx = workspace.at(day)
    ctx.alpha, ctx.n_boot, ctx.seed = alpha, n_boot, seed
    if not math.isfinite(alpha) or not 0 < alpha < 0.5:
        raise DataError(f"alpha={alpha!r} is outside (0, 0.5)", fix="use e.g. alpha=0.05")
    results = [evaluate_thesis(t, ctx) for t in theses]
    return adjust(results, as_of=ctx.end, alpha=alpha, n_boot=n_boot, seed=seed)
