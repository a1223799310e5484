"""Universe scan: every ordered pair of many series, max-over-lags null, Benjamini-Hochberg.

One import gives the public names of every module here (the model is statsmodels'
``tsa/api.py``); the modules stay importable on their own (``__all__`` lists the names).
"""

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
