"""The day a record was set, named after the record in its sentence (pure).

"Bitcoin peaked at $125,000, marking a record high for the market, as recorded on
Sunday, October 5, 2025" and "the all-time high of $4,380 was reached on October 20,
2025" print the day of a record: the article looks back to it, and is written on it or
after (often the next day), so it is not the likeliest day of writing
(:func:`leadwatch.claims.textdates.latest_printed`). The record word may stand anywhere
before the date in its sentence; the date follows a verb of setting or reaching.

Examples
--------
>>> a = "Its peak price of $126,000 on most exchanges was registered on October 6, 2025."
>>> b = "Gold traded at $4,100 an ounce on Monday, October 27, 2025."
>>> c = "It sits well below its all-time high of $126,198 on Oct 6, 2025."
>>> d = "The index first closed above 6,000 for the first time on Oct. 6, 2024."
>>> [record_day_named(s, s.index("Oct")) for s in (a, b, c, d)]
[True, False, True, True]
"""

from __future__ import annotations

import re

from leadwatch.claims.vocabulary import EXTREME_NOUN_RE

__all__ = ["RECORD_NOUN_RE", "RECORD_SET_RE", "record_day_named"]

#: The verbs a record or an extreme is set by ("set", "hit", "reached", "notched").
RECORD_SET_RE = r"set|hit|reached|touched|notched|posted|recorded|struck"
#: A record or an extreme named ("all-time", "highs", "a peak").
RECORD_NOUN_RE = rf"all-time|{EXTREME_NOUN_RE}s?"
_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+"
#: "... was reached on", "as recorded on Sunday, ", "came on": the verb right before the date.
_SET_ON = re.compile(
    rf"\b(?:{RECORD_SET_RE}|registered|attained|achieved|marked|came|occurred)\s+on\s+(?:{_WEEKDAY})?$",
    re.IGNORECASE,
)
#: "an all-time high of $126,198 on", "its record close of 6,144 on", "a peak of $4,380 an
#: ounce on": the record's own figure right before the date, no verb between.
_FIGURE_ON = re.compile(
    rf"\b(?:{RECORD_NOUN_RE}|record)(?:\s+(?:close|closing|price|level|print))?\s+"
    r"(?:of|at)\s+(?:US)?\$?\d[\d,]*(?:\.\d+)?(?:\s+(?:an?|per)\s+\w+)?\s+on\s+"
    rf"(?:{_WEEKDAY})?$",
    re.IGNORECASE,
)
#: A first crossing's day: "ended above 5,500 for the first time on March 4, 2024".
_FIRST_ON = re.compile(
    rf"\bfor the first time(?: ever| in (?:its )?history)?\s+on\s+(?:{_WEEKDAY})?$", re.IGNORECASE
)
#: A record or an extreme the sentence speaks of before the date.
_RECORD_WORD = re.compile(
    rf"\b(?:{RECORD_NOUN_RE}|highest|lowest|peaked|bottomed)\b", re.IGNORECASE
)
#: A sentence end (not the point of "U.S." or of a decimal).
_SENTENCE_END = re.compile(r"(?<!\bU\.S)(?<!\d)[.;!?]\s")
_REACH = 240


def record_day_named(text: str, pos: int) -> bool:
    """Whether the date at ``pos`` is the day a record of its sentence was set."""
    before = _SENTENCE_END.split(text[max(0, pos - _REACH) : pos])[-1]
    if _FIGURE_ON.search(before) or _FIRST_ON.search(before):
        return True
    return bool(_SET_ON.search(before)) and bool(_RECORD_WORD.search(before))
