"""A dateline printed without its year ("(Dec 30):", "Jan. 6 -") heading a lead that names one
weekday as the day's ("stocks slipped on Tuesday") tells the year (pure).

A wire lead opens with the day of the month and tells the session by its weekday; the pair
fits only the years whose calendar puts that day on that weekday (as
:mod:`leadwatch.claims.weekdaydates` does for "Friday, January 24"). The lead must name one
weekday only, and not as one looked back to ("last Monday", "since Friday"): two weekdays
recap a week, and a lead of a US session read in Asia may name the day before.

Examples
--------
>>> days = pd.date_range("2024-12-25", "2026-01-05")
>>> votes, _ = dateline_weekday_votes("(Dec 30): Shares slipped on Tuesday.", days)
>>> [str(d.date()) for d in days[votes > 0]][:2]
['2025-12-30', '2025-12-31']
>>> float(votes[days.get_loc(pd.Timestamp("2024-12-30"))])
0.0
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from leadwatch.claims.vocabulary import MONTH_ABBR_RE, MONTH_NAME_RE, WEEKDAYS, month_number

__all__ = ["DATELINE_WEEKDAY_VOTE", "dateline_weekday_votes"]

#: The vote of a yearless dateline and its lead's weekday, over the two days from it.
DATELINE_WEEKDAY_VOTE = 0.5
#: "(Dec 30):", "Dec. 30 -", "December 30 (Wire) -" at the very start of the story.
_DATELINE = re.compile(
    rf"(?m)^\s*\(?(?P<m>{MONTH_NAME_RE}|{MONTH_ABBR_RE})\.? (?P<d>[0-3]?\d)\b(?!,? \d)\)?"
    r"(?: \([A-Z][\w ]{1,20}\))?\s*[:\u2013\u2014-]"
)
#: How far into the story a dateline may start (after a headline and a standfirst).
_OPENING = 600
_WEEKDAY = re.compile(r"(?i)\b(" + "|".join(WEEKDAYS) + r")\b")
#: A weekday looked back to or ahead: "last Friday", "since Monday", "next Tuesday".
_NOT_TODAY = re.compile(r"(?i)\b(?:last|since|next|previous|until|before|after|from)\s+$")


def dateline_weekday_votes(body: str, calendar: pd.DatetimeIndex) -> tuple[np.ndarray, list[str]]:
    """Votes over ``calendar`` (consecutive days) for a dateline starting a line of the
    opening of ``body`` (its sentences one a line): the dateline's day and the next, in the
    years whose calendar puts it on the weekday its lead sentence names (none if it names
    none, several, or one looked back to)."""
    votes = np.zeros(len(calendar))
    m = _DATELINE.search(body, 0, _OPENING)
    if m is None:
        return votes, []
    rest = body[m.end() :]
    stop = re.search(r"[.!?](?:\s|$)", rest)
    lead = rest[: stop.end() if stop else len(rest)]
    named = {w.group(1).lower(): w.start() for w in _WEEKDAY.finditer(lead)}
    if len(named) != 1:
        return votes, []
    ((weekday, pos),) = named.items()
    if _NOT_TODAY.search(lead[max(0, pos - 12) : pos]):
        return votes, []
    month, dom = month_number(m.group("m")), int(m.group("d"))
    on = (
        (calendar.day_of_week == WEEKDAYS.index(weekday))
        & (calendar.month == month)
        & (calendar.day == dom)
    )
    votes += DATELINE_WEEKDAY_VOTE * (on | np.roll(on, 1))
    why = f"the dateline {m.group(0).strip()!r} with {weekday.capitalize()} in its lead"
    return votes, [f"{why}: that day in the years it fits ({DATELINE_WEEKDAY_VOTE})"]
