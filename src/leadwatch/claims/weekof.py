"""A week named by one of its days ("the week of September 2", "the September 2 week",
"the week ending September 5") (pure).

In a week-by-week account each figure belongs to its own week, not to the article's date:
a move in such a phrase is that week's change (window ``weekof:MONTH DAY``, from the close
before the named first day to the week's last session), a price its level at the week's
end (:func:`week_end`: the named first day plus four, or the named last day).

Examples
--------
>>> s = "up 1.87% to $41.51 during the September 2 week, then 2% in the week ending Aug. 29"
>>> [code for *_, code in week_windows(s)]
['weekof:September 2', 'weekof:August 25']
>>> week_end("September", 2, ends=False), week_end("Aug", 22, ends=True)
((9, 6), (8, 22))
>>> start, end, _ = resolve_week("weekof:September 2", pd.Timestamp("2025-09-26"))
>>> str(start.date()), str(end.date())
('2025-09-01', '2025-09-06')
"""

from __future__ import annotations

import re
from datetime import date, timedelta

import pandas as pd

from leadwatch.claims.vocabulary import MONTH_RE, MONTHS, month_number

__all__ = ["WEEK_OF_RE", "resolve_week", "week_end", "week_windows"]

#: "the week of Sept. 2", "the September 2 week", "the week ending (ended, to) September 5".
WEEK_OF_RE = (
    rf"\b(?:[Tt]he |[Aa] )?(?:[Ww]eek (?P<wkto>of|ending|ended|to|through) (?P<wkm>{MONTH_RE})\.? "
    rf"(?P<wkd>[0-3]?\d)|(?P<wkm2>{MONTH_RE})\.? (?P<wkd2>[0-3]?\d)[- ]week)\b"
)
_WEEK = re.compile(WEEK_OF_RE)
_LEAD = re.compile(r"\b(?:in|during|for|over|on)\s+$", re.IGNORECASE)
_SPAN = 4  # a week named by its Monday ends on the Friday


def week_end(month: str, dom: int, ends: bool) -> tuple[int, int]:
    """(month, day) of the last session of a week named by its first day (``ends``: by
    its last), counted without the year (a Monday's week ends on the Friday)."""
    named = date(2001, month_number(month), dom)
    last = named + timedelta(days=0 if ends else _SPAN)
    return last.month, last.day


def week_windows(sentence: str) -> list[tuple[int, int, str]]:
    """``(start, end, code)`` of each week named by a day: ``weekof:MONTH DAY`` (its first)."""
    out = []
    for m in _WEEK.finditer(sentence):
        month = m.group("wkm") or m.group("wkm2")
        dom = int(m.group("wkd") or m.group("wkd2"))
        first = date(2001, month_number(month), dom)
        if (m.group("wkto") or "of") != "of":  # "the week ending September 5": from its Monday
            first -= timedelta(days=_SPAN)
        lead = _LEAD.search(sentence, 0, m.start())  # "In the week of ...": from "In"
        code = f"weekof:{MONTHS[first.month - 1].capitalize()} {first.day}"
        out.append((lead.start() if lead else m.start(), m.end(), code))
    return out


def resolve_week(code: str, day: pd.Timestamp) -> tuple[pd.Timestamp, pd.Timestamp, str] | None:
    """``weekof:September 2``: from the close before that day to the week's last session
    (not past ``day``), the latest such week begun by ``day``; ``None`` for another code."""
    if not code.startswith("weekof:"):
        return None
    name, dom = code[7:].split()
    month = month_number(name)
    year = day.year if (month, int(dom)) <= (day.month, day.day) else day.year - 1
    first = pd.Timestamp(year=year, month=month, day=int(dom))
    end = min(day, first + pd.Timedelta(days=_SPAN))
    return first - pd.Timedelta(days=1), end, f"the week of {first.date()}"
