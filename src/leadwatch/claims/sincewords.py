"""The words of a "since" anchor put in a form the date reader takes (pure).

A "since" window (``since:WORDS``) is read by :func:`leadwatch.claims.windows.resolve_window`
through dateparser, which reads "mid-January" or "Sept. 19" but not the longer ways
writers name the same point:

- "the middle of January" is "mid-January" (and "the early/latter part of May" is
  "early/late May");
- "the Sept. 19 session", "the March 3 close", "the Thursday session", "the 12 May
  trading day" name a day by its session: the day itself (``close`` is ``True`` where the
  words say its close, so the window starts from that close, not the one before).

Examples
--------
>>> since_words("the middle of January")
('mid-January', False)
>>> since_words("the Sept. 19 session")
('Sept. 19', False)
>>> since_words("the March 3 close")
('March 3', True)
>>> since_words("the Thursday session")
('Thursday', False)
>>> since_words("the central bank cut rates on Sept. 18")
('Sept. 18', False)
>>> since_words("the Treasury's March 4 refunding announcement")
('March 4', False)
>>> since_words("the start of 2026")
('the start of 2026', False)
"""

from __future__ import annotations

import re

from leadwatch.claims.vocabulary import MONTH_RE, YEAR_RE

__all__ = ["BEGAN_ON_RE", "since_words"]

#: An event told by its start and dated ("the war began on February 28", "the selloff
#: started on Oct. 10, 2025"), or a dated extreme ("its recent low on Sept. 27"): a
#: since-anchor on that date (:data:`_EVENT_ON` reads it).
BEGAN_ON_RE = (
    r"(?:the |an? |its |their )?(?:(?:[\w'\u2019-]+ ){1,4}(?:began|started|erupted|broke out"
    r"|kicked off|took effect|took office)|(?:(?:most )?(?:recent|latest|last) )?(?:low|high"
    rf"|bottom|peak|trough|top)) (?:on|in) (?:{MONTH_RE})\.? \d{{1,2}}(?:st|nd|rd|th)?"
    rf"(?:,? {YEAR_RE})?"
)

_MIDDLE = re.compile(r"^the middle of (?:the month of )?", re.IGNORECASE)
_PART = re.compile(r"^the (early|earlier|late|latter) part of ", re.IGNORECASE)
#: "the Sept. 19 session", "the Thursday close", "Monday's session": a day by its session.
_SESSION = re.compile(
    r"^(?:the )?(?P<day>(?=[^,;]*(?:\d|day\b))[^,;]+?)(?:'s|\u2019s)?\s+"
    r"(?P<what>session|close|closing level|trading (?:day|session)|settle(?:ment)?)$",
    re.IGNORECASE,
)

#: An event dated at its end: "<words> on January 20", "<words> in April 2024".
_EVENT_ON = re.compile(
    rf"^(?:the |an? )?[A-Za-z][\w.'\u2019-]*(?: [\w.'\u2019-]+)*? (?:on|in) "
    rf"(?P<date>(?:{MONTH_RE})\.?(?: \d{{1,2}}(?:st|nd|rd|th)?)?(?:,? {YEAR_RE})?"
    rf"|\d{{1,2}} (?:{MONTH_RE})\.?(?: {YEAR_RE})?)$",
)

#: An event named after its date: "the Treasury's March 4 announcement", "the Dec. 18 cut".
_DATED_EVENT = re.compile(
    rf"(?P<date>(?:{MONTH_RE})\.? \d{{1,2}}(?:st|nd|rd|th)?(?:,? {YEAR_RE})?)\s+(?:[\w-]+\s+)?"
    r"(?:announcement|decision|meeting|cut|hike|vote|election|speech|ruling|statement|address"
    r"|summit|release|report|inauguration)$"
)


def since_words(words: str) -> tuple[str, bool]:
    """``words`` of a since-anchor in a form dateparser reads, and whether they name a
    day's close (the window then starts from that close)."""
    text = words.strip()
    event = _EVENT_ON.match(text)
    text = event.group("date") if event else text  # "the election on Nov. 5": Nov. 5
    dated = _DATED_EVENT.search(text)
    text = dated.group("date") if dated else text  # "the March 4 announcement": March 4
    text = _MIDDLE.sub("mid-", text)
    part = _PART.match(text)
    if part:
        word = part.group(1).lower()
        text = ("early " if word.startswith("earl") else "late ") + text[part.end() :]
    m = _SESSION.match(text)
    if m is None:
        return text, False
    what = m.group("what").lower()
    return m.group("day").strip(), what.startswith(("close", "settle"))
