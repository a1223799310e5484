"""Defaults shared by the API and the command line (a leaf module: imports nothing heavy).

Examples
--------
>>> DEFAULT_N_BOOT, MAX_N_BOOT
(999, 100000)
"""

from __future__ import annotations

__all__ = ["DEFAULT_N_BOOT", "DEFAULT_VAR_LAGS", "MAX_N_BOOT"]

#: Bootstrap replicates of the commands unless told otherwise (``--n-boot``): p-values
#: to 1/1000, a few seconds per test on 30 years of daily data. API functions state
#: their own default in their signature (``lead_lag`` and ``run_thesis``: 1999, for a
#: finer p-value; the report's sections fewer, to stay fast).
DEFAULT_N_BOOT = 999

#: Upper bound of ``n_boot``. The block bootstrap holds ``n_boot`` resampled index
#: rows of the whole sample (and the battery one statistic per lag per replicate):
#: 100,000 replicates of 6,000 daily rows are already ~5 GB, and Monte-Carlo error
#: at 100,000 is far below any p-value digit reported.
MAX_N_BOOT = 100_000

#: VAR order of the Diebold-Yilmaz spillover tables (CLI and API alike).
DEFAULT_VAR_LAGS = 2
