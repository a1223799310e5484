"""The verdict's words: the paragraph and the notes on bounds, sub-samples and clocks.

Examples
--------
>>> import pandas as pd
>>> tab = pd.DataFrame({"sample": ["full", "first half"], "n_pairs": [900, 450],
...                     "r": [0.12, 0.10], "spearman": [0.11, 0.09]})
>>> robustness_line(tab, "days").split("; ")[1]
'first half r +0.10 (rank +0.09, n 450).'
"""

from __future__ import annotations

import math
from collections.abc import Mapping

import pandas as pd

from leadwatch.analysis.leadlag.ccf import CrossCorrelationResult
from leadwatch.analysis.leadlag.clocks import CLOCK_LABEL
from leadwatch.analysis.leadlag.confounders import ConfounderResult
from leadwatch.analysis.leadlag.granger import GrangerResult
from leadwatch.analysis.leadlag.predictive import PredictiveResult
from leadwatch.analysis.leadlag.stability import StabilityResult
from leadwatch.analysis.validation import SIGN_CONVENTION
from leadwatch.results import p_is

__all__ = ["notes", "paragraph", "robustness_line"]

_FAILED = {
    "stable": "keep its sign over subperiods and rolling windows",
    "robust": "hold in every sub-sample (see below)",
    "controls": "survive the controls",
}


def _pct(share: float) -> str:
    return f"{share:.0%}" if math.isfinite(share) else "(too few data to tell) some"


def robustness_line(table: pd.DataFrame, unit: str) -> str:
    """One sentence listing r and its rank version in each sub-sample."""
    cells = "; ".join(
        f"{row['sample']} r {row['r']:+.2f} (rank {row['spearman']:+.2f}, n {int(row['n_pairs'])})"
        if math.isfinite(float(row["r"]))
        else f"{row['sample']} too short"
        for _, row in table.iterrows()
    )
    return f"Sub-samples at the best lag: {cells}."


def _why_not(
    label: str, unit: str, ccf: CrossCorrelationResult, checks: Mapping[str, bool | None]
) -> list[str]:
    """Why a significant headline lead is not called "supported" (empty otherwise).

    Examples
    --------
    >>> from types import SimpleNamespace as NS
    >>> ccf = NS(best_lag=20, best_r=0.09)
    >>> checks = {"lead": True, "direction": True, "stable": True, "robust": False}
    >>> print(_why_not("inconclusive", "days", ccf, checks)[0])  # doctest: +NORMALIZE_WHITESPACE
    The lead at 20 days is significant over the whole sample but does not hold in every
    sub-sample (see below), so it is not called supported: it may belong to one stretch of
    history.
    """
    if label in ("supported", "conflict") or not checks.get("lead"):
        return []
    if not checks.get("direction"):
        return [
            f"The significant link is inverse (correlation {ccf.best_r:+.2f} at "
            f"{ccf.best_lag} {unit}): rises are followed by falls, the opposite of the claim."
        ]
    failed = [text for key, text in _FAILED.items() if checks.get(key) is False]
    if not failed:
        return []
    why = (
        "it may belong to one stretch of history"
        if checks.get("stable") is False or checks.get("robust") is False
        else "it may come from what the controls explain"
    )
    return [
        f"The lead at {ccf.best_lag} {unit} is significant over the whole sample but does "
        f"not {' or '.join(failed)}, so it is not called supported: {why}."
    ]


