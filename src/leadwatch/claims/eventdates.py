"""A date printed for a cited data release or scheduled event ("the Philly Fed index printed
8.1 on June 19, 2025", "CPI data released on May 13", "the Fed's decision on Wednesday,
March 18") is the day of that event, not the day of writing (pure).

The article reports the event on its day or after it, so such a date bounds the article
from below (:mod:`leadwatch.claims.textdates` keeps that vote) but is no likelier a
publication day than the days after it.

Examples
--------
>>> def cites(text, day):
...     return cited_event(text, text.find(day))
>>> cites("The Philadelphia Fed Business Index printed 8.1 on June 19, 2025.", "June 19")
True
>>> decision, close = "the Fed decision on Wednesday, March 18", "Gold closed at $3,118 on March 31"
>>> cites(decision, "March"), cites(close, "March")
(True, False)

A day named for an event the market still expects ("pricing in a cut on September 17",
"odds of a hike on June 18") lies ahead of the article (:func:`expected_event`): the same
move told as done ("the Fed cut rates on September 17") does not.

>>> text = "Markets price a 90% probability of a quarter-point cut on September 17."
>>> expected_event(text, text.find("September 17"))
True
"""

from __future__ import annotations

import re

from leadwatch.claims.vocabulary import SCHEDULED_RE, WEEKDAYS, words_re

__all__ = ["cited_event", "cited_past", "expected_event"]

#: A data release or an event named in the clause before a date: a series ("CPI data",
#: "payrolls"), a survey's index ("the Philadelphia Fed Business Index"), a release told
#: ("was published").
_RELEASES = ("data", "readings?", "survey", "figures?", "minutes", "CPI", "PPI", "PCE", "GDP")
_SERIES = (f"{SCHEDULED_RE}s?", *_RELEASES, "PMIs?", "payrolls", "jobless claims")
_SURVEY = ("Manufacturing", "Services", "Sentiment", "Confidence", "Price", "Activity")
_INDEX = rf"{words_re((*_SURVEY, 'Conditions', 'Business', 'Composite'))}\s+Index"
_TOLD = r"(?:was |were )?(?:released|published|reported|announced|issued)"
_EVENT = re.compile(rf"\b{words_re((*_SERIES, _INDEX, _TOLD))}\b")
#: "on Wednesday, March 18": the weekday before a date belongs to it, not to a new clause.
_WEEKDAY_TAIL = re.compile(rf"(?:\bon\s+)?\b{words_re(WEEKDAYS)},?\s*$", re.IGNORECASE)
#: Where the clause before a date starts: a sentence or a clause break.
_CUT = re.compile(r"[.;:!?,]\s|\b(?:and|while|but|as|after|before)\s")
_REACH = 90
#: Words of an expectation: the event has not happened yet.
_EXPECT = re.compile(
    r"\b(?:pric(?:e|es|ed|ing) in|await(?:s|ing)?\b|odds|probabilit(?:y|ies)|chances?|bets?"
    r"|betting|wager\w*"
    r"|expect\w*|anticipat\w*|forecast\w*|predict\w*|likel(?:y|ihood)|poised|set to"
    r"|will|would|could|might|FedWatch|see(?:s|ing)? (?:a|an|the|\d))\b",
    re.IGNORECASE,
)
#: A surprise against an expectation ("larger than anticipated tariffs", "a hotter-than-
#: expected print", "a cut, as expected, on"): the event is told as done, not expected.
_SURPRISE = re.compile(
    r"(?i)\b(?:[\w]+er|more|less|worse|better|bigger|smaller)(?:\s+|-)than(?:\s+|-)"
    r"(?:expected|anticipated|forecast|predicted|feared|hoped)\b"
    r"|\b(?:as|than)\s+(?:widely\s+)?(?:expected|anticipated|forecast|predicted)\b"
)
#: A policy move or a print just before the date ("a cut on", "to hold rates on").
_MOVE = re.compile(
    r"\b(?:cut(?:s|ting)?|hik(?:e|es|ing)|rates?|easing|tightening|move|pause|hold|reduction"
    r"|increase|print)\b[^.;:!?\d]{0,12}$",
    re.IGNORECASE,
)
#: Where the sentence before a date starts.
_STOP = re.compile(r"[;!?]\s|(?<!\d)\.\s")


def cited_event(text: str, pos: int) -> bool:
    """Does the clause before position ``pos`` (a printed date) cite a data release or an
    event whose day the date is? A price's own close is no such event."""
    before = text[max(0, pos - _REACH) : pos]
    before = _WEEKDAY_TAIL.sub("", before)
    cuts = [m.end() for m in _CUT.finditer(before)]
    clause = before[cuts[-1] :] if cuts else before
    return bool(_EVENT.search(clause))


def expected_event(text: str, pos: int) -> bool:
    """Does the date at ``pos`` name a policy move, a decision or a data print that the
    sentence before it still expects (odds, bets, "expected", "will")?"""
    before = _STOP.split(text[max(0, pos - 2 * _REACH) : pos])[-1]
    before = re.sub(r"(?i)\b(?:on|at|for|by)\s*$", "", before.rstrip()).rstrip()
    event = _MOVE.search(before) or _EVENT.search(before[-30:])
    expects = _EXPECT.search(_SURPRISE.sub(" ", before))
    return bool(event and expects) and not cited_past(before)


#: "said in a note released March 7", "a report published on": a text put out, not one due
#: ("will be released", "is to be published", "due to be issued" stay ahead).
_PUT_OUT = re.compile(
    r"(?i)(?<!\bbe )(?<!\bbeen )\b(?:released|published|issued|dated|sent|circulated|posted"
    r"|distributed)\s*$"
)


def cited_past(before: str) -> bool:
    """Whether the words ``before`` a date cite a text put out on it ("said in a note
    released March 7"): the day is past, whatever the quote expects.

    >>> cited_past("a cut would follow, he said in a note released"), cited_past("will be released")
    (True, False)
    """
    return bool(_PUT_OUT.search(re.sub(r"(?i)\b(?:on|at)\s*$", "", before.rstrip())))
