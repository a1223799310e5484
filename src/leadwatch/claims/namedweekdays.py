"""The weekdays a market story names as days gone by (pure).

A market story says "on Tuesday" of the day it is written or of the day before, so the
article's weekday is a named one or the one after. Days ahead do not count: "next
Friday", a weekday in a clause that looks forward ("will", "is due"), a release named by
its day and told of in the present ("PCE Thursday is the number that matters"), or the
day of an event the clause expects ("markets expect a cut on Thursday", "odds of a hike on
Wednesday"; a "weaker-than-expected" report of a day is no expectation).

Examples
--------
>>> named_weekdays("Gold rose on Tuesday; next Friday's jobs data loom.")
(1,)
"""

from __future__ import annotations

import re

from leadwatch.claims.datingahead import agenda_before
from leadwatch.claims.dayof import looks_ahead
from leadwatch.claims.vocabulary import LOOKS_AHEAD_RE, WEEKDAYS
from leadwatch.claims.weekhints import dated_weekdays

__all__ = ["named_weekdays"]

_WEEKDAY_RE = re.compile(
    r"\b(?P<lead>next |coming |following )?(?P<day>" + "|".join(WEEKDAYS) + r")\b",
    re.IGNORECASE,
)
#: A weekday of a week gone by ("last Thursday", "this past Wednesday", "last Thursday
#: night and Friday"): not the day of writing nor the one before it.
_PAST_WEEKDAY = re.compile(
    r"(?i)\b(?:last|this past|past)\s+(?:(?:"
    + "|".join(WEEKDAYS)
    + r")(?:\s+(?:morning|afternoon|evening|night))?,?\s+(?:and|or|to|through|into)\s+)?$"
)

#: "Wednesday of last week", "Wednesday last week": a day of the week before.
_OF_LAST_WEEK = re.compile(r"(?i),? (?:of )?(?:last|the previous|the prior) week\b")

#: Parts of the week said of the day of writing ("to start the week", "at the start of a
#: busy week", "over the weekend", "for much of the weekend").
_WEEK_PART = re.compile(
    r"\b(?:(?P<start>(?:to|as|at the) (?:start|begin|open)s?(?: of)? (?:the|a(?: [\w-]+)?)"
    r" (?:trading )?week|kick(?:s|ed|ing)? off the (?:trading )?week)"
    r"|(?P<weekend>(?:over|during|throughout|(?:for )?(?:much|most|all|part) of) the weekend)"
    r"|(?P<end>to (?:end|close|finish|wrap up) the (?:trading )?week|into the weekend))\b",
    re.IGNORECASE,
)
#: A clause that looks forward: its weekday is a day ahead ("will turn to ... on Wednesday").
_LOOKS_AHEAD = re.compile(LOOKS_AHEAD_RE, re.IGNORECASE)
#: "weaker-than-expected", "better than anticipated": a result, not an expectation.
_THAN_EXPECTED = re.compile(r"\bthan[\s-]+(?:expect|anticipat|forecast|predict)\w*", re.I)
#: "ahead of the US session on Tuesday": hours before a session of the day named,
#: written on it.
_SESSION_AHEAD = re.compile(
    r"\b(?:ahead of|before) the (?:[\w-]+ ){0,2}(?:session|open|opening bell)\b", re.I
)


def _expected_day(clause: str, day: str) -> bool:
    """Whether ``day``, named at the end of ``clause``, is the day of an event the clause
    expects, bets on or gives odds of ("with traders expecting a cut on Thursday").

    >>> _expected_day("with traders widely expecting a cut on ", "Thursday")
    True
    >>> _expected_day("a weaker-than-expected jobs report on ", "Friday")
    False
    >>> _expected_day("ahead of the US session on ", "Tuesday")
    False
    """
    return looks_ahead(_SESSION_AHEAD.sub("", _THAN_EXPECTED.sub("", clause)) + day)


