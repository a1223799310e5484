""" "Not seen in 500 days" said of an event, not of a price: no evidence of the date (pure).

"Levels not seen since May" and "a price last seen in 2021" are a price's extremes; but
"its fourth weekly loss in a row, a rare event not seen in over a year" or "a streak last
recorded in 2019" tell how rare a run or an occurrence is, and say nothing of the price's
level: such a record (a streak's rarity) is graded elsewhere but does not date the article
by the price. The noun the phrase follows decides: an event, a streak, a feat, a pattern.

Examples
--------
>>> event_unseen("Gold fell for a fifth straight week, a streak ")
True
>>> event_unseen("Silver climbed to levels ")
False
>>> event_record("Its third weekly drop, a feat not seen since 2019.", "not seen since 2019")
True
"""

from __future__ import annotations

import re

__all__ = ["event_record", "event_unseen"]

#: A noun naming an occurrence, not a level: "a rare event", "a losing streak", "a feat".
_EVENT = re.compile(
    r"(?i)\b(?:an?|the|this|that|such an?)\s+(?:[a-z-]+\s+){0,2}?"
    r"(?:event|occurrence|feat|streak|pattern|phenomenon|sequence|run|stretch)s?"
    r"\s*,?\s*$"
)


def event_unseen(before: str) -> bool:
    """Whether ``before`` (the text up to a "not seen" / "last seen" phrase) ends with a noun
    naming an event rather than a price level."""
    return bool(_EVENT.search(before[-60:]))


def event_record(sentence: str, words: str) -> bool:
    """Whether the record told by ``words`` in ``sentence`` is an event's rarity ("a streak
    not seen since 2019"), not a price's extreme."""
    at = sentence.find(words)
    return at > 0 and bool(re.match(r"(?:not|never|last)\b", words)) and event_unseen(sentence[:at])
