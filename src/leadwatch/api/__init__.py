"""Thin composition layer: store -> align -> analysis -> report inputs.

The CLI and notebook users call these; ``analysis/`` and ``report/`` stay free
of I/O. One module per capability; this package re-exports the public names.
"""

from __future__ import annotations

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
