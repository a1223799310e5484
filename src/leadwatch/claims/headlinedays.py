"""A headline that opens with a day of the month and no year ("March 3 Daily Brief | ...",
"Jan. 6: metals wrap") names the issue's own day, like a wire dateline (pure).

A bulletin titled by its day is published on it: the day gets :data:`HEADLINE_VOTE` and
the next half of it (read the morning after), in every year of the calendar; the prices
and the other words settle which. A day the headline names later ("Gold slides after the
March 3 sell-off") is no title date, nor is a date printed with its year (the dateline
rules read those).

Examples
--------
>>> days = pd.date_range("2025-03-02", periods=4)
>>> votes, why = headline_day_votes("March 3rd Metals Brief | Gold slips\\n\\nGold fell.", days)
>>> votes.tolist()
[0.0, 1.0, 0.5, 0.0]
>>> headline_day_votes("Gold slides after the March 3 sell-off\\n\\nGold fell.", days)[0].any()
np.False_
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from leadwatch.claims.vocabulary import MONTH_ABBR_RE, MONTH_NAME_RE, month_number

__all__ = ["HEADLINE_VOTE", "headline_day_votes"]

#: The vote of a headline's leading day (as strong as a wire dateline's).
HEADLINE_VOTE = 1.0
#: Longest first line read as a headline.
_HEADLINE_MAX = 140
_MONTH = rf"(?:{MONTH_NAME_RE}|{MONTH_ABBR_RE}\.?)"
#: "March 3rd Daily Brief", "Jan. 6: wrap", "3 March - Markets": a day first, then a title.
_LEADING = re.compile(
    rf"\s*(?:(?P<m1>{_MONTH})\s+(?P<d1>[0-3]?\d)|(?P<d2>[0-3]?\d)\s+(?P<m2>{_MONTH}))"
    r"(?:st|nd|rd|th)?\b(?!,?\s*\d)\s*[:|\u2013\u2014-]?\s+[A-Z]"
)


def headline_day_votes(text: str, calendar: pd.DatetimeIndex) -> tuple[np.ndarray, list[str]]:
    """Votes over ``calendar`` for the day of the month that opens the first line of
    ``text`` (its headline: short, not a sentence ending in a full stop)."""
    votes = np.zeros(len(calendar))
    first = next((line.strip() for line in text.splitlines() if line.strip()), "")
    if len(first) > _HEADLINE_MAX or first.endswith("."):
        return votes, []
    m = _LEADING.match(first)
    if m is None:
        return votes, []
    month = month_number(m.group("m1") or m.group("m2"))
    dom = int(m.group("d1") or m.group("d2"))
    on = (calendar.month == month) & (calendar.day == dom)
    votes += HEADLINE_VOTE * on + HEADLINE_VOTE / 2 * np.roll(on, 1)  # the day, else the next
    return votes, [f"the headline opens with {first[: m.end() - 1].strip()!r}: its own day"]
