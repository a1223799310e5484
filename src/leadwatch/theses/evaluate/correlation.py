"""The ``correlation`` evaluator: two return series correlate (more so inside a regime)."""

from __future__ import annotations

import numpy as np
import pandas as pd

from leadwatch.analysis.conditional.correlation import regime_correlation
from leadwatch.analysis.conditional.regimes import regime_indicator
from leadwatch.catalog import liquid_start
from leadwatch.results import fmt_p
from leadwatch.theses.evaluate.conditional import condition_rules
from leadwatch.theses.evaluate.context import Context, date_span, named
from leadwatch.theses.evaluate.registry import measured
from leadwatch.theses.results import HypothesisResult
from leadwatch.theses.schema import CorrelationHypothesis

__all__ = ["evaluate_correlation"]


def evaluate_correlation(h: CorrelationHypothesis, ctx: Context, thesis: str) -> HypothesisResult:
    """Weekly correlation of ``h.pair``, or its excess inside the ``h.when`` regime."""
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
        indicator = regime_indicator(frame.values, condition_rules(h.when), h.combine).shift(1)
    res = regime_correlation(
        rets[a].to_numpy(dtype=np.float64),
        rets[b].to_numpy(dtype=np.float64),
        None if indicator is None else indicator.to_numpy(dtype=np.float64),
        expected=h.expected,
        inference=ctx.inference,
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
    start, end = date_span(both.index)
    return HypothesisResult(
        **named(thesis, h, f"{a} and {b} correlate ({h.expected})"),
        **measured(res, h.expected, ctx.alpha),
        reason=reason,
        effect_label=label,
        start=start,
        end=end,
        detail=res,
        extras=extras,
    )
