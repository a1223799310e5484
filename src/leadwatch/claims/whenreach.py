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
  record", "June futures rose").

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

__all__ = ["NEW_CLAUSE", "contract_month", "reaching"]

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
_CONTRACT_BEFORE = re.compile(r"\b(?:delivery|contracts?|futures)\s+(?:in\s+)?$", re.IGNORECASE)
_CONTRACT_AFTER = re.compile(r"\s*(?:\d{4}\s+)?(?:delivery|contracts?|futures)\b", re.IGNORECASE)
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
    ]


def contract_month(text: str, m: re.Match[str]) -> bool:
    """Whether the time words ``m`` of ``text`` name a futures contract's month ("a
    contract for delivery in May 2026", "June futures"), no time of a figure.

    >>> s = "A copper contract for delivery in May 2026 set a record."
    >>> contract_month(s, re.search("May 2026", s))
    True
    """
    return bool(_CONTRACT_BEFORE.search(text, 0, m.start()) or _CONTRACT_AFTER.match(text, m.end()))
