"""A move told from the start of a year to the end of a month named after it.

"Silver went from $22 at the start of 2024 to $34 by the end of October, a 55% rise",
"Gold rose 30% from the beginning of the year to the end of May": the move runs from the
year's start (the last close of the year before) to the end of the month, not over that
month alone. Its window is ``ytd:to:<Month>`` or, with the year named,
``ytd:to:<Month>:<year>`` (read by :func:`leadwatch.claims.check`).

Examples
--------
>>> s = "Copper went from $3.10 at the start of 2024 to $4.50 by the end of October, a 45% gain."
>>> year_to_month(s, len(s), None)
'ytd:to:October:2024'
>>> s = "Gold rose 30% from the beginning of the year through the end of May."
>>> year_to_month(s, s.index("%") + 1, "ytd")
'ytd:to:May'
>>> s = "Gold is up 12% year-to-date by October."
>>> year_to_month(s, s.index("year-to-date") + 12, "ytd")
'ytd:to:October'
>>> year_to_month("Gold rose 3% by the end of May.", 12, None) is None
True
>>> s = "Gold is up 12% year to date as of July 1."  # a day, not the month's end
>>> year_to_month(s, s.index("year to date") + 12, "ytd")
'ytd'
"""

from __future__ import annotations

import re

from leadwatch.claims.vocabulary import MONTH_NAME_RE, YEAR_RE

__all__ = ["year_to_month"]

#: The year's start, then the end of a month: "at the start of 2024 ... by the end of October".
_SPAN = re.compile(
    r"\b(?:at|from|since) the (?:very )?(?:beginning|start) of (?:the year|this year|"
    rf"(?P<y>{YEAR_RE}))\b(?:[^.;]|\.(?=\d)){{0,80}}?\b(?:by|to|through|until|at) the end of "
    rf"(?P<m>{MONTH_NAME_RE})\b(?!,? {YEAR_RE})",
)


#: A month that ends a year-to-date move, right after its figure: "40% year-to-date by October".
_TO_MONTH = re.compile(
    rf"[^,.;]{{0,30}}?\b(?:by|through|until|as of) (?:early |mid-|late |the end of )?"
    rf"(?P<m>{MONTH_NAME_RE})\b(?!,? {YEAR_RE}|\.? [0-3]?\d(?:st|nd|rd|th)?\b)"  # not a day
)


def year_to_month(s: str, end: int, window: str | None) -> str | None:
    """The window of the move whose figure ends at ``end`` in ``s``: ``window`` (the one read
    near it), made ``ytd:to:<Month>`` when a month follows a year-to-date figure, or a
    span from a year's start to the end of a month (see the module doc)."""
    to = _TO_MONTH.match(s, end) if window == "ytd" else None
    if to is not None:
        return f"ytd:to:{to.group('m')}"
    m = _SPAN.search(s)
    if m is None:
        return window
    return f"ytd:to:{m.group('m')}" + (f":{m.group('y')}" if m.group("y") else "")
