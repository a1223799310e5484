"""The ``conditional`` evaluator: forward returns while a condition holds vs otherwise."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd

from leadwatch.analysis.conditional.regimes import ConditionRule, expected_sign, regime_indicator
from leadwatch.analysis.conditional.returns import conditional_returns
from leadwatch.catalog import get_series, liquid_start
from leadwatch.results import fmt_p
from leadwatch.theses.evaluate.context import Context, named
from leadwatch.theses.evaluate.registry import measured
from leadwatch.theses.evaluate.robust import conditional_hold_up, conditional_subsamples
from leadwatch.theses.evaluate.stale import state_at_end
from leadwatch.theses.results import HypothesisResult
from leadwatch.theses.schema import Condition, ConditionalHypothesis

__all__ = ["condition_rules", "evaluate_conditional"]


def condition_rules(conditions: Sequence[Condition]) -> list[ConditionRule]:
    """The analysis rules of schema conditions (weekly windows; log levels unless a rate)."""
    return [
        ConditionRule(
            c.series, c.state, c.window.periods("weekly"), get_series(c.series).kind != "rate"
        )
        for c in conditions
    ]


def evaluate_conditional(h: ConditionalHypothesis, ctx: Context, thesis: str) -> HypothesisResult:
    """Forward returns of ``h.target`` (minus ``h.versus``) while ``h.when`` holds."""
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
    indicator = regime_indicator(frame.values, condition_rules(h.when), h.combine)
    horizon = h.horizon.periods("weekly")
    windows = max(c.window.periods("weekly") for c in h.when)
    res = conditional_returns(
        outcome.to_numpy(dtype=np.float64),
        indicator.to_numpy(dtype=np.float64),
        pd.DatetimeIndex(frame.values.index),
        horizon=horizon,
        expected=h.expected,
        guard=2 * horizon + windows,
        inference=ctx.inference,
    )
    what = f"{h.target} minus {h.versus}" if h.versus else h.target
    cond = f" {h.combine} of " if len(h.when) > 1 else " "
    reason = (
        f"While{cond}{'; '.join(c.describe() for c in h.when)}: {what} {res.mean_in:+.1%} over "
        f"the next {horizon} weeks ({res.n_in} weeks in {res.n_episodes} spells) vs "
        f"{res.mean_out:+.1%} otherwise (shift p {fmt_p(res.pvalue)}); condition "
        f"{state_at_end(res.active_at_end, ids, ctx)} at the last date."
    )
    dates = res.frame["date"]
    robust = conditional_subsamples(res.frame)
    holds = conditional_hold_up(robust, expected_sign(h.expected))
    reason += (
        " Halves: "
        + "; ".join(
            f"{r['sample']} {r['effect']:+.1%} (median {r['median_effect']:+.1%})"
            for _, r in robust.iloc[1:].iterrows()
        )
        + f" ({'hold' if holds else 'do not hold'} the sign and size)."
    )
    judged = measured(res, h.expected, ctx.alpha)
    if judged["verdict"] == "supported" and not holds:
        judged["verdict"] = "inconclusive"
    return HypothesisResult(
        **named(thesis, h, f"{what} does better while the condition holds"),
        **judged,
        reason=reason,
        effect_label=f"{what}: {horizon}-week return in regime minus other times",
        start=pd.Timestamp(dates.iloc[0]),
        end=pd.Timestamp(dates.iloc[-1]),
        detail=res,
        extras={"robustness": robust},
    )
