"""Weekday names in a narrative of last week (pure).

A review that opens "Spot gold kicked off last week at $3,032" and goes on "Monday and
Tuesday saw gold trade between $2,980 and $3,017 ... by Wednesday it hit $3,092" speaks
of the weekdays of the week before the article's: Monday is last Monday, not this one.
:func:`last_week_days` marks the weekday claims of such a paragraph (from the sentence that
names last week as its time until one that comes back to this week or today) with the
qualifier ``last_week``; :func:`graded_day` then grades them from the Friday before the
article's week. "The last week" is a trailing window of seven days, not a narrative of the
week before ("up 4% over the last week, with a record on Monday"). An article written on
a weekend reads "last week" as the week just ended, whose weekdays are already the last
ones before it: nothing moves.

Examples
--------
>>> import pandas as pd
>>> from leadwatch.claims import extract_claims
>>> text = "Gold began last week at $3,030. On Wednesday it hit a record of $3,090."
>>> ex = extract_claims(text)
>>> [c.qualifiers for c in ex.claims if c.when == ("weekday", 2)][:1]
[('last_week',)]
>>> graded_day(ex.claims[-1], pd.Timestamp("2025-04-18")).date()
datetime.date(2025, 4, 11)
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

import pandas as pd

from leadwatch.claims.asofwindows import window_day
from leadwatch.claims.calendarperiods import calendar_periods
from leadwatch.claims.dayheadings import headed_days
from leadwatch.claims.lastweekday import last_weekdays
from leadwatch.claims.model import Claim, closed_clauses
from leadwatch.claims.pastdays import printed_day
from leadwatch.claims.text import Sentence
from leadwatch.claims.whenreach import NEW_CLAUSE
from leadwatch.claims.windowlinks import linked_windows

__all__ = ["graded", "graded_day", "last_week_days"]

# "the last week" is a trailing window ("up 4% over the last week"), not the week before
_LAST_WEEK = re.compile(r"\b(?:(?<!the )last|the previous|the prior) week\b(?!['\u2019]s)", re.I)
# "down from nearly $5,600 the previous week", "than last week": the time of the figure the
# move is compared with, not a narrative of last week
_COMPARED = re.compile(
    r"\b(?:from|than|versus|vs\.?|compared (?:with|to)|against)\s+(?:[\w~$.,%]+\s+){0,3}"
    r"(?:(?:at|by|near) the (?:start|beginning|end|close|middle) of\s+)?$",  # "from $2,500 at
    re.I,  # the start of last week"
)
# "this Monday": a weekday of the article's own week, whatever else the sentence says
_THIS_DAY = re.compile(r"\bthis (?:mon|tues|wednes|thurs|fri)day\b", re.I)
#: "on Wednesday of last week": last week's day named alone, no narrative of that week
_DAY_OF = re.compile(r"\b(mon|tues|wednes|thurs|fri|satur|sun)day of $", re.I)
_DAYS = ("mon", "tues", "wednes", "thurs", "fri", "satur", "sun")
_THIS_WEEK = re.compile(
    r"\b(?:this|the current) week\b|\btoday\b|\bthis morning\b"
    r"|\b(?:as of|at the time of) writing\b|\bat press time\b",
    re.I,
)


def last_week_days(text: str, sentences: Sequence[Sentence], claims: list[Claim]) -> list[Claim]:
    """``claims`` with the weekday claims of a last-week narrative marked (module doc)."""
    claims = headed_days(text, sentences, claims)  # "Monday:" over a paragraph
    marked: set[int] = set()
    opened: dict[int, int] = {}  # a sentence that says "last week" -> where it first does
    named: set[tuple[int, int]] = set()  # (sentence, weekday) of "Wednesday of last week"
    active = False
    for i, sent in enumerate(sentences):
        if i == 0 or "\n" in text[sentences[i - 1].end : sent.start]:
            active = False  # a new paragraph
        if _THIS_WEEK.search(sent.text) or _THIS_DAY.search(sent.text):
            active = False
        said = []
        shut = closed_clauses(sent.text, participles=False)
        for m in _LAST_WEEK.finditer(sent.text):
            day = _DAY_OF.search(sent.text, 0, m.start())
            if any(a <= m.start() < b for a, b in shut):  # a relative clause's own time:
                continue  # "Gold, which rose after the Fed's cut last week, hit a record"
            if day is not None:
                named.add((sent.index, _DAYS.index(day.group(1).lower())))
            elif not _COMPARED.search(sent.text, 0, m.start()):
                said.append(m.end())
        if said and not _THIS_WEEK.search(sent.text):  # "down 15% this week, after 11%
            active, opened[sent.index] = True, said[0]  # the previous week": this week's
        if active and not _THIS_DAY.search(sent.text):
            marked.add(sent.index)
    marks = [
        replace(c, qualifiers=(*c.qualifiers, "last_week"))
        if (
            c.sentence in marked
            and c.when is not None
            and c.when[0] == "weekday"
            and not _after_new_clause(sentences[c.sentence].text, opened.get(c.sentence), c.words)
        )
        or (c.when is not None and c.when[0] == "weekday" and (c.sentence, c.when[1]) in named)
        else c
        for c in claims
    ]
    marks = last_weekdays(sentences, marks)  # "last Friday", "the previous Thursday"
    # "up 2% this week", "down 3% last month"; "2% this week and 27% last year"
    return linked_windows(sentences, calendar_periods(sentences, marks))


def _after_new_clause(s: str, said: int | None, words: str) -> bool:
    """Whether ``words`` stand in a clause of their own opened after "last week" (at
    ``said``) in the sentence ``s`` that says it ("...a record last week is fading: It
    slid 6% on Tuesday": no longer told of last week)."""
    at = s.find(words)
    return said is not None and at > said and bool(NEW_CLAUSE.search(s, said, at))


def graded_day(c: Claim, day: pd.Timestamp) -> pd.Timestamp:
    """The article date a claim is graded from: for a weekday of last week said on a
    weekday, the Friday before the article's week (its weekdays are then last week's). A
    window that already names the period before the article's ("moved higher last week":
    ``calweek:last``) is not moved a second time."""
    own_last = (c.window or "").startswith("cal") and (c.window or "").endswith(":last")
    if "last_week" not in c.qualifiers or day.weekday() >= 5 or own_last:
        return day
    return day - pd.Timedelta(days=day.weekday() + 3)


def graded(c: Claim, day: pd.Timestamp) -> tuple[Claim, pd.Timestamp]:
    """``c`` and the day it is graded from (:func:`graded_day`; a trailing window's stated
    end, :func:`~leadwatch.claims.asofwindows.window_day`), the week's shift then
    made: the claim no longer marked ``last_week``, so that no grader shifts it again.

    >>> c = Claim(0, "level", "gold", "at $3,000", "at", 3000.0, when=("weekday", 4),
    ...           qualifiers=("last_week",))
    >>> shifted, on = graded(c, pd.Timestamp("2025-10-17"))
    >>> shifted.qualifiers, on.date()
    ((), datetime.date(2025, 10, 10))
    """
    c, on = printed_day(c, window_day(c, graded_day(c, day)))  # "up 7% as of Feb. 20"
    kept = tuple(q for q in c.qualifiers if q != "last_week")
    return replace(c, qualifiers=kept), on
