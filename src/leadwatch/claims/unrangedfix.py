"""How far a close may miss an "above" or "below" level and the day still hold it (pure).

A close judges "above $X" within 0.5%; where the day's high-low range is stored, the range
does the rest. A fixed series (a London fix) on a day its range does not cover (a
holiday of the futures, the days after the futures end) gives one sample of a day that
trades about 2% either side of it: "touched above $5,300" holds with a fix of $5,222
that day. The tolerance words in :data:`leadwatch.claims.market.TOLERANCE` say so.

Examples
--------
>>> days = pd.bdate_range("2026-02-19", "2026-02-26")
>>> ranges = pd.DataFrame({"low": 1.0, "high": 2.0}, index=days[:3])
>>> close_slack(True, pd.Series(1.5, index=days), ranges).tolist()
[0.005, 0.005, 0.005, 0.02, 0.02, 0.02]
>>> close_slack(False, pd.Series(1.5, index=days), None).tolist()[-1]
0.005
"""

from __future__ import annotations

import numpy as np
import pandas as pd

__all__ = ["CLOSE_SLACK", "UNRANGED_FIX_SLACK", "close_slack"]

#: A close's slack for "above" and "below".
CLOSE_SLACK = 0.005
#: The same for a fix on a day with no range to read the day's high or low from.
UNRANGED_FIX_SLACK = 0.02


def close_slack(fixed: bool, closes: pd.Series, ranges: pd.DataFrame | None) -> pd.Series:
    """The slack per day of ``closes`` (module doc); ``fixed``: the series is a fix."""
    slack = pd.Series(CLOSE_SLACK, index=closes.index)
    if fixed:
        covered = (
            closes.index.isin(ranges.index) if ranges is not None else np.zeros(len(closes), bool)
        )
        slack[~covered] = UNRANGED_FIX_SLACK
    return slack
