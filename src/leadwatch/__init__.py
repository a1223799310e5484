"""leadwatch: statistically honest tests of cross-asset lead-lag narratives."""

from __future__ import annotations

from typing import TYPE_CHECKING

from leadwatch.errors import LeadwatchError
from leadwatch.lazy import lazy_getattr

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


__getattr__ = lazy_getattr(__name__, _LAZY)
