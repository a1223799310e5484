"""leadwatch: statistically honest tests of cross-asset lead-lag narratives."""

from __future__ import annotations

from typing import TYPE_CHECKING

from leadwatch.errors import LeadwatchError

if TYPE_CHECKING:
    from leadwatch.analysis.connectedness.rolling import rolling_connectedness
    from leadwatch.analysis.connectedness.static import connectedness
    from leadwatch.api import lead_lag, spillovers
    from leadwatch.api.scan import scan
    from leadwatch.catalog import CATALOG, SeriesSpec, get_series

from leadwatch._version import __version__

__all__ = [
    "CATALOG",
    "LeadwatchError",
    "SeriesSpec",
    "__version__",
    "connectedness",
    "get_series",
    "lead_lag",
    "rolling_connectedness",
    "scan",
    "spillovers",
]

_LAZY = {
    "CATALOG": "leadwatch.catalog",
    "SeriesSpec": "leadwatch.catalog",
    "get_series": "leadwatch.catalog",
    "lead_lag": "leadwatch.api.evidence",
    "spillovers": "leadwatch.api.spillover",
    "scan": "leadwatch.api.scan",
    "connectedness": "leadwatch.analysis.connectedness.static",
    "rolling_connectedness": "leadwatch.analysis.connectedness.rolling",
}


def __getattr__(name: str) -> object:
    """Lazy public functions (keeps ``import leadwatch`` light: no pandas, scipy or duckdb)."""
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'leadwatch' has no attribute {name!r}")
