"""The ``phase`` thesis evaluator: an asset's forward returns by phase of the default model.

Pure: it sees only a :class:`~leadwatch.theses.evaluate.context.Context`, i.e. the
series as known at the context's date. The phases are those of the packaged
default config (``leadwatch/config/phases.toml``), classified on the daily grid
of that data by :func:`~leadwatch.analysis.phases.classify.classify_frame` (the same
step as :func:`leadwatch.api.phases.phase_history`), and the forward returns
come from :meth:`~leadwatch.analysis.phases.classify.PhaseHistory.forward_returns`
(Newey-West with bandwidth = horizon, stationary block bootstrap with mean
block >= horizon). A frozen run therefore uses phases and prices public by its
date only: a forward window that ends after the date is not used.

Rules (``y`` is the asset's forward log return over ``horizon`` trading days,
or the asset's minus ``versus``'s when ``versus`` is given):

``best`` / ``worst`` (no ``versus``)
    effect = mean ``y`` in ``phase`` minus mean ``y`` in all other phases
    pooled; p = one-sided HAC t-test of that difference; interval = block
    bootstrap percentile interval of the same difference.
``positive`` / ``negative``, or any ``expected`` with ``versus``
    effect = mean ``y`` in ``phase`` (with ``versus``: how much the asset
    beats ``versus`` there; ``best``/``positive`` expect it above 0,
    ``worst``/``negative`` below); p = one-sided HAC t-test; interval = HAC.

The verdict follows the other kinds: ``supported`` when p < alpha with the
expected sign, ``contradicted`` when the interval lies wholly on the wrong side,
else ``inconclusive``; then Holm over the run. The reason states the number of
phase episodes behind the estimate: overlapping windows inside a few long
spells make the effective sample the episodes, not the days.

Examples
--------
>>> rule_of("best", None), rule_of("positive", None), rule_of("worst", "gold")
('difference', 'level', 'level')
"""

from __future__ import annotations

import functools
import math

import numpy as np
import pandas as pd

from leadwatch.analysis.phases.classify import PhaseHistory, classify_frame
from leadwatch.analysis.phases.config import PhaseConfig, load_phase_config
from leadwatch.analysis.phases.returns import PhaseReturnsResult, forward_log_returns
from leadwatch.errors import InfeasibleTest
from leadwatch.results import fmt_p
from leadwatch.theses.evaluate.context import Context, named
from leadwatch.theses.evaluate.registry import verdict_from_ci
from leadwatch.theses.results import HypothesisResult
from leadwatch.theses.schema import PhaseHypothesis

__all__ = ["SMALL_EPISODES", "default_phase_config", "evaluate_phase", "rule_of"]

#: Fewer episodes than this (with a complete forward window) is called a small effective sample.
SMALL_EPISODES = 10


@functools.cache
def default_phase_config() -> PhaseConfig:
    """The packaged default phase config (read once)."""
    return load_phase_config()


def rule_of(expected: str, versus: str | None) -> str:
    """``difference`` (phase minus the other phases) or ``level`` (mean in the phase)."""
    return "difference" if versus is None and expected in ("best", "worst") else "level"


def _prices(values: pd.DataFrame, asset: str, versus: str | None) -> pd.DataFrame:
    """The asset's price, or its price relative to ``versus`` (log returns then subtract)."""
    price = values[asset].astype(np.float64)
    if versus is None:
        return price.to_frame(asset)
    return (price / values[versus].astype(np.float64)).to_frame(f"{asset}/{versus}")


def _ordinal(n: int) -> str:
    return {1: "highest", 2: "2nd highest", 3: "3rd highest"}.get(n, f"{n}th highest")


def _sample_note(phase: str, days: int, n_eps: int) -> str:
    """How many episodes back the estimate (the effective sample, not the days)."""
    if n_eps < SMALL_EPISODES:
        return (
            f"{phase} covers {days} days but only {n_eps} episode(s) with a complete window: "
            "a small effective sample (overlapping windows within a few spells), so treat the "
            "interval as optimistic."
        )
    return (
        f"{phase} covers {days} days in {n_eps} episodes with a complete window (the effective "
        "sample is nearer the episodes than the days)."
    )


