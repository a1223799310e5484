"""The ``event`` evaluator: the follower's returns after the leader's events vs shifted dates.

It starts where both series are liquid market prices, and "supported" needs the
event sub-samples (:mod:`leadwatch.theses.evaluate.robust`) to hold the sign and size.
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np
import pandas as pd

from leadwatch.analysis.leadlag.predictive import window_sums
from leadwatch.catalog import liquid_start
from leadwatch.errors import InfeasibleTest
from leadwatch.results import fmt_p
from leadwatch.theses.evaluate.context import Context, date_span, named
from leadwatch.theses.evaluate.registry import verdict_label
from leadwatch.theses.evaluate.robust import event_subsamples, events_hold_up
from leadwatch.theses.results import HypothesisResult
from leadwatch.theses.schema import EventHypothesis

__all__ = ["evaluate_event"]


def _pct(value: float) -> str:
    return f"{value:+.1%}" if math.isfinite(value) else "n/a"


def evaluate_event(h: EventHypothesis, ctx: Context, thesis: str) -> HypothesisResult:
    """Event study of ``h.rule`` events (Holm over the horizons) with its sub-sample table."""
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
    longest = len(log_price) // 4  # the event study's bound: a quarter of the sample
    too_long = [f"{x} ({n:,} {d['unit']})" for x, n in zip(h.horizons, horizons, strict=True)]
    if max(horizons) > longest:
        raise InfeasibleTest(
            f"horizon {too_long[int(np.argmax(horizons))]} is longer than a quarter of the "
            f"{len(log_price):,} {d['unit']} of data ({longest:,})",
            fix="use shorter horizons, or a daily grid for horizons in weeks",
        )
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
        inference=ctx.inference,
    )
    table = res.table.dropna(subset=["pvalue"])
    n_events = int(res.table["n_events"].max()) if len(res.table) else 0
    start, end = date_span(idx[first:])
    base: dict[str, Any] = {
        **named(thesis, h, f"after {h.leader} {h.rule} events, {h.follower} rises"),
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
