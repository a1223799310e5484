"""The verdict: supported / contradicted / conflict / inconclusive, by documented rules.

The claim tested is "the leader's strength is followed by the follower's
rise" at the leads the claim names (the searched lags; lags that only reflect
the two series' observation times are never among them, see :mod:`.clocks`).
The checks, each ``True``, ``False`` or ``None`` (not run):

1. ``lead``: the headline max-over-lags bootstrap p-value is below ``alpha``:
   the best lag *with the search accounted for*.
2. ``direction``: the correlation at the best lag is positive.
3. ``in_sample``: the predictive regression *centred on the best lag* (its
   leader window ends ``gap`` periods before the follower's window starts) has
   a positive slope with p < ``alpha`` (Hodrick 1B errors with short memory). Reported; not
   required (a lead concentrated at one lag is diluted by the windows).
4. ``out_of_sample``: Clark-West p < ``alpha``, OOS R^2 > 0 and a positive slope
   (reported; not required).
5. ``controls``: conditional on the controls, the partial max-over-lags p is
   below ``alpha`` and at least half of the correlation at the best lag
   survives (``None`` when no controls were given).
6. ``stable``: the best-lag correlation has the full-sample sign in at least
   two thirds of the subperiods and 60% of the rolling windows.
7. ``robust``: in every sub-sample (from the date both series are liquid
   market prices, first half, second half) the correlation at the best lag and
   its rank (Spearman) version keep the sign, and the correlation keeps at
   least a third of its size (:mod:`.robustness`).
8. ``conflict``: the headline lead and the predictive regression at that lag
   are both significant, with opposite signs.
9. ``granger``: the leader Granger-causes the follower (HC3-robust, short
   lags, no search penalty); reported only.

Rules:

* **conflict** = 8: components disagree in direction; reported, not resolved;
* **supported** = 1 and 2 and (5 or not run) and 6 and 7;
* **contradicted** = not (1 and 2), and the data rule out an effect of
  ``min_effect`` at every claimed lag: the equivalence bound
  ``max_k (r_k + c * se_k)`` over the searched lags is below ``min_effect``
  (``c`` = the bootstrap critical value of the max-over-lags test, so the
  bound holds for all claimed lags at once; ``se_k`` never below the
  white-noise standard error, see :func:`equivalence_bound`); the bound is
  printed;
* **inconclusive** otherwise.

Under the null "supported" needs a significant positive headline test, so it
is at most the test's one-sided size; operating characteristics by simulation
are in ``bench/verdict_oc.py``.

Examples
--------
>>> from leadwatch.analysis.leadlag.verdict import decide_label
>>> decide_label({"lead": True, "direction": True, "controls": None, "stable": True,
...               "robust": True, "conflict": False}, bound=0.2, min_effect=0.1)
'supported'
>>> decide_label({"lead": False, "direction": True, "controls": None, "stable": False,
...               "robust": False, "conflict": False}, bound=0.06, min_effect=0.1)
'contradicted'
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal

import numpy as np
import pandas as pd

from leadwatch.analysis.leadlag.ccf import CrossCorrelationResult
from leadwatch.analysis.leadlag.confounders import ConfounderResult
from leadwatch.analysis.leadlag.granger import GrangerResult
from leadwatch.analysis.leadlag.predictive import PredictiveResult
from leadwatch.analysis.leadlag.robustness import holds_up
from leadwatch.analysis.leadlag.stability import StabilityResult
from leadwatch.analysis.leadlag.verdict_text import notes, paragraph
from leadwatch.results import Result, frame_records

__all__ = ["Label", "Verdict", "decide", "decide_label", "equivalence_bound"]

Label = Literal["supported", "contradicted", "conflict", "inconclusive"]


def decide_label(checks: Mapping[str, bool | None], *, bound: float, min_effect: float) -> Label:
    """Apply the rules in the module docstring to the checks."""
    lead, direction = bool(checks["lead"]), bool(checks["direction"])
    if checks.get("conflict"):
        return "conflict"
    controls_ok = checks["controls"] is None or bool(checks["controls"])
    if lead and direction and controls_ok and bool(checks["stable"]) and bool(checks["robust"]):
        return "supported"
    if not (lead and direction) and bound < min_effect:
        return "contradicted"
    return "inconclusive"


def equivalence_bound(ccf: CrossCorrelationResult) -> tuple[float, int]:
    """Largest correlation the data allow at any searched lag, and that lag.

    ``max_k (r_k + c se_k)`` with ``c`` the max-over-lags critical value:
    every searched lag's correlation is below it with probability about
    ``1 - alpha`` together. ``se_k`` is the robust standard error, but never
    below the white-noise one, ``(1 - r_k^2) / sqrt(n_k)``: heavy tails make the
    robust one from a sample swing *below* the true spread of ``r_k`` (a few
    big moves of one series meeting quiet days of the other), and a bound
    built on that luck would rule out leads the data cannot rule out.

    Examples
    --------
    >>> from leadwatch.analysis.inference import Inference
    >>> from leadwatch.analysis.leadlag.ccf import cross_correlation
    >>> rng = np.random.default_rng(0)
    >>> ccf = cross_correlation(rng.standard_normal(900), rng.standard_normal(900),
    ...                         range(1, 11), inference=Inference(n_boot=99, seed=0))
    >>> bound, lag = equivalence_bound(ccf)
    >>> top = float(ccf.table.loc[ccf.table["searched"], "r"].max())
    >>> bool(bound >= top + ccf.critical_value * 0.99 / np.sqrt(900))  # white-noise floor
    True
    """
    tab = ccf.table.loc[ccf.table["searched"]]
    r = tab["r"].to_numpy(dtype=np.float64)
    pairs = tab["n_pairs"].to_numpy(dtype=np.float64)
    with np.errstate(divide="ignore", invalid="ignore"):
        white = (1.0 - r**2) / np.sqrt(pairs)
    se = np.fmax(tab["se"].to_numpy(dtype=np.float64), white)
    upper = r + ccf.critical_value * se
    if not np.isfinite(upper).any():
        return math.inf, int(ccf.best_lag)
    i = int(np.nanargmax(upper))
    return float(upper[i]), int(tab["lag"].iloc[i])


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
    robustness: pd.DataFrame | None = None,
    clock_lags: int = 0,
    controls_requested: bool = False,
    alpha: float = 0.05,
    min_effect: float = 0.1,
) -> Verdict:
    """Combine the battery's results into a :class:`Verdict` (rules in the module docstring).

    ``robustness`` is the :func:`.robustness.subsample_table` at the best lag
    (``None``: the check fails, nothing shows the effect is not one stretch's);
    ``clock_lags`` the leading lags left out as "same day, different clocks".
    ``controls_requested`` with ``confounders=None`` means the controls could
    not be run (too few periods): the ``controls`` check fails.
    """
    pred_sig = predictive.pvalue < alpha
    checks: dict[str, bool | None] = {
        "lead": ccf.pvalue < alpha,
        "direction": ccf.best_r > 0,
        "in_sample": pred_sig and predictive.slope > 0,
        "out_of_sample": (
            predictive.cw_pvalue < alpha and predictive.oos_r2 > 0 and predictive.slope > 0
        ),
        "controls": None,
        "stable": stability.subperiod_sign_share >= 2 / 3 and stability.rolling_sign_share >= 0.6,
        "robust": robustness is not None and holds_up(robustness),
        "conflict": bool(
            ccf.pvalue < alpha and pred_sig and np.sign(predictive.slope) != np.sign(ccf.best_r)
        ),
        "granger": None if granger is None else granger.forward.robust_pvalue < alpha,
    }
    if confounders is None and controls_requested:
        checks["controls"] = False
    if confounders is not None:
        checks["controls"] = (
            confounders.partial.pvalue < alpha and confounders.surviving_share >= 0.5
        )
    bound, bound_lag = equivalence_bound(ccf)
    label = decide_label(checks, bound=bound, min_effect=min_effect)
    numbers = {
        "alpha": alpha,
        "min_effect": min_effect,
        "equivalence_bound": bound,
        "equivalence_bound_lag": bound_lag,
        "clock_lags": clock_lags,
        "best_lag": ccf.best_lag,
        "best_r": ccf.best_r,
        "best_r_ci": ccf.r_ci,
        "headline_pvalue": ccf.pvalue,
        "reverse_pvalue": ccf.reverse_pvalue,
        "predictive_gap": predictive.gap,
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
        "robustness": None if robustness is None else frame_records(robustness),
    }
    text = paragraph(
        label, leader, follower, unit, ccf, predictive, stability, confounders, granger, alpha
    )
    text += " " + notes(
        label,
        unit,
        ccf,
        robustness,
        clock_lags,
        bound,
        bound_lag,
        min_effect,
        granger,
        alpha,
        checks=checks,
    )
    return Verdict(label=label, checks=checks, paragraph=text, numbers=numbers)
