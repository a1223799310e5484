"""Market phases: configured triggers, classification, returns by phase, outlook, regimes, watch.

Public names by module:

* ``classify``: PhaseHistory, classify_frame, classify_phases, episodes
* ``config``: PhaseConfig, PhaseRule, TriggerSpec, WatchSettings, load_phase_config,
  parse_phase_config
* ``markov``: MarkovResult, RegimeComparison, markov_switching, phase_regimes
* ``outlook``: OutlookResult, analogue_outlook
* ``returns``: PhaseReturnsResult, forward_log_returns, forward_returns_by_phase
* ``triggers``: TriggerBoard, TriggerHistory, evaluate_triggers
* ``watch``: Alert, changes, snapshot
"""

from __future__ import annotations

from leadwatch.analysis.phases.classify import (
    PhaseHistory,
    classify_frame,
    classify_phases,
    episodes,
)
from leadwatch.analysis.phases.config import (
    PhaseConfig,
    PhaseRule,
    TriggerSpec,
    WatchSettings,
    load_phase_config,
    parse_phase_config,
)
from leadwatch.analysis.phases.markov import (
    MarkovResult,
    RegimeComparison,
    markov_switching,
    phase_regimes,
)
from leadwatch.analysis.phases.outlook import OutlookResult, analogue_outlook
from leadwatch.analysis.phases.returns import (
    PhaseReturnsResult,
    forward_log_returns,
    forward_returns_by_phase,
)
from leadwatch.analysis.phases.triggers import TriggerBoard, TriggerHistory, evaluate_triggers
from leadwatch.analysis.phases.watch import Alert, changes, snapshot

__all__ = [
    "Alert",
    "MarkovResult",
    "OutlookResult",
    "PhaseConfig",
    "PhaseHistory",
    "PhaseReturnsResult",
    "PhaseRule",
    "RegimeComparison",
    "TriggerBoard",
    "TriggerHistory",
    "TriggerSpec",
    "WatchSettings",
    "analogue_outlook",
    "changes",
    "classify_frame",
    "classify_phases",
    "episodes",
    "evaluate_triggers",
    "forward_log_returns",
    "forward_returns_by_phase",
    "load_phase_config",
    "markov_switching",
    "parse_phase_config",
    "phase_regimes",
    "snapshot",
]
