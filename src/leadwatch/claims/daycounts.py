"""Windows stated as a count of days or hours: "in just two days", "within 48 hours" (pure).

A move "in two days" or "in 48 hours" runs over that many days of trading to the article
date: ``tdays:N``. A round-the-clock asset (bitcoin) counts calendar days, an asset that
trades on weekdays counts sessions (a "48 hours" crash told on a Monday spans the Thursday
and Friday sessions, not the weekend). A day or less ("in 24 hours", "in a few hours") is
the session's move, read by the window finder; "over the past ten days" is ``days:10``.

Examples
--------
>>> count_windows("Silver lost 28% in just two days.")
[(16, 'tdays:2')]
>>> count_windows("Ether dropped 9% over the past 72 hours.")
[(17, 'tdays:3')]
>>> count_windows("Gold has gained $300 in just the past six days.")
[(21, 'tdays:6')]
>>> count_windows("Bitcoin fell 3% in 24 hours.")
[]
"""

from __future__ import annotations

import re

from leadwatch.claims.vocabulary import count_value
from leadwatch.claims.weekparts import week_part_windows

__all__ = ["count_windows"]

_HEDGE = r"(?:just |only |a mere |barely |less than |under |little more than )?"
# "in just the past six days": a hedged trailing count is one of days of trading too
_HEDGED = r"(?:just|only|a mere|barely) (?:the (?:past|last) )?"
_COUNT = re.compile(
    rf"\b(?:in|over|within|across) (?:{_HEDGED}(?P<hn>two|three|four|five|six|seven|\d) days"
    rf"|{_HEDGE}(?P<n>two|three|four|five|\d) days"
    rf"|{_HEDGE}(?:the (?:past|last) )?(?P<h>48|72|96) hours)\b(?! (?:from|after|later|before)\b)",
    re.IGNORECASE,
)


def count_windows(sentence: str) -> list[tuple[int, str]]:
    """``(position, code)`` of each count of days or hours in ``sentence`` (module doc),
    and of each part of the week (:func:`.weekparts.week_part_windows`)."""
    out = week_part_windows(sentence)
    for m in _COUNT.finditer(sentence):
        if m.group("h"):
            days = int(m.group("h")) // 24
        else:
            days = count_value(m.group("n") or m.group("hn"))
        if days >= 2:
            out.append((m.start(), f"tdays:{days}"))
    return out
