"""Thesis evaluation: one module per hypothesis kind, a registry keyed by kind, and the run.

==================  ===========================================================
``context``         :class:`Workspace` (raw series, caches), :class:`Context`
                    (data known at a date), :func:`known_by`, :func:`named`
``registry``        :data:`EVALUATORS`, :func:`register_evaluator`,
                    :func:`evaluator_for`, :func:`verdict_from_ci`, :func:`verdict_label`,
                    :func:`measured`
``lead_lag``        :func:`evaluate_lead_lag` (the lead-lag battery)
``event``           :func:`evaluate_event` (event study)
``conditional``     :func:`evaluate_conditional` (returns while a condition holds)
``correlation``     :func:`evaluate_correlation` (correlation, in and out of a regime)
``phase``           :func:`evaluate_phase` (forward returns by phase)
``run``             :func:`run_theses`, :func:`evaluate_thesis`, :func:`evaluate_hypothesis`
``robust``          sub-sample tables that "supported" must pass (events, conditions)
``stale``           :func:`stale_inputs`, :func:`hypothesis_ids`, :func:`state_at_end`
==================  ===========================================================

The five built-in kinds are registered here, on first import of this package.
"""

from __future__ import annotations

from leadwatch.theses.evaluate.conditional import condition_rules, evaluate_conditional
from leadwatch.theses.evaluate.context import Context, Workspace, date_span, known_by, named
from leadwatch.theses.evaluate.correlation import evaluate_correlation
from leadwatch.theses.evaluate.event import evaluate_event
from leadwatch.theses.evaluate.lead_lag import evaluate_lead_lag
from leadwatch.theses.evaluate.phase import default_phase_config, evaluate_phase, rule_of
from leadwatch.theses.evaluate.registry import (
    EVALUATORS,
    Evaluator,
    evaluator_for,
    measured,
    register_evaluator,
    verdict_from_ci,
    verdict_label,
)
from leadwatch.theses.evaluate.robust import (
    conditional_hold_up,
    conditional_subsamples,
    event_subsamples,
    events_hold_up,
)
from leadwatch.theses.evaluate.run import evaluate_hypothesis, evaluate_thesis, run_theses
from leadwatch.theses.evaluate.stale import hypothesis_ids, stale_inputs, state_at_end

__all__ = [
    "EVALUATORS",
    "Context",
    "Evaluator",
    "Workspace",
    "condition_rules",
    "conditional_hold_up",
    "conditional_subsamples",
    "date_span",
    "default_phase_config",
    "evaluate_conditional",
    "evaluate_correlation",
    "evaluate_event",
    "evaluate_hypothesis",
    "evaluate_lead_lag",
    "evaluate_phase",
    "evaluate_thesis",
    "evaluator_for",
    "event_subsamples",
    "events_hold_up",
    "hypothesis_ids",
    "known_by",
    "measured",
    "named",
    "register_evaluator",
    "rule_of",
    "run_theses",
    "stale_inputs",
    "state_at_end",
    "verdict_from_ci",
    "verdict_label",
]

for _kind, _evaluator in (
    ("lead_lag", evaluate_lead_lag),
    ("event", evaluate_event),
    ("conditional", evaluate_conditional),
    ("correlation", evaluate_correlation),
    ("phase", evaluate_phase),
):
    if _kind not in EVALUATORS:
        register_evaluator(_kind, _evaluator)
