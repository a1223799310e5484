"""A weekday said as "last Friday", "the previous Thursday" or "the prior Monday" (pure).

A dealer note written on a Friday that quotes "last Friday's close" speaks of the Friday a
week before, not of its own day; one written on a Wednesday that says "the previous
Tuesday" speaks of the Tuesday of the week before, not of yesterday. Every such weekday is
one of the week before the article's: :func:`last_weekdays` marks the claims dated by it
with the qualifier ``last_week``, which :func:`leadwatch.claims.lastweek.graded_day`
already reads (graded from the Friday before the article's week), and
:func:`weekday_on` finds it when the article's date is unknown. A
weekday named once with "last" and once bare ("rose on Monday after last Monday's drop")
is left as it is: the bare one may be this week's.

Examples
--------
>>> from leadwatch.claims import extract_claims
>>> ex = extract_claims("Last Friday gold closed at $3,975.90.")
>>> [c.qualifiers for c in ex.claims]
[('last_week',)]
>>> days = pd.DatetimeIndex(["2025-10-17", "2025-10-20", "2025-10-18"])  # Fri, Mon, Sat
>>> [str(d.date()) for d in weekday_on(ex.claims[0], days)]
['2025-10-10', '2025-10-17', '2025-10-17']
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

import numpy as np
import pandas as pd

from leadwatch.claims.model import Claim
from leadwatch.claims.text import Sentence
from leadwatch.claims.vocabulary import WEEKDAYS

__all__ = ["last_weekdays", "weekday_on"]

_WEEKDAY = re.compile(
    r"\b(?P<last>(?:last|previous|prior|preceding)\s+)?(?P<day>monday|tuesday|wednesday"
    r"|thursday|friday|saturday|sunday)\b",
    re.IGNORECASE,
)


def _said_last(sentence: str, weekday: int) -> bool:
    """Whether every mention of ``weekday`` in ``sentence`` is "last <weekday>"."""
    said = [m for m in _WEEKDAY.finditer(sentence) if WEEKDAYS.index(m["day"].lower()) == weekday]
    return bool(said) and all(m["last"] for m in said)


def last_weekdays(sentences: Sequence[Sentence], claims: list[Claim]) -> list[Claim]:
    """``claims`` with those dated by "last <weekday>" marked ``last_week`` (module doc)."""
    return [
        replace(c, qualifiers=(*c.qualifiers, "last_week"))
        if c.when is not None
        and c.when[0] == "weekday"
        and "last_week" not in c.qualifiers
        and _said_last(sentences[c.sentence].text, int(c.when[1]))
        else c
        for c in claims
    ]


def weekday_on(claim: Claim, calendar: pd.DatetimeIndex) -> pd.DatetimeIndex:
    """Per article date of ``calendar``, the day of the weekday ``claim`` names (a weekday
    claim): the last one on or before the date, or for a ``last_week`` claim said on a
    weekday, the one of the week before (module doc)."""
    assert claim.when is not None
    weekday = int(claim.when[1])
    before = "last_week" in claim.qualifiers
    dow = np.asarray(calendar.day_of_week)
    shifted = before & (dow < 5)  # said on a weekday: from the Friday of the week before
    back = np.where(shifted, dow + 3, 0) + (np.where(shifted, 4, dow) - weekday) % 7
    return pd.DatetimeIndex(calendar - pd.to_timedelta(back, unit="D"))
