"""Prices crossed and span extremes reached, as levels of the day or not (pure).

A crossing verb that names no side ("breached $5,000", "crashed through $60,000") takes
the side of the move before it (:func:`neutral_crossing` says which verbs; the reader of
levels looks at the move). A span's extreme with its value is a record of the span ("the
52-week low of 96.40"); where a move ended at it or the price reached it ("slid to a
three-year low of 99.26", "hit a 45-year high of $54.47") it is the day's level too
(:func:`span_extreme_only`).

Examples
--------
>>> span_extreme_only("Bitcoin is 20% above its 52-week low of", 39)
True
>>> span_extreme_only("The index slid to a three-year low of", 37)
False
>>> span_extreme_only("Silver hit a 45-year high of", 28)  # reached that day: its level too
False
>>> neutral_crossing("breached"), neutral_crossing("cleared")
(True, False)
"""

from __future__ import annotations

import re

from leadwatch.claims.vocabulary import MONTH_RE, RARE_EXTREME_RE, count_re

__all__ = ["neutral_crossing", "no_level_at", "span_extreme_only"]

#: A span's extreme and its value: "high of", "low of", "pinnacle of".
_EXTREME_OF = rf"(?:high|low|{RARE_EXTREME_RE}) of$"
_SPAN = rf"(?:{count_re(12)}[- ](?:week|month|year|day)|decade)"
_SPAN_EXTREME = re.compile(rf"{_SPAN}[- ]{_EXTREME_OF}", re.IGNORECASE)
_REACHED = r"to|hit|hitting|reach(?:ed|ing)?|scal(?:ed|ing)|struck|notch(?:ed|ing)"
_TO = rf"\b(?:{_REACHED})\s+(?:a|an|its|their|the)\s+(?:fresh\s+|new\s+)?\S+[- ]"
_ENDED_AT = re.compile(_TO + _EXTREME_OF, re.IGNORECASE)
# A past month or year named after the figure: "hit a six-month low of $74,800 in April"
_PAST_TIME = re.compile(
    r"^(?:[^,;.]|[,.](?=\d))*?\b(?:in|during|earlier|this|last)\s+(?:this\s+)?"
    rf"(?:{MONTH_RE}|year|month|week|(?:19|20)\d\d)\b"
)
_NEUTRAL = re.compile(r"breach|pierc|through|shatter|obliterat", re.IGNORECASE)


def span_extreme_only(s: str, end: int) -> bool:
    """Whether the price whose operator ends at ``end`` is only a span's extreme ("the
    52-week low of 96.40"), not also where the move ended that day ("fell to a 52-week low
    of 96.40")."""
    lead = s[:end]
    ended = _ENDED_AT.search(lead)
    if ended and not ended.group(0).lower().startswith("to") and _PAST_TIME.match(s[end:]):
        ended = None  # "hit a six-month low of $74,800 in April": that month's extreme
    return bool(_SPAN_EXTREME.search(lead)) and not ended


# A stretch of history between two levels: "took 190 days to get from 5,000 to 6,000",
# "it needed 719 sessions to go from 4,000 to": the milestones' days, not today's level.
_HISTORY = re.compile(
    r"(?:\b(?:took|take|takes|taken|taking|needed|needs|required)\b[^.;:]{0,60}?"
    r"|\b(?:days|sessions|weeks|months|years) to (?:get|go|climb|rise|move|travel|fall) )"
    r"\bfrom\s+(?:US)?\$?\d[\d,.]*[kK]?\s+to\s*$",
    re.IGNORECASE,
)
# A year written where a level could stand: "blasted into 2026 with dramatic moves".
_YEAR = re.compile(r"\s*(?:19|20)\d\d\b(?![,.]\d)")


def no_level_at(s: str, end: int) -> bool:
    """Whether the figure after the operator ending at ``end`` is no level of the day: a
    span's extreme only (:func:`span_extreme_only`), the end of a stretch of history
    ("took 190 days to get from 5,000 to 6,000") or a year ("into 2026 with ...").

    >>> s = "It took 190 days to get from 5,000 to 6,000."
    >>> no_level_at(s, s.index(" 6,000")), no_level_at("It blasted into 2026.", 15)
    (True, True)
    >>> no_level_at("The S&P 500 rose to 6,000.", 19)
    False
    """
    return span_extreme_only(s, end) or bool(_HISTORY.search(s[:end]) or _YEAR.match(s, end))


def neutral_crossing(op_words: str) -> bool:
    """Whether a crossing verb names no side ("breached", "pierced", "through")."""
    return bool(_NEUTRAL.match(op_words))
