"""The ``lead_lag`` evaluator: the lead-lag battery on a thesis's leader and follower.

It starts where the leader and the follower are liquid market prices
(:func:`leadwatch.catalog.liquid_start`), and carries the battery's sub-sample
table (``extras["robustness"]``) that "supported" must pass.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from leadwatch.analysis.leadlag.clocks import frame_clock_lags
from leadwatch.analysis.leadlag.predictive import oos_path
from leadwatch.catalog import liquid_start
from leadwatch.results import fmt_p, fmt_share
from leadwatch.theses.evaluate.context import Context, named
from leadwatch.theses.results import HypothesisResult
from leadwatch.theses.schema import LeadLagHypothesis

__all__ = ["evaluate_lead_lag"]


def evaluate_lead_lag(h: LeadLagHypothesis, ctx: Context, thesis: str) -> HypothesisResult:
    """The lead-lag battery on ``h``'s grid, from where both series are liquid prices.

    The headline is the max-over-lags correlation; same-day clock offsets are never
    searched; the verdict carries the battery's sub-sample table.
    """
    from leadwatch.analysis.leadlag.battery import DEFAULTS, lead_lag_battery

    ids = [h.leader, h.follower, *h.controls]
    ctx.require(ids)
    frame = ctx.frame(h.grid)
    unit = DEFAULTS[h.grid]["unit"]
    first = max(pd.Timestamp(ctx.values[i].index.min()) for i in (h.leader, h.follower))
    liquid = liquid_start(h.leader, h.follower)
    first = first if liquid is None else max(first, liquid)
    returns = frame.returns()[ids].loc[first:].copy()
    level = frame.values[h.leader]
    log_price = np.log(level.where(level > 0))
    if h.expected == "negative":  # a negative lead of x is a positive lead of -x
        returns[h.leader] = -returns[h.leader]
        log_price = -log_price
    lo, hi = (d.periods(h.grid) for d in h.lags)
    horizon = h.horizon.periods(h.grid) if h.horizon is not None else None
    res = lead_lag_battery(
        returns,
        h.leader,
        h.follower,
        controls=list(h.controls),
        grid=h.grid,
        lags=range(lo, hi + 1),
        horizon=horizon,
        inference=ctx.inference,
        leader_log_price=log_price,
        clock_lags=frame_clock_lags(frame, h.leader, h.follower),
        liquid_start=liquid,
    )
    ccf, pred, stab = res.ccf, res.predictive, res.stability
    sub = returns.loc[res.start : res.end]
    oos = oos_path(
        sub[h.leader], sub[h.follower], pd.DatetimeIndex(sub.index), horizon=pred.horizon
    )
    reason = (
        f"Strongest link at {ccf.best_lag} {unit} (r {ccf.best_r:+.2f}), "
        f"{'significant' if ccf.pvalue < ctx.alpha else 'not significant'} after searching "
        f"{lo}-{hi} {unit} (p {fmt_p(ccf.pvalue)}); the past {pred.window} {unit} of {h.leader} "
        f"{'do' if pred.pvalue < ctx.alpha else 'do not'} predict {h.follower}'s next "
        f"{pred.horizon} (out-of-sample R\u00b2 {pred.oos_r2:+.3f}); the sign holds in "
        f"{fmt_share(stab.rolling_sign_share)} of rolling windows. Verdict: {res.verdict} "
        f"(equivalence bound {res.decision.numbers['equivalence_bound']:+.2f} vs minimum effect "
        f"{res.decision.numbers['min_effect']:.2f}; sub-samples "
        f"{'hold' if res.decision.checks['robust'] else 'do not hold'} the sign and size)."
    )
    return HypothesisResult(
        **named(thesis, h, f"{h.leader} leads {h.follower}"),
        verdict=res.verdict,
        reason=reason,
        effect=ccf.best_r,
        ci=ccf.r_ci,
        effect_label=f"correlation at the best lag ({ccf.best_lag} {unit})",
        pvalue=ccf.pvalue,
        nobs=ccf.nobs,
        start=res.start,
        end=res.end,
        detail=res,
        extras={"oos": oos} | ({} if res.robustness is None else {"robustness": res.robustness}),
    )
