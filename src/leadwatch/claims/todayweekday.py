"""A weekday spoken of in the present tense is the day of writing (pure).

"Gold is trading intraday Friday around $3,435", "silver is higher on Wednesday", "stocks
are falling Monday", and in a text naming one weekday, a market verb in the simple present
("gold trades heavy on Monday", "the dollar edges higher Thursday"): the
article is written on that weekday (1.0 on such days; the day after, when a late report
of it may be dated, 0.5). A weekday in the past tense ("gold
rose on Monday") or ahead ("the decision is expected Wednesday") is no such evidence: it
only says the text names the day (:func:`.datehints.named_weekdays`).

Examples
--------
>>> days = pd.date_range("2025-08-25", periods=7)  # Monday .. Sunday
>>> votes, why = present_weekday_votes("Gold is trading intraday Friday around $3,435.", days)
>>> votes.tolist()
[0.0, 0.0, 0.0, 0.0, 1.0, 0.5, 0.0]
>>> float(present_weekday_votes("Gold rose on Friday to $3,435.", days)[0].sum())
0.0
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from leadwatch.claims.datehints import named_weekdays
from leadwatch.claims.vocabulary import WEEKDAYS

__all__ = ["as_of_weekday", "present_weekday_votes"]

_DAY = "|".join(d.capitalize() for d in WEEKDAYS)
#: Words after "is"/"are" that put the weekday ahead or make it no price report.
_NOT_NOW = r"(?:expected|due|scheduled|set|slated|likely|going|to|closed|shut|a|an|the)\b"
#: "is trading intraday Friday", "is higher on Wednesday", "are falling Monday".
_PRESENT = re.compile(
    rf"\b(?:is|are)\s+(?!{_NOT_NOW})(?:\w+ing\s+)?(?:(?!{_NOT_NOW})[a-z]+\s+)?(?:on\s+)?"
    rf"(?P<day>{_DAY})\b(?!['\u2019]s)"
)
#: A market verb in the simple present ("trades", "holds", "edges", "steadies"): a lead
#: telling the one day it is written on (a recap naming several days tells each of them so).
_VERBS = (  # no word that is as often a noun ("gains", "falls", "drops", "advances")
    r"trades|holds|edges|slips|extends|climbs|stays|remains|hovers|struggles|rebounds"
    r"|recovers|retreats|steadies|rallies|slides|sinks|tumbles|consolidates|firms|weakens"
    r"|strengthens|eases|ticks|inches|pares|trims|clings|sheds|loses|snaps|reclaims"
)
#: Words between the verb and the weekday that put the day in the past or ahead.
_ELSEWHEN = r"\b(?:last|next|due|expected|after|before|until|since|by|with|having|from|set)\b"
#: "trades heavy on Monday", "edges higher Thursday", "holds steady ... Tuesday" (in one
#: line: a heading's verb does not reach the weekday of the paragraph under it).
_SIMPLE_PRESENT = re.compile(
    rf"\b(?i:{_VERBS})\b(?:(?!{_ELSEWHEN})[^.;:!?\n]){{0,50}}?\b(?P<day>{_DAY})\b(?!['\u2019]s)"
)
#: "As of Wednesday afternoon, ether changes hands at $2,400", "at press time on Tuesday",
#: "at the time of writing Wednesday": the day the text says it is written on. A figure's
#: "as of Wednesday" inside a sentence ("4.7% as of Wednesday") dates the figure only.
_TIMED = rf"(?=\s+(?i:early |late )?(?:{_DAY}) (?i:morning|afternoon|evening|midday|noon)\b)"
_AS_OF = re.compile(
    rf"(?:(?:^|(?<=[.!?\n]))\s*(?i:as of)|\b(?i:as of){_TIMED}|\b(?i:at press time(?: on)?"
    r"|at (?:the time of )?writing(?: on)?|at last check(?: on)?))"
    rf"\s+(?i:early |late )?(?P<day>{_DAY})\b(?!['\u2019]s|,? \w+ \d)"
)
_VOTE = 1.0
_NEXT = 0.5


def as_of_weekday(body: str) -> int | None:
    """The weekday the text says it is written on ("As of Thursday morning, ..."), if any:
    it outranks a week's tally ("the worst week"), which is no close yet.

    >>> as_of_weekday("The worst week in years. As of Thursday morning, gold is at $4,900.")
    3
    >>> as_of_weekday("Gold was at $4,900 as of Friday, January 9, 2026.") is None
    True
    >>> as_of_weekday("The 10-year yield was 4.7% as of Wednesday, up from 4.5%.") is None
    True
    """
    m = _AS_OF.search(body)
    return None if m is None else WEEKDAYS.index(m.group("day").lower())


def present_weekday_votes(body: str, calendar: pd.DatetimeIndex) -> tuple[np.ndarray, list[str]]:
    """Votes per calendar day for the weekdays the text speaks of in the present tense."""
    votes = np.zeros(len(calendar))
    why: list[str] = []
    found = [*_PRESENT.finditer(body), *_AS_OF.finditer(body)]  # "As of Thursday morning"
    if len(named_weekdays(body)) == 1:  # the one day a lead tells in the simple present
        found += _SIMPLE_PRESENT.finditer(body)
    days = sorted({WEEKDAYS.index(m.group("day").lower()) for m in found})
    weekday = calendar.day_of_week.to_numpy()
    for day in days:
        votes += _VOTE * (weekday == day) + _NEXT * (weekday == (day + 1) % 7)
        name = WEEKDAYS[day].capitalize()
        why.append(f"the text speaks of {name} in the present tense: written then ({_VOTE})")
    return votes, why
