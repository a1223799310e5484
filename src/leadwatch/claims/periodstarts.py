"""A year or a month the text says is starting now ("bitcoin starts 2026 lower", "gold
begins June with a gain", "stocks kick off the new year") dates the article in its first
days (pure).

Told in the present tense, the start of a period is the news of its first sessions: 1.0
over the first :data:`FIRST_DAYS` days of that year (of January, for "the new year") or
month, in any year for a month. Told in the past ("began 2026 at $93,000"), it is a
level looked back to from any later day, and a start set ahead ("could start 2026
higher") is no start yet: neither votes. A month followed by a day ("begins June 3") is
a date, not the month.

Examples
--------
>>> days = pd.date_range("2025-12-30", "2026-01-12")
>>> votes, why = period_start_votes("Silver starts 2026 lower after a record year.", days)
>>> hit = days[votes > 0]
>>> str(hit[0].date()), str(hit[-1].date())
('2026-01-01', '2026-01-07')
>>> bool(period_start_votes("Silver started 2026 at $70.", days)[0].any())
False
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from leadwatch.claims.vocabulary import BARE_MONTH_RE, MODAL_RE, YEAR_RE, month_number

__all__ = ["FIRST_DAYS", "period_start_votes"]

#: The first days of a period, when its start is news.
FIRST_DAYS = 7
_VOTE = 1.0
_STARTS = re.compile(
    r"\b(?:starts?|begins?|kicks? off|opens?)\s+(?:"
    rf"(?P<year>{YEAR_RE})\b(?![-/.]\d)|the (?P<new>new )?year\b|(?P<month>{BARE_MONTH_RE}))",
    re.IGNORECASE,
)
#: A modal or "to" before the verb: a start still ahead ("could start 2026 higher").
_AHEAD = re.compile(rf"(?i)\b(?:{MODAL_RE}|to|not)\s+$")


def period_start_votes(body: str, calendar: pd.DatetimeIndex) -> tuple[np.ndarray, list[str]]:
    """Votes over ``calendar`` for each year or month ``body`` says is starting now, once
    each (module docstring)."""
    votes = np.zeros(len(calendar))
    why: list[str] = []
    seen: set[tuple[int, int]] = set()
    for m in _STARTS.finditer(body):
        if _AHEAD.search(body[max(0, m.start() - 12) : m.start()]):
            continue
        year = int(m.group("year")) if m.group("year") else 0  # 0: in any year
        month = month_number(m.group("month")) if m.group("month") else 1
        if (year, month) in seen:
            continue
        seen.add((year, month))
        day = (calendar.day <= FIRST_DAYS) & (calendar.month == month)
        votes += _VOTE * (day & ((calendar.year == year) if year else True))
        why.append(f"{m.group(0)!r}: a period starting now, written in its first days ({_VOTE})")
    return votes, why
