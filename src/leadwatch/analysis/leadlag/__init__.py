"""Lead-lag evidence between two return series: the battery and each of its tests.

Public names by module:

* ``battery``: DEFAULTS, LeadLagResult, lead_lag_battery
* ``ccf``: CrossCorrelationResult, cross_correlation
* ``confounders``: ConfounderResult, conditional_lead
* ``events``: RULES, EventStudyResult, decluster, detect_events, event_study
* ``granger``: GrangerResult, GrangerTest, granger, granger_f, irf
* ``granger_fast``: GrangerOrders, granger_orders
* ``predictive``: PredictiveResult, oos_path, predictive_regression
* ``stability``: StabilityResult, lead_profile, stability
* ``verdict``: Label, Verdict, decide, decide_label
"""

from __future__ import annotations

from leadwatch.analysis.leadlag.battery import DEFAULTS, LeadLagResult, lead_lag_battery
from leadwatch.analysis.leadlag.ccf import CrossCorrelationResult, cross_correlation
from leadwatch.analysis.leadlag.confounders import ConfounderResult, conditional_lead
from leadwatch.analysis.leadlag.events import (
    RULES,
    EventStudyResult,
    decluster,
    detect_events,
    event_study,
)
from leadwatch.analysis.leadlag.granger import GrangerResult, GrangerTest, granger, granger_f, irf
from leadwatch.analysis.leadlag.granger_fast import GrangerOrders, granger_orders
from leadwatch.analysis.leadlag.predictive import PredictiveResult, oos_path, predictive_regression
from leadwatch.analysis.leadlag.stability import StabilityResult, lead_profile, stability
from leadwatch.analysis.leadlag.verdict import Label, Verdict, decide, decide_label

__all__ = [
    "DEFAULTS",
    "RULES",
    "ConfounderResult",
    "CrossCorrelationResult",
    "EventStudyResult",
    "GrangerOrders",
    "GrangerResult",
    "GrangerTest",
    "Label",
    "LeadLagResult",
    "PredictiveResult",
    "StabilityResult",
    "Verdict",
    "conditional_lead",
    "cross_correlation",
    "decide",
    "decide_label",
    "decluster",
    "detect_events",
    "event_study",
    "granger",
    "granger_f",
    "granger_orders",
    "irf",
    "lead_lag_battery",
    "lead_profile",
    "oos_path",
    "predictive_regression",
    "stability",
]
