"""A month the text says is ending now ("ending May with a monthly loss", "set to close out
May higher", "on the last trading day of May", "as May draws to a close") dates the
article in that month's last days (pure).

A month said to be over ("finished February") is a recap written after it
(:mod:`leadwatch.claims.textdates`); one still ending is written on its last trading days:
1.0 over the 4 days before its end and the day after (a Friday's wrap read on Saturday),
in any year.

Examples
--------
>>> days = pd.date_range("2025-05-26", "2025-06-03")
>>> votes, why = month_end_votes("Gold slipped on Friday, ending May with a loss.", days)
>>> [str(d.date()) for d in days[votes > 0]]
['2025-05-27', '2025-05-28', '2025-05-29', '2025-05-30', '2025-05-31', '2025-06-01']
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from leadwatch.claims.vocabulary import MONTH_NAME_RE, month_number

__all__ = ["month_end_votes"]

_MONTH = rf"(?-i:{MONTH_NAME_RE})\b(?!,? (?:19|20)\d\d| [0-3]?\d\b)"
#: The month ending now: a participle, an infinitive, its last day, "as ... draws to a close".
_ENDING = re.compile(
    r"\b(?:(?:ending|finishing|closing(?: out)?|wrapping up|rounding off|rounding out)"
    r"|(?:to|will|would|could|poised to|on track to|headed to|heading to) "
    r"(?:end|finish|close(?: out)?|wrap up|round off|round out)"
    r"|(?:on|in) the (?:last|final|closing) (?:trading )?(?:day|session|days|sessions) of"
    rf") (?P<month>{_MONTH})"
    rf"|\bas (?P<now>{_MONTH}) (?:draws|comes|drew|came) to an? (?:close|end)",
    re.IGNORECASE,
)
_VOTE = 1.0
_BEFORE = pd.Timedelta(days=4)
_AFTER = pd.Timedelta(days=1)


def month_end_votes(body: str, calendar: pd.DatetimeIndex) -> tuple[np.ndarray, list[str]]:
    """Votes over ``calendar`` for each month ``body`` says is ending now, once a month."""
    votes = np.zeros(len(calendar))
    why: list[str] = []
    found = _ENDING.finditer(body)
    months = {month_number(m.group("month") or m.group("now")): m.group(0) for m in found}
    for month, words in sorted(months.items()):
        hit = np.zeros(len(calendar), dtype=bool)
        for year in sorted(set(calendar.year)):
            end = pd.Timestamp(year, month, 1) + pd.offsets.MonthEnd(0)
            hit |= (calendar >= end - _BEFORE) & (calendar <= end + _AFTER)
        votes += _VOTE * hit
        why.append(f"{words!r}: the month is ending, written in its last days ({_VOTE})")
    return votes, why
