"""Conditional tests: returns while a regime holds, and correlation in and out of a regime.

Public names by module:

* ``correlation``: RegimeCorrelationResult, regime_correlation
* ``regimes``: ConditionRule, regime_indicator
* ``returns``: ConditionalResult, conditional_returns
"""

from __future__ import annotations

from leadwatch.analysis.conditional.correlation import RegimeCorrelationResult, regime_correlation
from leadwatch.analysis.conditional.regimes import ConditionRule, regime_indicator
from leadwatch.analysis.conditional.returns import ConditionalResult, conditional_returns

__all__ = [
    "ConditionRule",
    "ConditionalResult",
    "RegimeCorrelationResult",
    "conditional_returns",
    "regime_correlation",
    "regime_indicator",
]