def evaluate_phase(
    h: PhaseHypothesis, ctx: Context, thesis: str, *, config: PhaseConfig | None = None
) -> HypothesisResult:
    """Test a :class:`~leadwatch.theses.PhaseHypothesis` on the data known in ``ctx``.

    Parameters
    ----------
    h
        The hypothesis (``phase``, ``asset``, ``expected``, ``versus``, ``horizon``).
    ctx
        Data as known at ``ctx.end`` and the run's ``inference`` (alpha, n_boot, seed).
    thesis
        Name of the thesis (for the result row).
    config
        Phase config; default the packaged one (what the theses are written against).

    Returns
    -------
    HypothesisResult
        ``detail`` is the :class:`~leadwatch.analysis.phases.returns.PhaseReturnsResult`;
        ``extras["episodes"]`` the phase episodes (``phase, start, end, days``).

    Raises
    ------
    InfeasibleTest
        Unknown phase, missing series, or too little data by ``ctx.end`` (the
        run reports the hypothesis as inconclusive with the reason).
    """
    cfg = default_phase_config() if config is None else config
    if h.phase not in cfg.phase_names:
        raise InfeasibleTest(
            f"'{h.phase}' is not a phase of the {cfg.source} phase config",
            fix=f"use one of {', '.join(cfg.phase_names)}",
        )
    ids = [h.asset, *([h.versus] if h.versus else [])]
    ctx.require([*cfg.series(), *ids])
    frame = ctx.frame("daily")
    history = classify_frame(frame, cfg)
    horizon = h.horizon.periods("daily")
    if horizon > len(history.phase) // 4:
        raise InfeasibleTest(
            f"only {len(history.phase)} classified days for a {horizon}-day horizon",
            fix="use a shorter horizon or a later date",
        )
    prices = _prices(frame.values, h.asset, h.versus)
    res = history.forward_returns(prices, horizon, target=h.phase, inference=ctx.inference)
    return _result(h, ctx, thesis, history, res, prices)


def _result(
    h: PhaseHypothesis,
    ctx: Context,
    thesis: str,
    history: PhaseHistory,
    res: PhaseReturnsResult,
    prices: pd.DataFrame,
) -> HypothesisResult:
    table = res.table.set_index("phase")
    row: pd.Series = table.loc[[h.phase]].iloc[0]
    test: pd.Series = res.tests.iloc[0]
    n_in, n_eps = int(row["n"]), int(row["episodes"])
    mean_in = float(row["mean"])
    rule = rule_of(h.expected, h.versus)
    if not math.isfinite(mean_in) or (rule == "difference" and not math.isfinite(test["diff"])):
        raise InfeasibleTest(
            f"{h.phase} has {n_in} usable days in {n_eps} episode(s) by {ctx.end.date()} "
            f"(a mean needs at least 20 on each side)",
            fix="wait for more data or pick another phase",
        )
    sign = 1.0 if h.expected in ("best", "positive") else -1.0
    what = f"{h.asset} minus {h.versus}" if h.versus else h.asset
    lead = f"{what}'s next {res.horizon} trading days (log return)"
    conf = f"{1 - ctx.alpha:.0%}"
    if rule == "difference":
        effect, t = float(test["diff"]), float(test["tvalue"])
        ci = (float(test["boot_low"]), float(test["boot_high"]))
        means = table["mean"].dropna()
        rank = int((sign * means > sign * mean_in).sum()) + 1
        place = _ordinal(rank) if sign > 0 else _ordinal(rank).replace("highest", "lowest")
        body = (
            f"{lead}: {mean_in:+.1%} in {h.phase} vs {mean_in - effect:+.1%} in the other "
            f"phases ({place} of {len(means)} phase means; HAC one-sided p {fmt_p(_p(t, sign))}, "
            f"block-bootstrap {conf} CI [{ci[0]:+.1%}, {ci[1]:+.1%}])."
        )
        label = f"{h.asset}: {res.horizon}-day log return in {h.phase} minus other phases"
        nobs = int(test["n_target"] + test["n_other"])
    else:
        effect, t = mean_in, mean_in / float(row["se"])
        ci = (float(row["ci_low"]), float(row["ci_high"]))
        body = (
            f"{lead}: {mean_in:+.1%} on average in {h.phase} (HAC one-sided p "
            f"{fmt_p(_p(t, sign))}, {conf} CI [{ci[0]:+.1%}, {ci[1]:+.1%}])."
        )
        label = f"{what}: mean {res.horizon}-day log return in {h.phase}"
        nobs = n_in
    p = _p(t, sign)
    used = forward_log_returns(prices.iloc[:, 0].reindex(history.phase.index), res.horizon)
    dates = pd.DatetimeIndex(used.dropna().index)
    now = f" Phase on {history.as_of.date()}: {history.current}."
    return HypothesisResult(
        **named(thesis, h, f"{what} does {h.expected} in the {h.phase} phase"),
        verdict=verdict_from_ci(effect, ci, p, sign, ctx.alpha),
        reason=f"{body} {_sample_note(h.phase, n_in, n_eps)}{now}",
        effect=effect,
        ci=ci,
        effect_label=label,
        pvalue=p,
        nobs=nobs,
        start=pd.Timestamp(dates[0]),
        end=pd.Timestamp(dates[-1]),
        detail=res,
        extras={"episodes": history.episodes()},
    )


def _p(t: float, sign: float) -> float:
    """One-sided normal p-value of a HAC t-statistic in the expected direction."""
    from scipy.stats import norm

    return float(norm.sf(sign * t))
