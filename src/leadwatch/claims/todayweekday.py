"""A weekday spoken of in the present tense is the day of writing (pure).

"Gold is trading intraday Friday around $3,435", "silver is higher on Wednesday", "stocks
are falling Monday": the article is written on that weekday (1.0 on such days; the day
after, when a late report of it may be dated, 0.5). A weekday in the past tense ("gold
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

from leadwatch.claims.vocabulary import WEEKDAYS

__all__ = ["present_weekday_votes"]

_DAY = "|".join(d.capitalize() for d in WEEKDAYS)
#: Words after "is"/"are" that put the weekday ahead or make it no price report.
_NOT_NOW = r"(?:expected|due|scheduled|set|slated|likely|going|to|closed|shut|a|an|the)\b"
#: "is trading intraday Friday", "is higher on Wednesday", "are falling Monday".
_PRESENT = re.compile(
    rf"\b(?:is|are)\s+(?!{_NOT_NOW})(?:\w+ing\s+)?(?:(?!{_NOT_NOW})[a-z]+\s+)?(?:on\s+)?"
    rf"(?P<day>{_DAY})\b(?!['\u2019]s)"
)
_VOTE = 1.0
_NEXT = 0.5


def present_weekday_votes(body: str, calendar: pd.DatetimeIndex) -> tuple[np.ndarray, list[str]]:
    """Votes per calendar day for the weekdays the text speaks of in the present tense."""
    votes = np.zeros(len(calendar))
    why: list[str] = []
    days = sorted({WEEKDAYS.index(m.group("day").lower()) for m in _PRESENT.finditer(body)})
    weekday = calendar.day_of_week.to_numpy()
    for day in days:
        votes += _VOTE * (weekday == day) + _NEXT * (weekday == (day + 1) % 7)
        name = WEEKDAYS[day].capitalize()
        why.append(f"the text speaks of {name} in the present tense: written then ({_VOTE})")
    return votes, why
