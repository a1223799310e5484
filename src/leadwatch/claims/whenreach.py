"""Which time words of a sentence reach a figure in it (pure).

The nearest time word dates a figure (:func:`leadwatch.claims.text.find_when_at`), but not
every one reaches it:

- a weekday's extreme ("held above Thursday's low near $63") dates the figure right after
  it, not the sentence's other figures ("dropped 2.2% to $69.38");
- a day after a compared figure is that figure's ("jumped to $3,644 against $3,589 on
  Friday"); a record's day still dates a distance from it ("down 30% from its record of
  $4,950, set on August 24");
- a colon or semicolon that opens a clause of its own bounds the reach of its time words
  ("a record $4,950 last week is fading: It slid 6% on Tuesday");
- a contract's month is no time ("a copper contract for delivery in May 2026 set a
  record", "June futures rose"), nor is an expected policy event's ("as bets grew on a rate
  cut in September");
- a day naming the event a sentence opens with dates that sentence's figures ("The
  December 5 crash knocked bitcoin to $90K": that day's), though a day before a noun is
  otherwise the noun's alone ("its October 6 record of $126,000").

Examples
--------
>>> import re
>>> s = "Gold jumped to $3,644 against $3,589 on Friday."
>>> [m.group(0) for m in reaching(s, s.index("$3,644"), list(re.finditer("Friday", s)))]
[]
>>> [m.group(0) for m in reaching(s, s.index("$3,589"), list(re.finditer("Friday", s)))]
['Friday']
"""

from __future__ import annotations

import re

from leadwatch.claims.vocabulary import MONTH_ABBR_RE, MONTH_NAME_RE

__all__ = [
    "NEW_CLAUSE",
    "contract_month",
    "dated_subject",
    "dating_noun",
    "expected_event_month",
    "names_noun",
    "reaching",
]

#: A colon or semicolon opening a clause of its own ("...: It slid 6% on Tuesday").
NEW_CLAUSE = re.compile(r"[:;]\s+[A-Z]")
_AGAINST = re.compile(
    r"\b(?:against|compared (?:with|to)|versus|vs\.?|from)\s+"
    r"(?:(?!(?:record|peak|high|low|top|bottom|all-time)\b)[a-z-]+\s+){0,4}(?:US\$|\$)?\d",
    re.IGNORECASE,
)
_DAY_EXTREME = re.compile(
    r"(?<=['\u2019]s)\s+(?:intraday |closing |session )?(?:lows?|highs?|close|peak|tops?|bottoms?"
    r"|troughs?|settle(?:ment)?)\b",
    re.IGNORECASE,
)
#: A contract's month ("a copper contract for delivery in May 2026", "June delivery"):
#: no time of the sentence's figures.
_CONTRACT_BEFORE = re.compile(
    r"\b(?:delivery|settlement|expiry|expiration|expir(?:ing|es?)|contracts?|futures)\s+(?:in\s+)?$",
    re.IGNORECASE,
)
_MONTH_OR_YEAR = re.compile(rf"\b(?:{MONTH_NAME_RE}|{MONTH_ABBR_RE}|\d{{4}})\b", re.IGNORECASE)
_CONTRACT_AFTER = re.compile(r"\s*(?:\d{4}\s+)?(?:delivery|contracts?|futures)\b", re.IGNORECASE)
#: A sentence opening with its event's day ("The December 5 crash", "The Oct. 10 sell-off").
_SUBJECT_ARTICLE = re.compile(r"\W*(?:the|a)\s+$", re.IGNORECASE)
_EVENT_NOUN = re.compile(
    r"(?:['\u2019]s)?\s+(?:flash |intraday |overnight )?(?:crash|sell-?off|rally|plunge|drop"
    r"|decline|rout|slump|surge|jump|spike|liquidations?|meltdown|tumble|rebound|squeeze)\b",
    re.IGNORECASE,
)
#: Up to four words of a noun the time words date, up to a comma ("'s tariff announcement").
_NOUN_TO_COMMA = re.compile(
    r"(?:['\u2019]s)?(?:\s+[\"\u201c\u201d'\u2019\w-]+){0,4}\s*", re.IGNORECASE
)
#: How far after a weekday's extreme its own figure may stand ("Thursday's low near $63").
_OWN_FIGURE = 30


