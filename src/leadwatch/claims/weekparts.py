"""Windows that open with the calendar week: "since the start of the week", "in the first
two days of the week" (pure).

A move "since the beginning of the week" runs from the close before the week's first
session to the article date: ``wtd``. A move "over the first three days of this week"
runs from that close over the week's first sessions only: ``wkdays:N`` (resolved by
:func:`resolve_week_part`: the week of the article date, or, when it has not had N
sessions yet, the week before).

Examples
--------
>>> week_part_windows("Silver is up 9% since the beginning of the week.")
[(16, 'wtd')]
>>> week_part_windows("Silver rallied 5% over the first three days of this week.")
[(18, 'wkdays:3')]
>>> start, end, _ = resolve_week_part("wkdays:2", pd.Timestamp("2025-12-24"))
>>> str(start.date()), str(end.date())
('2025-12-21', '2025-12-23')
>>> week_part_windows("Gold rose 2% this week.")
[]
"""

from __future__ import annotations

import re

import pandas as pd

from leadwatch.claims.vocabulary import count_value

__all__ = ["resolve_week_part", "week_part_windows"]

_WEEK = r"(?:the|this) (?:trading )?week\b"
_FIRST = r"the first (?P<n>two|three|four|[2-4]) (?:trading )?(?:days|sessions) of"
_SINCE = r"\bsince the (?:start|beginning|open) of"
_PART = re.compile(rf"{_SINCE} {_WEEK}|\b(?:in|over|during|across) {_FIRST} {_WEEK}", re.I)


def week_part_windows(sentence: str) -> list[tuple[int, str]]:
    """``(position, code)`` of each window of ``sentence`` that opens with the week."""
    found = [(m.start(), m.group("n")) for m in _PART.finditer(sentence)]
    return [(at, f"wkdays:{count_value(n)}" if n else "wtd") for at, n in found]


def resolve_week_part(code: str, day: pd.Timestamp) -> tuple[pd.Timestamp, pd.Timestamp, str]:
    """The close before the week's first session (its Sunday) to the end of its first N
    sessions (weekdays), for ``wkdays:N`` said on ``day``."""
    n = int(code.split(":")[1])
    day = day.normalize()
    sunday = pd.Timestamp(day - pd.Timedelta(days=day.weekday() + 1))
    if day.weekday() < n - 1:  # not yet N sessions: the week before
        sunday -= pd.Timedelta(days=7)
    end = pd.Timestamp(sunday + pd.Timedelta(days=n))
    return sunday, end, f"the first {n} sessions of the week to {end.date()}"
