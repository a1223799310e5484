"""Past reference levels: a figure named as the close, open or start of a past day, month or
year ("up from Friday's close of $4,050", "against its opening 2026 price of $2,970", "having
begun 2026 near $72", "its January close of $2,800"), dated to that day or period (pure).

Examples
--------
>>> s = "Ether sits 12% above its opening 2026 price of $2,970."
>>> reference_when(s, s.index("$"))
('year_start', 2026)
>>> s = "Gold was up $169 from last Friday's close of $4,050."
>>> reference_when(s, s.index("$4,050"))
('weekday', 4)
"""

from __future__ import annotations

import re
from typing import Any

from leadwatch.claims.vocabulary import MONTH_NAME_RE, WEEKDAYS, YEAR_RE, month_number, words_re

__all__ = ["reference_when"]

#: What a past reference point is called: "close", "closing price", "opening level", "settle".
_POINT = (
    r"(?:clos(?:e|ing)|open(?:ing)?|settle(?:ment)?|settling|finish|final)"
    r"(?: (?:price|level|value|mark|print|reading|quote|terms|rate))?"
)
#: The words between a reference point and its figure: "of", "at about", "just under $",
#: "trading at".
_TAIL = (
    r"(?:\s+(?:of|at|near|around|about|roughly|nearly|some|just|above|below|under|over"
    r"|trading|priced|valued))*"
    r"\s*(?:US)?\$?$"
)
#: The start of a year: "opened 2025 at", "its opening 2025 price of", "the 2025 open of",
#: "at the start of 2025 at", "entered the year at" (the article's year: 0).
_YEAR_OPEN = re.compile(
    rf"(?:\b(?:began|begun|started|opened|entered|kicked off|start(?:ing)?|beginning|opening)"
    rf" (?:(?P<y>{YEAR_RE})|the year)"
    rf"|\bat the (?:start|beginning|open) of (?P<y2>{YEAR_RE})"
    rf"|\b(?:opening|starting) (?P<y3>{YEAR_RE}) (?:price|level|value|mark|print|quote)"
    rf"|\b(?P<y4>{YEAR_RE}|the year['\u2019]s|year-start) (?:opening|starting|open|start)"
    r"(?: (?:price|level|value|mark|print|quote))?)"
    rf"{_TAIL}",
    re.IGNORECASE,
)
#: A day's or a month's close: "last Friday's close of", "Monday's closing price of",
#: "yesterday's settle at", "the previous session's close of", "the weekend close of" (the
#: Friday's), "its January close of", "the December close at".
_DAY_CLOSE = re.compile(
    rf"\b(?:(?:last|this past|the previous) )?(?:(?P<wd>{words_re(WEEKDAYS)})|(?P<yd>yesterday"
    r"|(?:the )?(?:previous|prior) (?:day|session|trading day))|(?P<wk>(?:the )?weekend)"
    rf"|(?P<mo>{MONTH_NAME_RE}))(?:['\u2019]s)? {_POINT}{_TAIL}",
    re.IGNORECASE,
)


def reference_when(s: str, pos: int) -> tuple[str, Any] | None:
    """The time of the past reference point the figure at ``pos`` of sentence ``s`` is
    named as (``year_start``, ``weekday``, ``yesterday`` or ``month``), else ``None``."""
    lead = s[max(0, pos - 60) : pos]
    opened = _YEAR_OPEN.search(lead)
    if opened is not None:
        year = next((g for g in opened.group("y", "y2", "y3", "y4") if g and g.isdigit()), 0)
        return ("year_start", int(year))
    closed = _DAY_CLOSE.search(lead)
    if closed is None:
        return None
    if closed.group("wd"):
        return ("weekday", WEEKDAYS.index(closed.group("wd").lower()))
    if closed.group("wk"):  # "from the weekend close of $33.01": the Friday before
        return ("weekday", 4)
    if closed.group("yd"):
        return ("yesterday", 1)
    return ("month", (0, month_number(closed.group("mo"))))
