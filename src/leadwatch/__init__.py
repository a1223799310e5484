"""leadwatch: statistically honest tests of cross-asset lead-lag narratives."""

from __future__ import annotations

from leadwatch.catalog import CATALOG, SeriesSpec, get_series
from leadwatch.errors import LeadwatchError

__version__ = "0.1.0"

__all__ = ["CATALOG", "LeadwatchError", "SeriesSpec", "__version__", "get_series"]
