"""A figure that places today against a past top or bottom: "almost 30% below its October
peak", "8% under its January high", "25% above its April low", "30% lower than its
October peak", "35% from its August high" (pure).

The figure is the distance from that extreme to today, a move from it (the window ``peak``
or ``low``, ``:in:<Month>`` when the month is named, ``:in:<Month> <Year>`` with its
year), not a move over a span of time.

Examples
--------
>>> s = "Bitcoin is almost 30% below its October peak."
>>> from_extreme_window(s, s.index("30%") + 3)
('down', 'peak:in:October')
>>> s = "The S&P 500 trades 25% above its April low."
>>> from_extreme_window(s, s.index("25%") + 3)
('up', 'low:in:April')
"""

from __future__ import annotations

import re

from leadwatch.claims.pastgaps import gap_window
from leadwatch.claims.vocabulary import MONTH_NAME_RE

__all__ = ["from_extreme_window"]

_FROM_EXTREME = re.compile(
    r"\s+(?:(?P<down>below|under|beneath|short of|shy of|off|lower than|behind|away from)"
    r"|(?P<up>above|over|higher than)|(?P<from>from))\s+"
    rf"(?:its|the|their)\s+(?:(?P<month>(?:{MONTH_NAME_RE})(?: 20\d\d)?)(?:['\u2019]s)?\s+)?"
    r"(?:(?:all[- ]time|record|recent|(?:\d{4}|year-to-date|yearly|annual)|cycle)\s+)?"
    r"(?:(?P<top>peak|high|top|record|summit)|(?P<bottom>low|trough|bottom))s?\b",
    re.IGNORECASE,
)


def from_extreme_window(s: str, end: int) -> tuple[str, str] | None:
    """``(op, window)`` of the figure ending at ``end`` when the words after it place today
    below a past top or above a past bottom, or against a past time ("12% below where it
    was a year ago": :func:`leadwatch.claims.pastgaps.gap_window`); ``None`` otherwise (or
    for the odd pairing: "above its peak" is no distance from it)."""
    m = _FROM_EXTREME.match(s, end)
    if m is None:
        return gap_window(s, end)
    down = bool(m.group("down")) or (bool(m.group("from")) and bool(m.group("top")))
    if down != bool(m.group("top")):
        return None
    kind = "peak" if m.group("top") else "low"
    window = f"{kind}:in:{m.group('month')}" if m.group("month") else kind
    return ("down" if down else "up"), window
