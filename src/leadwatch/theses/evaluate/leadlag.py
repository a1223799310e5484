"""Evaluators of ``lead_lag`` and ``event`` hypotheses (the lead-lag battery and event study).

Both start where the leader and the follower are liquid market prices
(:func:`leadwatch.catalog.liquid_start`; earlier leader history still defines
highs), and both carry a sub-sample table (``extras["robustness"]``) that
"supported" must pass: the battery's own (:mod:`leadwatch.analysis.leadlag.robustness`)
or the event one (:mod:`leadwatch.theses.evaluate.robust`).
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np
import pandas as pd

from leadwatch.analysis.conditional.regime_tests import oos_path
from leadwatch.analysis.leadlag.clocks import frame_clock_lags
from leadwatch.analysis.leadlag.predictive import window_sums
from leadwatch.analysis.validation import fmt_p
from leadwatch.catalog import liquid_start
from leadwatch.theses.evaluate.core import Context, span, verdict_label
from leadwatch.theses.evaluate.robust import event_subsamples, events_hold_up
from leadwatch.theses.results import HypothesisResult

__all__ = ["evaluate_event", "evaluate_lead_lag"]


def _pct(value: float) -> str:
    return f"{value:+.1%}" if math.isfinite(value) else "n/a"


def evaluate_lead_lag(h: Any, ctx: Context, thesis: str) -> HypothesisResult:
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
        alpha=ctx.alpha,
        n_boot=ctx.n_boot,
        seed=ctx.seed,
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
        f"{stab.rolling_sign_share:.0%} of rolling windows. Verdict: {res.verdict} "
        f"(equivalence bound {res.decision.numbers['equivalence_bound']:+.2f} vs minimum effect "
        f"{res.decision.numbers['min_effect']:.2f}; sub-samples "
        f"{'hold' if res.decision.checks['robust'] else 'do not hold'} the sign and size)."
    )
    return HypothesisResult(
        thesis=thesis,
        id=h.id,
        kind=h.kind,
        statement=h.statement or f"{h.leader} leads {h.follower}",
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


def evaluate_event(h: Any, ctx: Context, thesis: str) -> HypothesisResult:
    from leadwatch.analysis.leadlag.battery import DEFAULTS
    from leadwatch.analysis.leadlag.events import event_study

    ctx.require([h.leader, h.follower])
    frame = ctx.frame(h.grid)
    d = DEFAULTS[h.grid]
    level = frame.values[h.leader]
    log_price = np.log(level.where(level > 0)).to_numpy(dtype=np.float64)
    follower = frame.returns()[h.follower]
    if h.expected == "negative":
        follower = -follower
    idx = pd.DatetimeIndex(frame.values.index)
    begin = pd.Timestamp(ctx.values[h.follower].index.min())
    liquid = liquid_start(h.leader, h.follower)
    begin = begin if liquid is None else max(begin, liquid)
    first = int(idx.searchsorted(begin))
    horizons = [x.periods(h.grid) for x in h.horizons]
    res = event_study(
        log_price,
        follower.to_numpy(dtype=np.float64),
        idx,
        rules=(h.rule,),
        horizons=horizons,
        min_gap=h.min_gap.periods(h.grid),
        year=d["year"],
        quarter=d["quarter"],
        first=first,
        alpha=ctx.alpha,
        n_boot=ctx.n_boot,
        seed=ctx.seed,
    )
    table = res.table.dropna(subset=["pvalue"])
    n_events = int(res.table["n_events"].max()) if len(res.table) else 0
    start, end = span(idx[first:])
    base = {
        "thesis": thesis,
        "id": h.id,
        "kind": h.kind,
        "statement": h.statement or f"after {h.leader} {h.rule} events, {h.follower} rises",
        "nobs": n_events,
        "start": start,
        "end": end,
        "detail": res,
    }
    if table.empty:
        return HypothesisResult(
            verdict="inconclusive",
            reason=f"Only {n_events} {h.rule} event(s) of {h.leader} with {h.follower} data: "
            "at least 3 with a complete forward window are needed.",
            **base,
        )
    best = table.iloc[int(np.argmin(table["pvalue"].to_numpy(dtype=np.float64)))]
    p = float(best["pvalue_holm"])  # Holm over the horizons (the smallest: Bonferroni)
    wrong = bool((table["ci_high"] < 0).all())
    h_best = int(best["horizon"])
    unit = d["unit"]
    fwd = pd.Series(window_sums(follower.to_numpy(dtype=np.float64), 1, h_best), index=idx)
    robust = event_subsamples(pd.DatetimeIndex(res.events["date"]), fwd, idx[first])
    holds = events_hold_up(robust)
    reason = (
        f"{int(best['n_events'])} declustered events; best horizon {h_best} {unit}: "
        f"{h.follower} {float(best['mean']):+.1%} after events vs "
        f"{float(best['placebo_mean']):+.1%}"
        f" on shifted dates (p {fmt_p(float(best['pvalue']))}, {fmt_p(p)} after Holm "
        f"over {len(table)} horizons); median {float(best['median']):+.1%} vs "
        f"{float(best['placebo_median']):+.1%}. Sub-samples: "
        + "; ".join(
            f"{r['sample']} {int(r['n_events'])} events, excess {_pct(r['excess'])} "
            f"(median {_pct(r['median_excess'])})"
            for _, r in robust.iterrows()
        )
        + f" ({'hold' if holds else 'do not hold'} the sign and size)."
    )
    return HypothesisResult(
        verdict=verdict_label(p < ctx.alpha and float(best["excess"]) > 0 and holds, wrong),
        reason=reason,
        effect=float(best["excess"]),
        ci=(float(best["ci_low"]), float(best["ci_high"])),
        effect_label=f"excess {h.follower} return over {h_best} {unit} after events",
        pvalue=p,
        extras={"robustness": robust},
        **base,
    )