def named_weekdays(text: str) -> tuple[int, ...]:
    """The distinct weekdays (0 = Monday) the text names, leaving out days ahead ("next
    Friday", "the coming Monday", one in a clause that looks forward: "attention will turn
    to payrolls on Wednesday", "the auction is due on Thursday"), in order of first mention.
    A part of the week counts as its day: "to start the week" a Monday, "over the weekend"
    a Sunday (so a Sunday or a Monday), "to end the week" a Friday. A weekday printed in a
    full date ("since Tuesday, June 10, 2025") names that date, not a day of the week.

    >>> named_weekdays("Gold fell on Monday. Traders will watch the jobs data on Friday.")
    (0,)
    >>> named_weekdays("Bitcoin held $64,000 to start the week after gains over the weekend.")
    (0, 6)
    """
    found: list[tuple[int, int]] = []
    dated = set(dated_weekdays(text))  # "on Tuesday, June 10, 2025": that date's weekday
    for m in _WEEKDAY_RE.finditer(text):
        past = _PAST_WEEKDAY.search(text[max(0, m.start() - 45) : m.start()])
        past = past or _OF_LAST_WEEK.match(text, m.end())  # "on Wednesday of last week"
        if m.group("lead") is None and m.start() not in dated and past is None:
            found.append((m.start(), WEEKDAYS.index(m.group("day").lower())))
    for m in _WEEK_PART.finditer(text):
        day = 0 if m.group("start") else 6 if m.group("weekend") else 4
        found.append((m.start(), day))
    out: list[int] = []
    for start, day in sorted(found):
        clause = re.split(r"[.;!?]\s", text[max(0, start - 120) : start])[-1]
        rest = text[start : start + 120]
        ahead = _LOOKS_AHEAD.search(clause) or _fronted_ahead(clause, rest)
        ahead = ahead or _expected_day(clause, rest.split(" ", 1)[0])
        ahead = ahead or agenda_before(text, start)  # "a busy week, including Friday's data"
        ahead = ahead or _release_day(clause, rest)  # "CPI Tuesday is the number to watch"
        if not ahead and day not in out:
            out.append(day)
    return tuple(out)


#: The rest of a clause that a weekday heads: up to a stop or a joined clause.
_CLAUSE_REST = re.compile(r"[.;!?](?:\s|$)|,? (?:and|but|while|as|after) ")


def _fronted_ahead(head: str, rest: str) -> bool:
    """Whether a weekday heading its sentence ("On Thursday, the Treasury will sell
    bonds") starts a clause that looks forward: a day ahead, like one after "will".

    >>> will = "Thursday, the Treasury will sell bonds."
    >>> _fronted_ahead("On ", will), _fronted_ahead("Gold fell on ", will)
    (True, False)
    >>> _fronted_ahead("On ", "Thursday, gold fell 2% and traders will wait.")
    False
    """
    if head.strip().lower() not in ("", "on"):
        return False
    return bool(_LOOKS_AHEAD.search(_CLAUSE_REST.split(rest, maxsplit=1)[0]))


#: A data release named by its day ("PCE Thursday", "jobs Friday", "CPI Tuesday").
_RELEASE = re.compile(r"(?i)\b(?:PCE|CPI|PPI|NFP|FOMC|GDP|jobs|payrolls|Fed|retail sales)\s+$")
#: Words of a release already out ("CPI Tuesday showed", "jobs Friday came in hot").
_REPORTED = re.compile(
    r"(?i)\b(?:showed|came|was|were|printed|beat|missed|surprised|rose|fell|jumped|cooled"
    r"|sparked|sent|triggered|ran|hit)\b"
)


def _release_day(head: str, rest: str) -> bool:
    """Whether the weekday at the start of ``rest`` names the day of a release (the words
    just before it, ``head``) told of in the present, not reported as out: a day ahead.

    >>> head, rest = "Dollar firm; CPI ", "Tuesday Is the Number to Watch"
    >>> _release_day(head, rest), _release_day("Dollar firm; ", "CPI " + rest)
    (True, False)
    >>> _release_day("Stocks slid after jobs ", "Friday came in hot.")
    False
    """
    if not _RELEASE.search(head):
        return False
    return not _REPORTED.search(_CLAUSE_REST.split(rest, maxsplit=1)[0])
