"""Thin composition layer: store -> align -> analysis -> report inputs.

The CLI and notebook users call these; ``analysis/`` and ``report/`` stay free
of I/O. One module per capability; this package re-exports the public names,
imported lazily (``leadwatch test`` need not import the backtest or the report).
"""

from __future__ import annotations

import sys
import types
from typing import TYPE_CHECKING

from leadwatch.lazy import lazy_getattr

if TYPE_CHECKING:
    from leadwatch.api.backtest import backtest
    from leadwatch.api.claims import check_article
    from leadwatch.api.data import update_store
    from leadwatch.api.evidence import DEFAULT_CONTROLS, lead_lag
    from leadwatch.api.phases import (
        outlook,
        phase_forward_returns,
        phase_history,
        phase_regime_comparison,
        trigger_board,
    )
    from leadwatch.api.report import (
        REPORT_SERIES,
        REPORT_SPILLOVER_WINDOW_WEEKS,
        build_report_data,
        build_report_sections,
        coverage_table,
    )
    from leadwatch.api.scan import scan
    from leadwatch.api.spillover import SPILLOVER_SERIES, spillover_returns, spillovers
    from leadwatch.api.theses import build_thesis_report, run_thesis


__all__ = [
    "DEFAULT_CONTROLS",
    "REPORT_SERIES",
    "REPORT_SPILLOVER_WINDOW_WEEKS",
    "SPILLOVER_SERIES",
    "backtest",
    "build_report_data",
    "build_report_sections",
    "build_thesis_report",
    "check_article",
    "coverage_table",
    "lead_lag",
    "outlook",
    "phase_forward_returns",
    "phase_history",
    "phase_regime_comparison",
    "run_thesis",
    "scan",
    "spillover_returns",
    "spillovers",
    "trigger_board",
    "update_store",
]

_LAZY = {
    "DEFAULT_CONTROLS": "leadwatch.api.evidence",
    "REPORT_SERIES": "leadwatch.api.report",
    "REPORT_SPILLOVER_WINDOW_WEEKS": "leadwatch.api.report",
    "SPILLOVER_SERIES": "leadwatch.api.spillover",
    "backtest": "leadwatch.api.backtest",
    "build_report_data": "leadwatch.api.report",
    "build_report_sections": "leadwatch.api.report",
    "check_article": "leadwatch.api.claims",
    "coverage_table": "leadwatch.api.report",
    "lead_lag": "leadwatch.api.evidence",
    "outlook": "leadwatch.api.phases",
    "phase_forward_returns": "leadwatch.api.phases",
    "phase_history": "leadwatch.api.phases",
    "phase_regime_comparison": "leadwatch.api.phases",
    "scan": "leadwatch.api.scan",
    "spillover_returns": "leadwatch.api.spillover",
    "spillovers": "leadwatch.api.spillover",
    "trigger_board": "leadwatch.api.phases",
    "build_thesis_report": "leadwatch.api.theses",
    "run_thesis": "leadwatch.api.theses",
    "update_store": "leadwatch.api.data",
}


__getattr__ = lazy_getattr(__name__, _LAZY)


class _Api(types.ModuleType):
    """``leadwatch.api.backtest`` and ``.scan`` stay the functions, as with eager imports.

    Importing a submodule sets it as an attribute of its package; the functions
    of the same name would then be shadowed by their modules. This keeps the
    eager-import behaviour: the attribute is (lazily) the function.
    """

    def __setattr__(self, name: str, value: object) -> None:
        if name in _LAZY and isinstance(value, types.ModuleType):
            return
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Api
