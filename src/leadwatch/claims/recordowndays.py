"""A day named after a record belongs to that record (pure): "the index ended at 6,410,
shy of its record close reached on May 4" dates the record, not the 6,410 before it, nor
a figure told after it. So does the day a level was last seen ("a three-month high of
104.6, last traded on July 30").

Examples
--------
>>> s = "It ended at 6,410, shy of its record close reached on May 4."
>>> of_a_later_record(s, s.index("6,410"), s.index("May 4"))
True
>>> of_a_later_record(s, s.index("record"), s.index("May 4"))
False
>>> s = "The index hit a three-month high of 104.6 today, last traded on July 30."
>>> of_a_later_record(s, s.index("104.6"), s.index("July 30"))
True
"""

from __future__ import annotations

import re

from leadwatch.claims.vocabulary import EXTREME_NOUN_RE

__all__ = ["of_a_later_record"]

# "its record close reached on Oct. 28", "the peak set in March": the day of that record
_NOUN = rf"\b{EXTREME_NOUN_RE}s?(?: (?:close|closing|finish|settlement|level|high|low|peak)s?)?"
_SET = (
    r",? (?:(?:it|they|which|that) )?(?:was |were |had |has )?"
    r"(?:reached|set|hit|notched|touched|made|posted|marked|struck) (?:on|in|back in) $"
)
_OF_A_RECORD = re.compile(_NOUN + _SET, re.IGNORECASE)
# ... with its value: "its peak close of 5,210 set on May 2" (a distance from it,
# "down 30% from its record of $4,950, set on August 24", runs from that day)
_OF_A_VALUED_RECORD = re.compile(
    _NOUN + r"(?: of (?:about |around |nearly |almost )?(?:US)?\$?\s?\d[\d,]*(?:\.\d+)?)?" + _SET,
    re.IGNORECASE,
)

# "at 104.6 today, last traded on July 30": the date is when that level was last seen, before
# the figure's own day
_LAST_SEEN = re.compile(
    r"\blast (?:seen|traded|reached|hit|touched|visited|recorded)(?: (?:on|in|back in))? $",
    re.IGNORECASE,
)


def of_a_later_record(text: str, pos: int, at: int) -> bool:
    """Whether the time expression at ``at`` dates a record named after ``pos`` ("ended at
    6,410, shy of its record close reached on May 4": May 4 is the record's, not 6,410's),
    or one named before a figure told after the date ("under its record of 5,210 set on
    May 2 and back over 5,000 again": not the 5,000's day).

    >>> s = "It is 2% under its record of 5,210 set on May 2 and back over 5,000."
    >>> [of_a_later_record(s, s.index(x), s.index("May")) for x in ("5,210", "5,000")]
    [False, True]
    """
    later = _OF_A_RECORD.search(text, max(0, at - 80), at)
    if later is not None and later.start() > pos:
        return True
    if pos < at and _LAST_SEEN.search(text, max(0, at - 40), at):  # "..., last seen on July 30"
        return True
    if _VALUE_AFTER.match(text[at:pos]):  # "the record set on October 23 at $2,758": its value
        return False
    return pos > at and _OF_A_VALUED_RECORD.search(text, max(0, at - 100), at) is not None


#: The record's value right after its date: "set on October 23 at $2,758.52".
_VALUE_AFTER = re.compile(
    r"(?:[A-Z][a-z]+\.? \d{1,2}(?:st|nd|rd|th)?|[A-Z][a-z]+day)(?:,? \d{4})?,?\s+"
    r"(?:(?:at|of) (?:about |around |nearly )?(?:US)?\$?\s?)?$"
)
