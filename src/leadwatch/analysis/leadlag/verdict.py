"""The verdict: supported / contradicted / inconclusive, by documented rules.

The claim tested is "the leader's strength is followed by the follower's
rise": a *positive* lead. Six checks, each ``True``, ``False`` or ``None``
(not run):

1. ``lead``: the headline max-over-lags bootstrap p-value is below ``alpha``.
2. ``direction``: the correlation at the best lag is positive.
3. ``in_sample``: the predictive regression slope is positive with HAC p < ``alpha``.
4. ``out_of_sample``: Clark-West p < ``alpha``, OOS R^2 > 0 and a positive slope.
5. ``controls``: conditional on the controls, the partial max-over-lags p is
   below ``alpha`` and at least half of the correlation at the best lag
   survives (``None`` when no controls were given).
6. ``stable``: the best-lag correlation has the full-sample sign in at least
   two thirds of the subperiods and 60% of the rolling windows.
7. ``granger``: the leader Granger-causes the follower at the IC-chosen order
   (HC3-robust p < ``alpha``; ``None`` when not run). Informative only: it
   tests a few short lags without a search penalty, so it never makes a claim
   "supported", but it does stop a "contradicted" for lack of evidence.

Rules:

* **supported** = 1 and 2 and (3 or 4) and (5 or not run) and 6;
* **contradicted** = a significant lead of the *wrong* sign (1 and not 2), or a
  significantly *negative* predictive slope, or no significant evidence at all
  (not 1, 3, 4, 7) while the predictive correlation's interval excludes any
  effect of ``min_effect`` or more (the data rule a meaningful lead out);
* **inconclusive** otherwise (some evidence, not enough; or too little data to
  rule anything out).

Examples
--------
>>> from leadwatch.analysis.leadlag.verdict import decide_label
>>> decide_label({"lead": True, "direction": True, "in_sample": True, "out_of_sample": False,
...               "controls": True, "stable": True}, corr_upper=0.2, min_effect=0.1,
...              slope_negative=False)
'supported'
>>> decide_label({"lead": False, "direction": True, "in_sample": False, "out_of_sample": False,
...               "controls": None, "stable": False}, corr_upper=0.04, min_effect=0.1,
...              slope_negative=False)
'contradicted'
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal

import pandas as pd

from leadwatch.analysis.leadlag.ccf import CrossCorrelationResult
from leadwatch.analysis.leadlag.confounders import ConfounderResult
from leadwatch.analysis.leadlag.granger import GrangerResult
from leadwatch.analysis.leadlag.predictive import PredictiveResult
from leadwatch.analysis.leadlag.stability import StabilityResult
from leadwatch.analysis.validation import SIGN_CONVENTION
from leadwatch.results import Result, p_is

__all__ = ["Label", "Verdict", "decide", "decide_label"]

Label = Literal["supported", "contradicted", "inconclusive"]


def decide_label(
    checks: Mapping[str, bool | None],
    *,
    corr_upper: float,
    min_effect: float,
    slope_negative: bool,
) -> Label:
    """Apply the rules in the module docstring to the six checks."""
    lead, direction = bool(checks["lead"]), bool(checks["direction"])
    predictive = bool(checks["in_sample"]) or bool(checks["out_of_sample"])
    controls_ok = checks["controls"] is None or bool(checks["controls"])
    if lead and direction and predictive and controls_ok and bool(checks["stable"]):
        return "supported"
    if (lead and not direction) or slope_negative:
        return "contradicted"
    if not lead and not predictive and not checks.get("granger") and corr_upper < min_effect:
        return "contradicted"
    return "inconclusive"


@dataclass(frozen=True, slots=True)
class Verdict(Result):
    """The label, the checks behind it, the paragraph, and every number used."""

    label: Label
    checks: dict[str, bool | None]
    paragraph: str
    numbers: dict[str, Any]

    def summary(self) -> str:
        marks = {True: "yes", False: "no", None: "not run"}
        lines = [f"Verdict: {self.label.upper()}", self.paragraph, "Checks:"]
        lines += [f"  {k:<14} {marks[v]}" for k, v in self.checks.items()]
        return "\n".join(lines)

    def to_frame(self) -> pd.DataFrame:
        return pd.DataFrame({"check": list(self.checks), "passed": list(self.checks.values())})


def decide(
    *,
    leader: str,
    follower: str,
    unit: str,
    ccf: CrossCorrelationResult,
    predictive: PredictiveResult,
    stability: StabilityResult,
    confounders: ConfounderResult | None,
    granger: GrangerResult | None = None,
    alpha: float = 0.05,
    min_effect: float = 0.1,
) -> Verdict:
    """Combine the battery's results into a :class:`Verdict` (rules in the module docstring)."""
    checks: dict[str, bool | None] = {
        "lead": ccf.pvalue < alpha,
        "direction": ccf.best_r > 0,
        "in_sample": predictive.pvalue < alpha and predictive.slope > 0,
        "out_of_sample": (
            predictive.cw_pvalue < alpha and predictive.oos_r2 > 0 and predictive.slope > 0
        ),
        "controls": None,
        "stable": stability.subperiod_sign_share >= 2 / 3 and stability.rolling_sign_share >= 0.6,
        "granger": None if granger is None else granger.forward.robust_pvalue < alpha,
    }
    if confounders is not None:
        checks["controls"] = (
            confounders.partial.pvalue < alpha and confounders.surviving_share >= 0.5
        )
    slope_negative = predictive.pvalue < alpha and predictive.slope < 0
    label = decide_label(
        checks,
        corr_upper=predictive.corr_ci[1],
        min_effect=min_effect,
        slope_negative=slope_negative,
    )
    numbers = {
        "alpha": alpha,
        "min_effect": min_effect,
        "best_lag": ccf.best_lag,
        "best_r": ccf.best_r,
        "best_r_ci": ccf.r_ci,
        "headline_pvalue": ccf.pvalue,
        "reverse_pvalue": ccf.reverse_pvalue,
        "predictive_corr": predictive.corr,
        "predictive_corr_ci": predictive.corr_ci,
        "predictive_pvalue": predictive.pvalue,
        "oos_r2": predictive.oos_r2,
        "clark_west_pvalue": predictive.cw_pvalue,
        "subperiod_sign_share": stability.subperiod_sign_share,
        "rolling_sign_share": stability.rolling_sign_share,
        "surviving_share": None if confounders is None else confounders.surviving_share,
        "partial_pvalue": None if confounders is None else confounders.pvalue,
        "granger_robust_pvalue": None if granger is None else granger.forward.robust_pvalue,
    }
    return Verdict(
        label=label,
        checks=checks,
        paragraph=_paragraph(
            label, leader, follower, unit, ccf, predictive, stability, confounders, granger, alpha
        ),
        numbers=numbers,
    )


