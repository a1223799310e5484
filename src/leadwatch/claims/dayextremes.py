"""A level told as the day's own extreme: "its intraday low of $X", "a session high of X".

Such a figure is the day's low (high), not its close: :func:`day_extreme_op` turns the
level's operator into ``day:low`` (``day:high``), and :func:`day_extreme_days` says on
which days it held: where the series has a high-low range that day, the price traded at
the figure (within :data:`BAND`), so the day's low (high) is at or beyond it (a story
written before the close may name a low the day later broke); on a day without one, the
close on the right side of the figure and within 3% of it (a close cannot lie below the
day's low).

Examples
--------
>>> s = "Ether bounced from its intraday lows of $1,790 on Friday."
>>> day_extreme_op(s, s.index("lows"), "lows of $1,790", "at")
'day:low'
>>> s = "Gold rose to $2,930 from $2,900."
>>> day_extreme_op(s, s.index("$2,930"), "$2,930", "at")
'at'
"""

from __future__ import annotations

import re

import pandas as pd

__all__ = ["BAND", "DAY_EXTREME_OPS", "day_extreme_days", "day_extreme_op"]

#: How far outside the day's range the stated figure may lie: feeds differ a little.
BAND = 0.006
#: The operators of a day's extreme.
DAY_EXTREME_OPS = ("day:low", "day:high")
# "intraday low of", "session highs of", "the day's high of", "a high of" (a level's words
# start with the noun; the qualifier stands right before them).
_NOUN = re.compile(r"(?P<hl>high|low)s? of\b", re.IGNORECASE)
_DAY_WORD = re.compile(
    r"\b(?:intraday|intra-day|session|the day['\u2019]s|daily|its|a|an|the)\s+$", re.IGNORECASE
)


def day_extreme_op(s: str, pos: int, words: str, op: str) -> str:
    """``day:low``/``day:high`` for a level ``words`` (at ``pos`` in ``s``) that names the
    day's extreme after a day word or an article ("intraday lows of $60,100", "a high of
    $51.30"); ``op`` unchanged otherwise."""
    m = _NOUN.match(words)
    if op != "at" or m is None or not _DAY_WORD.search(s[:pos]):
        return op
    return f"day:{m.group('hl').lower()}"


def day_extreme_days(
    close: pd.Series, ranges: pd.DataFrame | None, op: str, level: float, *, proxy: bool = False
) -> pd.Series:
    """Boolean series over trading days: did the day's low (``op`` ``day:low``) or high
    (``day:high``) reach ``level`` (module doc)? ``proxy``: the ranges are another
    instrument's (a London fix's futures, whose front month may be a thin contract), so a
    day the close rule holds on holds too.

    >>> days = pd.to_datetime(["2026-01-05", "2026-01-06", "2026-01-07"])
    >>> close = pd.Series([101.0, 99.0, 104.0], index=days)
    >>> ranges = pd.DataFrame({"low": [100.2, 103.0], "high": [102.0, 106.0]}, index=days[::2])
    >>> day_extreme_days(close, ranges, "day:low", 100.0).tolist()
    [True, False, False]
    """
    if op == "day:low":
        by_close = (close >= level) & (close <= level * 1.03)
    else:
        by_close = (close <= level) & (close >= level * 0.97)
    if ranges is None or ranges.empty:
        return by_close
    by_range = (ranges["low"] <= level * (1 + BAND)) & (ranges["high"] >= level * (1 - BAND))
    index = close.index.union(by_range.index)
    ruled = by_range.reindex(index)
    closes = by_close.reindex(index, fill_value=False)
    out = ruled.where(ruled.notna(), closes)
    return (out.astype(bool) | closes) if proxy else out.astype(bool)
