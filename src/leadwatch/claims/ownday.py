"""A story that names its own day in its opening lines (pure).

News leads name the day they report with its weekday: "bullion set a new peak in early
trade Wednesday, January 28", "On Wednesday, Jan. 28, bitcoin set another record". Such
a day is the day of writing, not one looked back to (even when it is a record's day:
deeper in the text, "a record on Wednesday, January 28" recalls a past event);
:func:`leadwatch.claims.textdates.text_evidence` then gives it
:data:`OWN_DAY_VOTE` more than the day after. A day after "since", "from", "after" or
"between" stays looked back to.

Examples
--------
>>> body = "Gold rallies. Gold hit a record on Wednesday, January 28, near $5,300."
>>> own_day(body, body.find("January 28"), opening_end(["Gold rallies.", body[14:]]))
True
>>> own_day(body, body.find("January 28"), opening_end(["Gold rallies."]))
False
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from leadwatch.claims.monthdays import WEEKDAY_BEFORE
from leadwatch.claims.text import Sentence
from leadwatch.claims.vocabulary import WEEKDAYS, words_re

__all__ = ["OPENING_SENTENCES", "OWN_DAY_VOTE", "opening_end", "own_day", "own_printed_day"]

#: The opening: a headline, a standfirst and the lead sentence.
OPENING_SENTENCES = 3
#: The extra vote on the day itself (the day after keeps the plain 0.5 of a named day).
OWN_DAY_VOTE = 0.5
#: A sentence that opens on its date: "On May 4, 2026, ...", "On Monday, May 4, 2026, ...".
_LEAD_ON = re.compile(rf"(?i)\s*on\s+(?:{words_re(WEEKDAYS)},?\s+)?")
#: Words that quote the moment of writing: "at the time", "in the last 24 hours".
_SNAPSHOT = re.compile(
    r"(?i)\b(?:at the time(?: of writing)?|at press time|currently|(?:in|over) the (?:last|past)"
    r" 24 hours|24-hour)\b"
)
_LOOKED_BACK = re.compile(r"(?i)\b(?:since|from|after|between|until|by)\b[^.;:!?]{0,15}$")


def opening_end(sentences: Sequence[str]) -> int:
    """Where the opening ends in the body the ``sentences`` make, joined by spaces."""
    return len(" ".join(sentences[:OPENING_SENTENCES]))


def own_day(body: str, pos: int, end: int) -> bool:
    """Whether the day of the month at ``pos`` of ``body``, before ``end`` (the opening),
    is named with its weekday and not looked back to: the story's own day."""
    before = body[max(0, pos - 30) : pos]
    return pos < end and bool(WEEKDAY_BEFORE.search(before)) and not _LOOKED_BACK.search(before)


def own_printed_day(text: str, sentences: Sequence[Sentence], pos: int) -> bool:
    """Whether the full date at ``pos`` of ``text`` is the story's own day: printed in the
    opening (the first :data:`OPENING_SENTENCES` of the article proper, ``sentences``) with
    its weekday before it ("surged to a record on Tuesday, Mar. 3, 2026"), not after "since",
    or leading a sentence of the opening that quotes that day's snapshot ("On Mar. 3, 2026,
    silver set a record, trading at $99 at the time, up 4% in the last 24 hours"; without
    such words a record's day is looked back to).

    >>> from leadwatch.claims.text import split_sentences
    >>> text = "Silver hit a record high on Tuesday, Mar. 3, 2026, near $99."
    >>> own_printed_day(text, split_sentences(text), text.find("Mar."))
    True
    >>> text = "Silver is up 9% since Tuesday, Mar. 3, 2026."
    >>> own_printed_day(text, split_sentences(text), text.find("Mar."))
    False
    >>> text = "Metals. On Mar. 3, 2026, silver hit a record of $99, up 4% in the past 24 hours."
    >>> own_printed_day(text, split_sentences(text), text.find("Mar."))
    True
    """
    opening = [s for s in sentences if not s.boilerplate][:OPENING_SENTENCES]
    leads = any(
        _LEAD_ON.fullmatch(text, s.start, pos) and _SNAPSHOT.search(text, pos, s.end)
        for s in opening
        if s.start <= pos
    )
    return bool(opening) and (leads or own_day(text, pos, opening[-1].end))