def _paragraph(
    label: Label,
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
    }
    sig = "significant" if ccf.pvalue < alpha else "not significant"
    parts = [
        f"{verdicts[label]} that {leader}'s moves are followed by {follower}'s "
        f"({SIGN_CONVENTION}).",
        f"Searching every lead from {span}, the strongest link is at {ccf.best_lag} {unit} "
        f"(correlation {ccf.best_r:+.2f}); allowing for the search, that is {sig} "
        f"({p_is(ccf.pvalue)}; {ccf.nobs} {unit} of data).",
        f"{leader.capitalize()}'s return over the last {pred.window} {unit} "
        f"{'does' if pred.pvalue < alpha else 'does not'} significantly predict {follower}'s "
        f"return over the next {pred.horizon} (correlation {pred.corr:+.2f}, "
        f"{1 - alpha:.0%} interval {pred.corr_ci[0]:+.2f} to {pred.corr_ci[1]:+.2f}), and "
        f"out of sample it {'beats' if pred.oos_r2 > 0 else 'does worse than'} a forecast "
        f"that ignores {leader} (R\u00b2 {pred.oos_r2:+.3f}, Clark-West "
        f"{p_is(pred.cw_pvalue)}).",
    ]
    if gr is not None:
        finds = "finds" if gr.forward.robust_pvalue < alpha else "does not find"
        parts.append(
            f"A Granger test over the last {gr.order} {unit} {finds} that {leader} helps "
            f"predict {follower} (heteroskedasticity-robust {p_is(gr.forward.robust_pvalue)})."
        )
    if conf is not None:
        parts.append(
            f"After removing moves explained by {', '.join(conf.controls)}, "
            f"{max(conf.surviving_share, 0.0):.0%} of the link at {ccf.best_lag} {unit} remains "
            f"({p_is(conf.pvalue)})."
        )
    parts.append(
        f"The sign of the link holds in {stab.subperiod_sign_share:.0%} of the subperiods and "
        f"{stab.rolling_sign_share:.0%} of rolling two-year windows."
    )
    return " ".join(parts)
