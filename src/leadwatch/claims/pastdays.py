"""Claims told of a past day printed in the article (pure): a historical episode is graded
on its own day, never on the article's.

A sentence is *anchored* on a full date (with its year) when

- its line opens with the date as a timeline entry ("Feb. 5, 2018: the VIX jumped 116%",
  "- March 9, 2020 - silver sank 12%"): every later sentence of that line is anchored too
  ("This proved a bottom, with bitcoin back above $11,000 by Feb. 20th": that year's);
- it opens with the date ("On March 16, 2020, gold fell 3%"; not "As of <date>", the day
  of the article's quotes), or
- it says "that day" ("the same day", "that session") right after a sentence anchored so
  or printing a past date ("Stocks broke on Oct. 19, 1987. The index lost 20% that day").

A figure followed in its clause by "on" and a full date ("the 116% jump on Feb. 5, 2018",
"sank 12% on March 9, 2020") is of that day, anchored or not. In an anchored sentence, a
figure whose own clause names a day without its year ("... above $11,000 by February 20th")
is of that day of the anchor's year; any other is of the anchor's day.

:func:`past_dated` gives such a one-session move or price the window ``on:ISO``: a level is
graded on that day (:func:`leadwatch.claims.anchorgrade.reference_day`), a move over the
session ending that day (:func:`printed_day`). Neither dates the article.

Examples
--------
>>> from leadwatch.claims.text import split_sentences
>>> text = "Gold is flat.\\n- March 9, 2020: silver sank 12% to $15.10."
>>> sents = split_sentences(text)
>>> c = Claim(1, "percent", "silver", "12%", "down", pct=12.0, window="day")
>>> past_dated(text, sents, [c])[0].window
'on:2020-03-09'
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date

import pandas as pd

from leadwatch.claims.model import Claim
from leadwatch.claims.printed import PrintedDate, printed_dates
from leadwatch.claims.text import Sentence
from leadwatch.claims.vocabulary import MONTH_RE, month_number
from leadwatch.claims.windows import find_windows

__all__ = ["past_dated", "printed_day"]

#: What may stand before a date opening a line or sentence: a bullet, "On" ("As of March 3,
#: 2026, gold trades at" is a quote of the article's own day: left to dating).
_LEAD = re.compile(r"[\s\u2022\u25cf\u25aa\u2023*>#\-\u2013\u2014]*(?:On )?$")
#: A list's bullet opening a line.
_BULLET = re.compile(r"[\u2022\u25cf\u25aa\u2023*\-\u2013\u2014]\s")
#: What follows a date opening a sentence: a timeline entry's colon or dash ("March 9,
#: 2020: ...", "March 9, 2020 - ..."), or a fronted date's comma ("On March 9, 2020, ...").
_AFTER_DATE = re.compile(r"\s*(?:(?P<entry>:|\s[-\u2013\u2014]\s)|,)")
#: "that day": a sentence told of the day the sentence before names.
_THAT_DAY = re.compile(
    r"(?i)(?<!since )(?<!from )(?<!after )(?<!before )(?<!until )"  # "since that day": a window
    r"\b(?:that|the same) (?:day|session|trading day|date|occasion)\b|\bon the day\b(?! before)"
)
#: The roles of printed dates that are days told of (not a dateline, deadline or caption).
_TOLD = ("past",)
#: Windows a sentence may take from the one before it ("this week. - May 3, 2020: ...").
_LENT = ("week", "wtd", "month", "mtd", "months", "year", "ytd")
#: Claims of a day (the window they may carry before being dated).
_DAY_WINDOWS = (None, "day")


def printed_day(c: Claim, day: pd.Timestamp) -> tuple[Claim, pd.Timestamp]:
    """A move told of a printed past day (window ``on:ISO``) as a one-session move of that
    day, and the day it is graded at; any other claim and ``day`` as they are.

    >>> c = Claim(0, "percent", "vix", "116%", "up", pct=116.0, window="on:2018-02-05")
    >>> moved, on = printed_day(c, pd.Timestamp("2024-12-19"))
    >>> moved.window, moved.when, on.date()
    ('day', ('date', (2, 5)), datetime.date(2018, 2, 5))
    """
    w = c.window or ""
    if c.kind != "percent" or not w.startswith("on:"):
        return c, day
    on = pd.Timestamp(w[3:])
    return replace(c, window="day", when=("date", (on.month, on.day))), on


def _opening(s: Sentence, dates: Sequence[PrintedDate], text: str) -> tuple[str, bool] | None:
    """The date sentence ``s`` opens with (ISO) and whether it heads a timeline entry."""
    for d in dates:  # (a date opening the article's first sentences is its dateline)
        listed = _BULLET.match(text, s.start) is not None  # a list's entry is no dateline
        told = d.role in _TOLD or (d.role == "dateline" and (s.index > 1 or listed))
        if not s.start <= d.start < s.end or not told:
            continue
        if _LEAD.match(text[s.start : d.start]) is None:
            return None
        after = _AFTER_DATE.match(text, d.start + len(d.words), s.end)
        return None if after is None else (d.iso, after.group("entry") is not None)
    return None


def _anchors(text: str, sentences: Sequence[Sentence]) -> dict[int, str]:
    """Sentence index -> the day (ISO) it is anchored on (module doc)."""
    dates = [d for d in printed_dates(text) if d.role in (*_TOLD, "dateline")]
    out: dict[int, str] = {}
    line: str | None = None  # the date heading the current line
    last: str | None = None  # the anchor of the sentence before
    prev_end = -1
    for s in sentences:
        if prev_end < 0 or "\n" in text[prev_end : s.start]:
            line = None
        opening = _opening(s, dates, text)
        if opening is not None and opening[1]:
            line = opening[0]
        own = opening[0] if opening is not None else line
        if own is None and last is not None and _THAT_DAY.search(s.text):
            own = last
        elif own is None and last is not None and _opens_yearless(s.text):
            own = _of_claim(s.text, 0, last)  # "By Feb. 20, prices had rebounded": that year's
        if own is not None:
            out[s.index] = own
        named = [d.iso for d in dates if s.start <= d.start < s.end and d.role in _TOLD]
        last, prev_end = own or (named[-1] if named else None), s.end  # for "that day"
    return out


#: A figure a move is measured from, between the move and a date ("from the opening price
#: of $2,590.40 on", "compared with $3,349 on"): the date starts the move's window.
_FROM = re.compile(
    r"\b(?:from|compared (?:with|to)|against|versus|since)\s+(?:[a-z-]+\s+){0,4}(?:US\$|\$)?\d",
    re.IGNORECASE,
)
#: The gap between a figure and a date it is said of ("the 116% jump on", "sank 12% on").
_GAP_ON = re.compile(r"[^,;:.!?()\u2014]{0,24}\bon\s+$")
#: The gap between a date and a figure of its "when" clause ("on March 16, 2020, when it
#: jumped").
_GAP_WHEN = re.compile(r"^,?\s+when\b[^,;:.!?()\u2014]{0,40}$")


def _figure_date(s: Sentence, pos: int, dates: Sequence[PrintedDate], text: str) -> str | None:
    """The past date printed right after the figure at ``pos`` of ``s`` ("... 12% on March 9,
    2020"), else ``None``; one after a figure the move is measured from ("up 43.7% from
    $2,590.40 on September 20, 2024") is the window's start (``"since"`` before it)."""
    for d in dates:
        at = d.start - s.start
        if d.role in _TOLD and 0 <= at - pos <= 60 and _GAP_ON.search(s.text[pos:at]):
            if _FROM.search(s.text[pos:at]):
                return f"since:{d.iso}"
            return d.iso if at - pos <= 40 else None
        end = at + len(d.words)
        if d.role in _TOLD and 0 <= pos - end <= 60 and _GAP_WHEN.search(s.text[end:pos]):
            return d.iso
    return None


#: A day named without its year in a figure's clause ("by February 20th", "on Aug. 23").
_YEARLESS = re.compile(
    rf"\b(?i:by|on|until|till|through)\s+(?P<m>{MONTH_RE})\.? (?P<d>[0-3]?\d)(?:st|nd|rd|th)?\b"
    r"(?!,? (?:19|20)\d\d)(?!\d)"
)


#: Where a figure's clause ends: a semicolon, a comma, "and" before another verb ("dropped
#: 6% to $54,000 and climbed back to $64,000 by Aug. 23").
_CLAUSE_END = re.compile(r";|,(?!\d)|\s+and\s+(?=(?:then\s+|later\s+)?[a-z]+ed\b)")


def _opens_yearless(sentence: str) -> bool:
    """Whether ``sentence`` opens with a day named without its year and a comma ("By Feb.
    20, prices had ...")."""
    lead = sentence.lstrip()
    m = _YEARLESS.match(lead)
    return m is not None and lead[m.end() : m.end() + 1] == ","


def _of_claim(s: str, pos: int, anchor: str) -> str:
    """The day a figure at ``pos`` of anchored sentence ``s`` is told of: a yearless day in
    its clause, in the anchor's year (the next year when it would fall before the anchor),
    else the anchor's day."""
    clause = _CLAUSE_END.split(s[pos:], maxsplit=1)[0]
    m = _YEARLESS.search(clause)
    if m is None:
        return anchor
    start = date.fromisoformat(anchor)
    try:
        day = date(start.year, month_number(m.group("m")), int(m.group("d")))
        day = day if day >= start else date(start.year + 1, day.month, day.day)
    except ValueError:  # "February 30th"
        return anchor
    return day.isoformat()


def _dateable(c: Claim, s: str, anchored: bool) -> bool:
    """Whether ``c`` of sentence ``s`` is a one-session move or a plain price with no time of
    its own but a day (in an ``anchored`` sentence that names no window, a window lent by the
    sentence before is no time of its own)."""
    if c.when is not None and c.when[0] != "date":
        return False
    if c.kind == "percent":
        lent = c.window in _LENT and not find_windows(s)  # a window of the sentence before
        return c.window in _DAY_WINDOWS or (anchored and lent)
    return c.kind == "level" and c.window is None


def past_dated(text: str, sentences: Sequence[Sentence], claims: Sequence[Claim]) -> list[Claim]:
    """``claims`` with each move or price told of a printed past day given the window
    ``on:ISO`` (module doc)."""
    anchors = _anchors(text, sentences)
    dates = [d for d in printed_dates(text) if d.role in _TOLD]
    out = []
    for c in claims:
        s = sentences[c.sentence] if 0 <= c.sentence < len(sentences) else None
        if s is None or not _dateable(c, s.text, c.sentence in anchors):
            out.append(c)
            continue
        pos = s.text.find(c.words)
        on = _figure_date(s, pos + len(c.words), dates, text) if pos >= 0 else None
        if on is not None and on.startswith("since:"):  # "up 43.7% from $2,590 on <date>"
            if c.kind == "percent":
                c = replace(c, window=_since_words(on[6:]), when=None)
            out.append(c)
            continue
        if on is not None and c.when is not None and c.when[1] != _month_day(on):
            on = None  # a day of its own the date does not name
        if on is None and c.sentence in anchors:  # the anchor (or its clause's day) rules
            on = _of_claim(s.text, max(pos, 0), anchors[c.sentence])
        if on is not None:
            c = replace(c, window=f"on:{on}", when=("date", _month_day(on)))
        out.append(c)
    return out


def _since_words(iso: str) -> str:
    """The window of a move measured from a printed day: "since:September 20, 2024"."""
    day = date.fromisoformat(iso)
    return f"since:{day:%B} {day.day}, {day.year}"


def _month_day(iso: str) -> tuple[int, int]:
    day = date.fromisoformat(iso)
    return day.month, day.day