def reaching(text: str, pos: int, found: list[re.Match[str]]) -> list[re.Match[str]]:
    """The time-word matches of ``found`` that reach the figure at ``pos`` (module doc)."""
    return [
        m
        for m in found
        if (not _DAY_EXTREME.match(text, m.end()) or 0 <= pos - m.end() <= _OWN_FIGURE)
        and (m.start() < pos or not _AGAINST.search(text, pos, m.start()))
        and not NEW_CLAUSE.search(text, min(pos, m.end()), max(pos, m.start()))
        and not contract_month(text, m)
        and not expected_event_month(text, m)
    ]


#: A policy event dated by a month ("a rate cut in September", "the Fed's meeting in June").
_EVENT_IN = re.compile(
    r"\b(?:cut|cuts|hike|hikes|reduction|increase|easing|tightening|meeting|decision|move"
    r"|election|vote)\s+(?:(?:as soon as|as early as|by|in|at)\s+)?$",
    re.IGNORECASE,
)
#: Words that make that event expected ("expectations grew for a rate cut in September").
_EXPECTED = re.compile(
    r"\b(?:expect\w*|bets?|betting|odds|hopes?|pric(?:ed|ing)|chances?|probabilit\w+|likel\w+"
    r"|anticipat\w*|ahead of|await\w*|upcoming|possible|potential|forecast\w*|project\w*)\b"
    r"[^.;:]{0,60}$",
    re.IGNORECASE,
)


def expected_event_month(text: str, m: re.Match[str]) -> bool:
    """Whether the time words ``m`` of ``text`` date an expected policy event ("as
    expectations grew for a rate cut in September"): the event's month, no time of a figure.

    >>> s = "Gold hit $2,500 as bets grew on a rate cut in September."
    >>> expected_event_month(s, re.search("September", s))
    True
    """
    if not _MONTH_OR_YEAR.search(m.group(0)) or not _EVENT_IN.search(text, 0, m.start()):
        return False
    return bool(_EXPECTED.search(text, 0, m.start()))


def contract_month(text: str, m: re.Match[str]) -> bool:
    """Whether the time words ``m`` of ``text`` name a futures contract's month ("a
    contract for delivery in May 2026", "June futures"), no time of a figure.

    >>> s = "A copper contract for delivery in May 2026 set a record."
    >>> contract_month(s, re.search("May 2026", s))
    True
    """
    if not _MONTH_OR_YEAR.search(m.group(0)):
        return False  # "gold futures on Monday": a weekday is never a contract's month
    return bool(_CONTRACT_BEFORE.search(text, 0, m.start()) or _CONTRACT_AFTER.match(text, m.end()))


def dated_subject(text: str, m: re.Match[str]) -> bool:
    """Whether the time words ``m`` name the event ``text`` opens with ("The December 5
    crash knocked bitcoin to $90K"): the sentence's figures are of that day.

    >>> s, t = "The December 5 crash hit $90K.", "Its December 5 record was $103K."
    >>> dated_subject(s, re.search("December 5", s)), dated_subject(t, re.search("December 5", t))
    (True, False)
    """
    return bool(_SUBJECT_ARTICLE.fullmatch(text, 0, m.start()) and _EVENT_NOUN.match(text, m.end()))


def names_noun(text: str, end: int, at: int) -> bool:
    """Whether time words ending at ``end`` date what ``text`` tells up to ``at``: right
    before it, or a short noun between ("after the December 5 "flash" crash, when it fell to
    $90K": December 5's).

    >>> s = "after the December 5 crash, when it fell"
    >>> names_noun(s, s.index(" crash"), s.index(",")), names_noun(s, 0, s.index(","))
    (True, False)
    """
    return at - end <= 1 or bool(_NOUN_TO_COMMA.fullmatch(text, end, at))


def dating_noun(found: list[re.Match[str]], text: str, at: int) -> list[re.Match[str]]:
    """The time words of ``found`` that date what ``text`` tells up to ``at`` (see
    :func:`names_noun`)."""
    return [m for m in found if names_noun(text, m.end(), at)]
