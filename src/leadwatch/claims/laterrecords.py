"""Every record a sentence states of one asset, not only the first (pure).

:func:`leadwatch.claims.recordwords.records` reads one record phrase per asset. A sentence
often states two of the same asset: "stayed below its all-time intraday high but settled
at an all-time closing high", "slid to a six-week low, further away from the peak it set
in mid-July", "hit a record on Monday and another record high on Tuesday". :func:`records`
reads the words after each record phrase again, with that phrase's asset as their
subject, and keeps the records found there that are new. A record set in part of a month
("a record set in mid-July") is a past record of that month, and a record since an event
the sentence dates by its month ("since the war began in February") is a record since
that month. A record since the asset's own beginning ("a first since its launch in 2015",
"since it was created in 2009") is a record of all time.

Examples
--------
>>> from leadwatch.claims.assets import find_assets
>>> s = "Bitcoin fell to its lowest in six weeks, retreating from a record set in mid-July."
>>> [(c.op, c.window) for c in records(s, find_assets(s), None, 0)]
[('low', 'last:6:week'), ('high', 'past')]
"""

from __future__ import annotations

import re
from dataclasses import replace

from leadwatch.claims.assets import AssetMention
from leadwatch.claims.model import GROUPS, Claim, nearest_before
from leadwatch.claims.printed import date_said_of
from leadwatch.claims.recordwords import records as first_records
from leadwatch.claims.vocabulary import MONTH_NAME_RE, month_number

__all__ = ["records"]

#: A past record set in part of a month: "a record set in mid-August", "the all-time high
#: hit in early March 2024", "its peak reached in late January".
_PART_SET = re.compile(
    r"\b(?P<words>(?:(?:all[- ]time|record) )?(?:record|high|peak)s?(?: highs?| peaks?)?)"
    r" (?:set|hit|reached|touched|notched|struck|made|posted|recorded) (?:in|during) "
    rf"(?:early|mid|late)[- ](?P<month>{MONTH_NAME_RE})(?: (?P<year>\d{{4}}))?\b",
    re.IGNORECASE,
)
#: A record since an event dated by its month: "its weakest since the central bank cut
#: rates in September 2024", "its highest since the war began in February": since then.
_EVENT_MONTH = re.compile(
    rf"^since (?:[^,;.\d]{{3,60}}?) in (?P<when>(?:{MONTH_NAME_RE})(?: \d{{4}})?)\b"
)
#: The asset's own beginning: "its introduction in 2009", "the token's launch", "it was
#: created in 2015", "trading began": the span of a record of all time.
_ORIGIN = re.compile(
    r"^(?:(?:its|their|the [\w-]+['\u2019]s|[A-Z][\w-]*['\u2019]s) )?(?:first )?"
    r"(?:introduction|launch|inception|creation|debut|founding|birth|genesis|existence|listing)"
    r"|^(?:it|they|the (?:coin|token|metal|index|asset|fund)) (?:was |were )?"
    r"(?:introduced|launched|created|born|listed|debuted|began trading|started trading)",
    re.IGNORECASE,
)
#: "for the first time on record", "the highest in history": how far back, no second record.
_ON_RECORD = re.compile(r"\b(?:on|in|of)\s+$", re.IGNORECASE)
#: At most this many records are read from one sentence's later words.
_MOST = 3


def records(s: str, mentions: list[AssetMention], subject: str | None, i: int) -> list[Claim]:
    """The record claims of sentence ``s`` (number ``i``): those
    :func:`~leadwatch.claims.recordwords.records` reads, then each later record of the same
    asset told after one of them (module doc)."""
    out = [_printed_day(s, _event_dated(s, c)) for c in first_records(s, mentions, subject, i)]
    queue = [(c, s.find(c.words)) for c in out if c.asset is not None and c.words in s]
    added = 0
    while queue and added < _MOST:
        c, at = queue.pop(0)
        end = at + len(c.words)
        nxt = [m.start for m in mentions if m.start >= end and m.asset not in GROUPS]
        tail = s[end : min(nxt, default=len(s))]  # up to the next named asset: its own
        for later in first_records(tail, [], c.asset, i):
            at = tail.find(later.words)
            seen = later in out and s.find(later.words) == end + at  # read at first
            if later.asset == c.asset and at >= 0 and not seen and not _ON_RECORD.search(tail[:at]):
                out.append(later)
                queue.append((later, end + at))
                added += 1
    return [c for c in out + _month_parts(s, mentions, subject, i, out) if not _of_amount(s, c)]


#: A record of an amount, not of a price: "the record of about $15 billion liquidated",
#: "a record $1.2bn of inflows".
_AMOUNT = re.compile(
    r"\s*(?:of\s+)?(?:(?:about|around|roughly|nearly|almost|some|over|more than)\s+)?"
    r"(?:US)?\$\s?\d[\d,.]*\s?(?:billion|million|trillion|bn|mn|tn|[bmt]\b)",
    re.IGNORECASE,
)


def _of_amount(s: str, c: Claim) -> bool:
    """Whether record ``c`` is one of an amount told right after its words."""
    at = s.find(c.words)
    return c.kind == "record" and at >= 0 and bool(_AMOUNT.match(s, at + len(c.words)))


def _printed_day(s: str, c: Claim) -> Claim:
    """``c`` with a record told of a printed day ("closed above 5,500 for the first time
    on March 4, 2024") set on that day (window ``on:2024-03-04``): graded there, and no
    evidence of the article's own day."""
    at = s.find(c.words)
    on = date_said_of(s, at + len(c.words)) if c.kind == "record" and at >= 0 else None
    dated = c.when is not None and c.when[0] in ("date", "weekday") and c.window is None
    return replace(c, when=None, window=f"on:{on}") if on and dated else c


def _event_dated(s: str, c: Claim) -> Claim:
    """``c`` with a record window since an event (``since:the war began``) set to the month
    the sentence dates the event in (``since:November 2024``)."""
    if c.kind != "record" or c.window is None or not c.window.startswith("since:"):
        return c
    if _ORIGIN.match(c.window[6:]):  # "since its launch in 2015": all time
        return replace(c, window=None)
    at = s.find(c.words)
    since = s.find("since", at) if at >= 0 else -1
    dated = _EVENT_MONTH.match(s[since:]) if since >= 0 else None
    return c if dated is None else replace(c, window="since:" + dated.group("when"))


def _month_parts(
    s: str, mentions: list[AssetMention], subject: str | None, i: int, found: list[Claim]
) -> list[Claim]:
    """Past records set in part of a month that no claim of ``found`` reads (module doc)."""
    out = []
    for m in _PART_SET.finditer(s):
        if any(m.start() <= s.find(c.words) < m.end() for c in found if c.kind == "record"):
            continue
        asset = nearest_before(mentions, m.start()) or subject
        if asset is None or asset in GROUPS:
            continue
        year = int(m.group("year")) if m.group("year") else 0
        hl = "low" if "low" in m.group("words").lower() else "high"
        when = ("month", (year, month_number(m.group("month"))))
        out.append(Claim(i, "record", asset, m.group("words"), hl, when=when, window="past"))
    return out
