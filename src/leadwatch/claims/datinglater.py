"""A weekday on which something is still to come "later" is the day of writing (pure).

"the Fed decides later on Wednesday", "payrolls due later Friday", "ahead of the
decision later in the day on Wednesday": the text is written on that weekday, before
the event (:data:`LATER_VOTE` on such days; nothing on the day after, unlike a weekday
merely named, :func:`.datehints.named_weekdays`, which may be reported the next day).

Examples
--------
>>> days = pd.date_range("2025-07-28", periods=7)  # Monday .. Sunday
>>> votes, why = later_votes("The Fed holds rates later on Wednesday, payrolls come later in "
...     "the day on Friday, and the Fed chair speaks later Wednesday.", days)  # each day once
>>> votes.tolist(), len(why)
([0.0, 0.0, 1.0, 0.0, 1.0, 0.0, 0.0], 2)
>>> why[0]
"'later on Wednesday': still to come that day, written then (1.0)"
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from leadwatch.claims.vocabulary import WEEKDAYS

__all__ = ["LATER_VOTE", "later_votes"]

LATER_VOTE = 1.0
_DAY = "|".join(d.capitalize() for d in WEEKDAYS)
#: "later on Wednesday", "later Wednesday", "later in the day on Wednesday", "later in
#: Wednesday's session". A modal with a part of a day ("will vote on Wednesday morning")
#: is no such evidence: it may be written the evening before.
_LATER = re.compile(
    rf"\blater\s+(?:in\s+the\s+(?:day|session)\s+)?(?:on\s+|in\s+)?(?P<day>{_DAY})\b"
)


def later_votes(body: str, calendar: pd.DatetimeIndex) -> tuple[np.ndarray, list[str]]:
    """Votes over ``calendar`` for the weekdays ``body`` holds something later on
    (module docstring); each weekday once."""
    votes = np.zeros(len(calendar))
    why: list[str] = []
    seen: set[int] = set()
    for m in _LATER.finditer(body):
        day = [d.capitalize() for d in WEEKDAYS].index(m.group("day"))
        if day in seen:
            continue
        seen.add(day)
        votes += LATER_VOTE * (calendar.day_of_week == day)
        why.append(f"{m.group(0)!r}: still to come that day, written then ({LATER_VOTE})")
    return votes, why
