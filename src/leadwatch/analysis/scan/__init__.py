"""Universe scan: every ordered pair of many series, max-over-lags null, Benjamini-Hochberg."""

from __future__ import annotations

from leadwatch.analysis.scan.universe import (
    ScanPlan,
    ScanResult,
    merge_blocks,
    plan_scan,
    scan_returns,
)

__all__ = [
    "ScanPlan",
    "ScanResult",
    "merge_blocks",
    "plan_scan",
    "scan_returns",
]
