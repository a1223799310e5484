"""Phases, triggers and forward returns by phase from the store.

Composition only: read the series a phase config needs, align them on the daily
business-day grid without look-ahead, and call :mod:`leadwatch.analysis.phases.classify`
(:func:`~leadwatch.analysis.phases.classify.classify_frame`,
:meth:`~leadwatch.analysis.phases.classify.PhaseHistory.forward_returns`, the same pure steps
the ``phase`` thesis evaluator uses) and :mod:`~leadwatch.analysis.phases.markov`.
Every function takes an open :class:`Store`, a store path, ``None`` (the default
store) or an already aligned daily :class:`AlignedFrame`.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pandas as pd

from leadwatch.align import AlignedFrame, align
from leadwatch.analysis.flows.triggers import with_flows
from leadwatch.analysis.inference import Inference
from leadwatch.analysis.phases.config import PhaseConfig, load_phase_config
from leadwatch.errors import DataError
from leadwatch.store import Store, opened_store

if TYPE_CHECKING:
    from leadwatch.align import DateLike
    from leadwatch.analysis.phases.classify import PhaseHistory
    from leadwatch.analysis.phases.markov import RegimeComparison
    from leadwatch.analysis.phases.outlook import OutlookResult
    from leadwatch.analysis.phases.returns import PhaseReturnsResult
    from leadwatch.analysis.phases.triggers import TriggerBoard

__all__ = [
    "OUTLOOK_MOMENTUM",
    "PHASE_ASSETS",
    "REPORT_PHASE_HORIZON",
    "Source",
    "outlook",
    "phase_config",
    "phase_forward_returns",
    "phase_frame",
    "phase_history",
    "phase_regime_comparison",
    "phase_report_sections",
    "trigger_board",
]

#: Assets whose forward returns the articles' claim is about.
PHASE_ASSETS: tuple[str, ...] = ("btc", "silver")

Source = Store | Path | str | AlignedFrame | None
ConfigLike = PhaseConfig | Path | str | None


def phase_config(config: ConfigLike = None) -> PhaseConfig:
    """A :class:`PhaseConfig` from an object, a TOML path, or ``None`` (the packaged default)."""
    return config if isinstance(config, PhaseConfig) else load_phase_config(config)


def phase_frame(
    store: Source = None,
    config: ConfigLike = None,
    *,
    extra: Sequence[str] = PHASE_ASSETS,
    end: DateLike | None = None,
) -> AlignedFrame:
    """Daily aligned values of every series the config needs (plus ``extra``), no look-ahead.

    Only observations dated up to ``end`` are read, so ``end`` replays what was
    known then; the grid starts at the earliest stored date, so the longest
    windows (and the silver all-time high) have their full history.
    """
    if isinstance(store, AlignedFrame):
        if store.grid != "daily":
            raise DataError(f"the frame is on the {store.grid} grid", fix="align on 'daily'")
        return store
    cfg = phase_config(config)
    ids = list(dict.fromkeys([*cfg.series(), *extra]))
    last = None if end is None else pd.Timestamp(end).strftime("%Y-%m-%d")  # type: ignore[arg-type]
    with opened_store(store) as opened:
        values = opened.read_values(ids, end=last)
        flows = {name: opened.flows(name)["Total"].loc[:last] for name in cfg.flows}
    empty = [k for k, v in values.items() if v.dropna().empty]
    if empty:
        raise DataError(f"no stored values for {', '.join(empty)}", fix="import them first")
    aligned = align(values, "daily", end=end)
    return with_flows(aligned, flows) if flows else aligned


def phase_history(
    store: Source = None,
    config: ConfigLike = None,
    *,
    start: DateLike | None = None,
    end: DateLike | None = None,
) -> PhaseHistory:
    """The rule-based phase on every business day (see :mod:`leadwatch.analysis.phases.classify`).

    Parameters
    ----------
    store
        Store, store path, ``None`` (default store) or an already aligned daily
        :class:`AlignedFrame`.
    config
        :class:`PhaseConfig`, a TOML path, or ``None`` for the packaged default.
    start, end
        Dates kept in the result; ``end`` also limits the data read (as known then).
    """
    from leadwatch.analysis.phases.classify import classify_frame

    cfg = phase_config(config)
    frame = phase_frame(store, cfg, end=end)
    return classify_frame(frame, cfg, start=start, end=end)


def trigger_board(
    store: Source = None, config: ConfigLike = None, *, date: DateLike | None = None
) -> TriggerBoard:
    """The trigger checklist on ``date`` (default: the latest business day in the store)."""
    return phase_history(store, config, end=date).evidence()


def phase_forward_returns(
    store: Source = None,
    config: ConfigLike = None,
    *,
    assets: Sequence[str] = PHASE_ASSETS,
    horizon: int = 60,
    target: str = "debasement",
    alpha: float = 0.05,
    n_boot: int = 999,
    seed: int | None = 0,
    history: PhaseHistory | None = None,
) -> PhaseReturnsResult:
    """Forward returns of ``assets`` by phase, with HAC/bootstrap tests for ``target``.

    Pass ``history`` to reuse a computed :class:`PhaseHistory` (its dates are used).
    """
    cfg = phase_config(config)
    frame = phase_frame(store, cfg, extra=assets)
    hist = history if history is not None else phase_history(frame, cfg)
    prices = frame.values.loc[:, list(assets)]
    inference = Inference(alpha, n_boot, seed)
    return hist.forward_returns(prices, horizon, target=target, inference=inference)


def phase_regime_comparison(
    store: Source = None,
    config: ConfigLike = None,
    *,
    k_regimes: int = 3,
    n_starts: int = 10,
    seed: int | None = 0,
    history: PhaseHistory | None = None,
) -> RegimeComparison:
    """Markov-switching regimes of the weekly phase features vs the rule-based phases."""
    from leadwatch.analysis.phases.markov import phase_regimes

    hist = history if history is not None else phase_history(store, config)
    weekly = hist.triggers.metrics.resample("W-FRI").last()
    phases = hist.phase.resample("W-FRI").last()
    return phase_regimes(weekly, phases, k_regimes, n_starts=n_starts, seed=seed)


#: Momentum features of the outlook state (log change over three months).
OUTLOOK_MOMENTUM: tuple[str, ...] = ("silver", "gold")


def outlook(
    store: Source = None,
    config: ConfigLike = None,
    *,
    asset: str = "btc",
    horizons: Sequence[int] = (20, 60, 120),
    k: int = 30,
    step: int = 5,
    momentum_days: int = 63,
) -> OutlookResult:
    """Analogue outlook of ``asset`` from today's phase, triggers and metal momentum.

    The state is the phase, the checklist triggers and the ``momentum_days`` log
    change of silver, gold and the asset; see
    :func:`leadwatch.analysis.phases.outlook.analogue_outlook` (calibration included).
    """
    from leadwatch.analysis.phases.config import parse_metric
    from leadwatch.analysis.phases.outlook import analogue_outlook
    from leadwatch.analysis.phases.triggers import evaluate_metric

    cfg = phase_config(config)
    frame = phase_frame(store, cfg, extra=(*PHASE_ASSETS, asset))
    hist = phase_history(frame, cfg)
    dates = hist.phase.index
    names = list(dict.fromkeys([*OUTLOOK_MOMENTUM, asset]))
    momentum = pd.DataFrame(
        {
            f"{name}_momentum": evaluate_metric(
                parse_metric(f"logchange({name}, {momentum_days})"), frame.values
            )
            for name in names
        }
    ).loc[dates]
    checklist = [t.name for t in cfg.triggers if t.checklist]
    return analogue_outlook(
        hist.phase,
        momentum,
        frame.values[asset].loc[dates],
        horizons,
        triggers=hist.triggers.holds[checklist],
        asset=asset,
        k=k,
        step=step,
    )


#: Forward-return horizon (business days) of the report's phase table.
REPORT_PHASE_HORIZON = 60


def phase_report_sections(store: Store, *, n_boot: int = 499, seed: int | None = 0) -> list[Any]:
    """The phase-timeline report section, or nothing when the store lacks the config's series.

    Default config; forward returns of :data:`PHASE_ASSETS` over
    :data:`REPORT_PHASE_HORIZON` days, tested for ``debasement``.
    """
    from leadwatch.report.phases import PhaseSection

    cfg = phase_config(None)
    stored = set(store.status().query("rows > 0")["id"])
    if not {*cfg.series(), *PHASE_ASSETS} <= stored:
        return []
    frame = phase_frame(store, cfg)
    history = phase_history(frame, cfg)
    returns = phase_forward_returns(
        frame, cfg, horizon=REPORT_PHASE_HORIZON, n_boot=n_boot, seed=seed, history=history
    )
    return [PhaseSection(history, returns)]