def notes(
    label: str,
    unit: str,
    ccf: CrossCorrelationResult,
    robustness: pd.DataFrame | None,
    clock_lags: int,
    bound: float,
    bound_lag: int,
    min_effect: float,
    granger: GrangerResult | None,
    alpha: float,
    checks: Mapping[str, bool | None] | None = None,
) -> str:
    """Sentences on why a significant lead is not "supported", the clock lags, the
    sub-samples and the equivalence bound (``checks``: the verdict's checks)."""
    parts: list[str] = [] if checks is None else _why_not(label, unit, ccf, checks)
    if clock_lags:
        r_at = dict(zip(ccf.table["lag"].tolist(), ccf.table["r"].tolist(), strict=True))
        shown = ", ".join(
            f"{k} (r {float(r_at[k]):+.2f})" for k in range(1, clock_lags + 1) if k in r_at
        )
        parts.append(
            f"Lag {shown} ({unit}) is {CLOCK_LABEL}: the two return windows overlap in time, "
            "so it is not searched and never reported as a lead"
            + (" (the Granger test's first lag includes it)." if granger is not None else ".")
        )
    if robustness is not None:
        parts.append(robustness_line(robustness, unit))
    if math.isfinite(bound):
        rule = "below" if bound < min_effect else "not below"
        parts.append(
            f"Equivalence bound: at every claimed lag the correlation is at most {bound:+.2f} "
            f"(largest at {bound_lag} {unit}; {1 - alpha:.0%} simultaneous), {rule} the "
            f"minimum effect {min_effect:.2f}"
            + (", so a lead of that size is ruled out." if bound < min_effect else ".")
        )
    return " ".join(parts)


def paragraph(
    label: str,
    leader: str,
    follower: str,
    unit: str,
    ccf: CrossCorrelationResult,
    pred: PredictiveResult,
    stab: StabilityResult,
    conf: ConfounderResult | None,
    gr: GrangerResult | None,
    alpha: float,
) -> str:
    searched = ccf.table.loc[ccf.table["searched"], "lag"]
    span = f"{int(searched.min())} to {int(searched.max())} {unit}"
    verdicts = {
        "supported": "The data support the claim",
        "contradicted": "The data contradict the claim",
        "inconclusive": "The data do not settle the claim",
        "conflict": "The tests disagree in direction about the claim",
    }
    sig = "significant" if ccf.pvalue < alpha else "not significant"
    parts = [
        f"{verdicts[label]} that {leader}'s moves are followed by {follower}'s "
        f"({SIGN_CONVENTION}).",
        f"Searching every lead from {span}, the strongest link is at {ccf.best_lag} {unit} "
        f"(correlation {ccf.best_r:+.2f}); allowing for the search, that is {sig} "
        f"({p_is(ccf.pvalue)}; {ccf.nobs} {unit} of data).",
        f"{leader.capitalize()}'s return over {pred.window} {unit} "
        f"{'does' if pred.pvalue < alpha else 'does not'} significantly predict {follower}'s "
        f"return over the {pred.horizon} {unit} starting {pred.gap + 1} {unit} later "
        f"(leads {pred.gap + 1}..{pred.gap + pred.window + pred.horizon - 1}; "
        f"correlation {pred.corr:+.2f}, "
        f"{1 - alpha:.0%} interval {pred.corr_ci[0]:+.2f} to {pred.corr_ci[1]:+.2f}), and "
        f"out of sample it {'beats' if pred.oos_r2 > 0 else 'does worse than'} a forecast "
        f"that ignores {leader} (R\u00b2 {pred.oos_r2:+.3f}, Clark-West "
        f"{p_is(pred.cw_pvalue)}).",
    ]
    if gr is not None:
        finds = "finds" if gr.forward.robust_pvalue < alpha else "does not find"
        order_unit = unit.removesuffix("s") if gr.order == 1 else unit
        parts.append(
            f"A Granger test over the last {gr.order} {order_unit} {finds} that {leader} helps "
            f"predict {follower} (heteroskedasticity-robust {p_is(gr.forward.robust_pvalue)})."
        )
    if conf is not None:
        parts.append(
            f"After removing moves explained by {', '.join(conf.controls)}, "
            f"{max(conf.surviving_share, 0.0):.0%} of the link at {ccf.best_lag} {unit} remains "
            f"({p_is(conf.pvalue)})."
        )
    parts.append(
        f"The sign of the link holds in {_pct(stab.subperiod_sign_share)} of the subperiods "
        f"and {_pct(stab.rolling_sign_share)} of rolling two-year windows."
    )
    return " ".join(parts)
