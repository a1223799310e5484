"""Days of the month a text sets ahead of itself, beyond "by", "until" and "next" (pure).

:func:`leadwatch.claims.printed.ahead` reads a date introduced by "by", "until", "next",
"due", "scheduled for" ... as one still to come, unless "by" closes a past move ("fell 5%
by March 4"). Three more families of phrasing set a day ahead:

- a deadline in a condition or a threat: "if no deal is reached by March 4", "unless
  talks succeed by March 4", "threatened new duties by March 4" (the past tense of the
  condition is no past move);
- a rule that starts on that day: "duties starting March 4", "beginning March 4,
  importers will pay", unless the clause after it tells a past move ("Starting March 4,
  gold rallied for a week");
- a week's agenda listed: "a week packed with events, including the vote on March 4";
- a rule taking effect: "takes effect on March 4", "kicks in on March 4", "comes into
  force on March 4", "goes into effect March 4".

Such a day is evidence that the article was written before it
(:func:`leadwatch.claims.textdates.text_evidence`), never that it was written on it.

Examples
--------
>>> text = "New duties kick in on March 4, and gold rose."
>>> still_ahead(text, text.index("March")), still_ahead("Gold fell by March 4.", 13)
(True, False)
"""

from __future__ import annotations

import re

from leadwatch.claims.vocabulary import words_re

__all__ = ["CLAUSE_END", "agenda_before", "still_ahead"]

#: A clause's end: a stop that is no decimal point ("$38.15").
CLAUSE_END = re.compile(r"[;:!?]|\.(?!\d)|(?<!\d)\.")
_CONDITION = re.compile(
    r"(?i)\b(?:if|unless|threat\w*|ultimatum|deadline|or else|in case)\b[^;:!?]*\bby\s+$"
)
#: Right before the day: "starting on", "beginning", "takes effect from", "kicks in on".
_BEFORE_DAY = r"\s+(?:on\s+|from\s+)?$"
_STARTS = re.compile(rf"(?i)\b(?:starting|beginning|commencing){_BEFORE_DAY}")
_TAKES_EFFECT = (
    "(?:takes?|taking|to take) effect",
    "(?:kicks?|kicking|to kick) in",
    "(?:comes?|coming|to come) into (?:force|effect)",
    "(?:goes|going|to go) into effect",
)
_EFFECT = re.compile(rf"(?i)\b{words_re(_TAKES_EFFECT)}{_BEFORE_DAY}")
#: A week's agenda listed: "a week packed with key events, including the vote on May 5", "a
#: busy calendar featuring the jobs report on Friday" (not one told as past: "was", "saw").
_AGENDA = re.compile(
    r"(?i)\b(?:(?:busy|packed|heavy|crowded|eventful|big) (?:week|days|calendar|schedule)"
    r"|(?:week|days|calendar|schedule) (?:filled|packed|loaded|crowded|full|heavy) (?:with|of))"
    r"\b[^;:!?]*\b(?:including|includes|include|featuring|such as|with|from)\b[^;:!?]*$"
)
#: A sentence's end: a stop before a capital, not an initial's ("the U.S. election").
_SENTENCE_END = re.compile(r"[;!?]|(?<!\b[A-Z])\.\s+(?=[A-Z])")
_TOLD_PAST = re.compile(r"(?i)\b(?:was|were|saw|had|brought|ended|capped)\b")


def agenda_before(text: str, pos: int) -> bool:
    """Whether the sentence of ``text`` up to ``pos`` (a day named) lists an agenda ahead
    that the day is part of.

    >>> agenda_before("A week packed with key events, including the U.S. vote on May 5.", 56)
    True
    >>> agenda_before("It was a busy week, including the rate cut on May 5.", 46)
    False
    """
    sentence = _SENTENCE_END.split(text[max(0, pos - 160) : pos])[-1]  # "U.S." no stop
    return bool(_AGENDA.search(sentence)) and not _TOLD_PAST.search(sentence)


#: The clause after a starting day: a modal keeps it ahead, a past move makes it a past day.
_MODAL = re.compile(r"(?i)\b(?:will|would|is set|are set|is due|are due|expected|plan\w*)\b")
_PAST = re.compile(
    r"(?i)\b(?:rose|fell|slid|sank|jumped|rallied|climbed|dropped|gained|lost|surged|"
    r"tumbled|was|were|had)\b"
)


def still_ahead(text: str, pos: int) -> bool:
    """Whether the day starting at ``pos`` is set ahead of the article (module docstring).

    Examples
    --------
    >>> s = "Beijing faces higher duties if no deal is reached by March 4."
    >>> still_ahead(s, s.index("March"))
    True

    After "Starting March 4" the clause decides: a past move makes the day past.

    >>> clauses = ("gold rallied for a week", "duties will rise")
    >>> [still_ahead(f"Starting March 4, {c}.", len("Starting ")) for c in clauses]
    [False, True]
    """
    before = CLAUSE_END.split(text[max(0, pos - 120) : pos])[-1]
    if _CONDITION.search(before) or _EFFECT.search(before) or agenda_before(text, pos):
        return True
    if not _STARTS.search(before):
        return False
    after = CLAUSE_END.split(text[pos : pos + 160])[0]
    return bool(_MODAL.search(after)) or not _PAST.search(after)
