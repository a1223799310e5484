"""The weekdays a text names, as evidence between near-tie spells (pure).

A story that says "on Monday" is written on a Monday or just after; the day-after reading
(:func:`leadwatch.claims.datehints.weekday_days`) lets a lone Tuesday fit as well as a
Monday. Between spells whose figures fit alike, one that holds a named weekday itself is
preferred to one that holds only other days (prices revisit their levels: "gold near
$4,123" fits a Tuesday in one year and a Monday in the next; the Monday the text names
separates them). Only a near-exact tie (within :data:`TIE_MARGIN` of the best score) is
settled so: a story is often written the day after the weekdays it names ("gold rose on
Monday" on a Tuesday), so a Tuesday that fits clearly better keeps its lead. With no
weekday named, or none in any near spell, nothing changes.

Examples
--------
>>> days = pd.date_range("2026-01-05", periods=7)  # Monday..Sunday
>>> near = pd.Series([False, True, False, False, True, True, False], index=days)
>>> named = on_named_weekdays(days, [4])  # Friday named
>>> score = pd.Series([0, 2.0, 0, 0, 1.95, 1.9, 0], index=days)
>>> holding_named_weekday(near, named, score).tolist()
[False, False, False, False, True, True, False]
>>> holding_named_weekday(near, named, score + 0.5 * (days.day_of_week == 1)).tolist()
[False, True, False, False, True, True, False]
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd

from leadwatch.claims.closeness import spell_min

__all__ = ["TIE_MARGIN", "holding_named_weekday", "on_named_weekdays"]

#: A near-exact tie of two spells' scores (a tenth of a weak price claim's weight).
TIE_MARGIN = 0.1


def on_named_weekdays(calendar: pd.DatetimeIndex, weekdays: Sequence[int]) -> pd.Series:
    """Per calendar day, whether it falls on one of ``weekdays`` (0 = Monday)."""
    return pd.Series(np.isin(calendar.day_of_week, list(weekdays)), index=calendar)


def holding_named_weekday(near: pd.Series, named: pd.Series, score: pd.Series) -> pd.Series:
    """``near`` narrowed to its spells (runs of consecutive days) that hold a named
    weekday, when one of them scores within :data:`TIE_MARGIN` of the best; else ``near``
    unchanged."""
    has = spell_min(-named.astype(float), near) < 0
    if not bool(has[near].any()):
        return near
    best = float(score[near].max())
    return near & has if float(score[near & has].max()) >= best - TIE_MARGIN else near
