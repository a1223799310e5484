"""Article text: sentences, boilerplate, asset mentions and time expressions (pure, rule-based).

Every rule is a regular expression, here or in the modules it imports; text is only matched.

Examples
--------
>>> [s.text for s in split_sentences("Silver hit $101 today. BTC lags.\\nComments\\nnice")]
['Silver hit $101 today.', 'BTC lags.', 'Comments', 'nice']
>>> [s.boilerplate for s in split_sentences("Silver hit $101 today.\\nComments\\nnice")]
[False, True, True]
>>> [m.asset for m in find_assets("XAG broke out; the metal led Bitcoin and the US dollar fell")]
['silver', 'silver', 'btc', 'dxy']
>>> find_when("Silver rose on Friday"), find_when("accelerating in January 2026")
(('weekday', 4), ('month', (2026, 1)))
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from leadwatch.claims import whenreach as reach
from leadwatch.claims.assets import ASSET_NAMES, AssetMention, find_assets
from leadwatch.claims.clauses import clause_start
from leadwatch.claims.clausetime import NOW, in_later_clause, now_after
from leadwatch.claims.clocktimes import glue_clock_times
from leadwatch.claims.dayfirst import DAY_FIRST_RE, holiday_day
from leadwatch.claims.numbers import plain_figures
from leadwatch.claims.pagetail import link_line, tail_start
from leadwatch.claims.recordowndays import of_a_later_record
from leadwatch.claims.vocabulary import (
    DOWN_NOUN_RE,
    MONTH_ABBR_RE,
    MONTH_RE,
    UP_NOUN_RE,
    WEEKDAYS,
    YEAR_RE,
    month_number,
)
from leadwatch.claims.weekof import WEEK_OF_RE, week_end
from leadwatch.claims.whenreach import contract_month, reaching

__all__ = [
    "ASSET_NAMES",
    "AssetMention",
    "Sentence",
    "aside_spans",
    "dated_noun",
    "find_assets",
    "find_when",
    "find_when_at",
    "paren_asides",
    "plain_figures",
    "since_day",
    "since_when",
    "split_sentences",
]

_CONTRACT_AFTER = r"(?:,? \d{4})? (?:[A-Za-z]+ )?(?i:futures|contracts?)\b"  # "April 2026 futures"
_WHEN_RE = re.compile(
    rf"{DAY_FIRST_RE}"  # "on 26th December", "By Halloween": a claim's day (no dateline)
    rf"|\b(?:on|through|until|till) (?P<omonth2>{MONTH_RE}|{MONTH_ABBR_RE})\.? "
    r"(?P<oday2>[0-3]?\d)"
    r"(?:st|nd|rd|th)?"
    rf",? {YEAR_RE}\b"
    rf"|{WEEK_OF_RE}"  # "the week of Sept. 2", "the September 2 week": its last session
    rf"|\b(?P<dmonth>{MONTH_RE})\.? (?P<dday>[0-3]?\d)(?:st|nd|rd|th)?\b"
    rf"(?!,? {YEAR_RE})(?!\d)"
    r"|\b(?P<today>(?i:today|this morning|this afternoon|tonight))\b"  # "Today, ..." too
    r"|\b(?P<yesterday>(?i:yesterday)|the (?:previous|prior) (?:day|session|trading day)"
    r"|the day before)\b"
    r"|(?:\b(?:on|by|last|this|late|early) )?"
    rf"\b(?P<weekday>{'|'.join(w.capitalize() for w in WEEKDAYS)})"
    r"(?:['\u2019]s|s(?= (?:[\w-]+ ){0,2}(?:close|high|low|session|open)\b))?\b"  # "Fridays close"
    r"|\b(?:[Ii]n|since the start of|[Dd]uring|[Ee]arly|mid-?|[Ll]ate|[Oo]ver|[Aa]cross"
    r"|of(?! \w+\.? [0-3]?\d(?:st|nd|rd|th)?\b)|[Tt]hroughout"  # "as of March 3": a day
    r"|(?<![Ff]utures )[Ff]or(?! \w+\.?(?: \d{4})? (?i:delivery|settlement|contract|futures))) "
    rf"(?P<month>{MONTH_RE})(?:\.?,? (?:of )?(?P<year>\d{{4}}))?\b(?!{_CONTRACT_AFTER})"
    r"|\b(?:the )?(?:beginning|start) of (?:the year|(?P<ystart>\d{4}))\b"
    # "August's record", "its September gain of 9%", "a 12% March rally": the month's move
    rf"|\b(?P<pmonth>{MONTH_RE})(?:['\u2019]s\b| (?=(?:{UP_NOUN_RE}|{DOWN_NOUN_RE}|returns?)\b))",
)
# Splits: a glued heading ("Why Silver Is SurgingSilver's"), CJK stops, "at $2,475.90.Spot".
_SPLIT_RE = re.compile(
    r"(?<=[\u3002\uff01\uff1f])\s*|(?<=[a-z]{3})(?=[A-Z][a-z]+[\u2019'\s])|(?<=[\d%a-z)][.!?])(?=[A-Z][a-z]+\s)"
)
_CJK_STOPS = ("\u3002", "\uff01", "\uff1f", ".", "!", "?")
_SMALL_WORDS = frozenset(
    [
        "a",
        "an",
        "and",
        "as",
        "at",
        "by",
        "for",
        "from",
        "in",
        "is",
        "of",
        "on",
        "or",
        "the",
        "to",
        "vs",
        "with",
        "its",
        "it's",
        "are",
        "be",
    ]
)


def _heading_like(chunk: str) -> bool:
    """Title case: every word capitalised but the small ones ("Why Silver Is Surging")."""
    words = [w for w in chunk.split() if w[:1].isalpha()]
    return bool(words) and all(w[:1].isupper() or w.lower() in _SMALL_WORDS for w in words)


@cache
def _segmenter() -> Any:
    import pysbd

    return pysbd.Segmenter(language="en", clean=False)


def _pieces(body: str) -> list[tuple[int, int]]:
    """Spans of the sentences of one line: pysbd (knows "U.S.", "Aug.", "$2.5"), then glued
    headings and CJK terminators."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for sent in _segmenter().segment(body):
        text = sent.strip()
        if not text:
            continue
        start = body.find(text, pos)
        if start < 0:  # pysbd altered the text: fall back to the rest of the line
            spans.append((pos, len(body)))
            return spans
        pos = start + len(text)
        cut = start
        for m in _SPLIT_RE.finditer(text):
            glued = text[m.start() - 1 : m.start()] not in _CJK_STOPS  # a heading run in
            if glued and not _heading_like(body[cut : start + m.start()]):
                continue  # "according to CoinDesk": a brand name, not a heading
            if m.start() > 0 and m.end() < len(text):
                spans.append((cut, start + m.start()))
                cut = start + m.end()
        spans.append((cut, pos))
    return glue_clock_times(body, spans)  # "as of 4 p.m. Eastern Standard Time": one


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence of the article: its text, character span and whether it is page furniture."""

    index: int
    text: str
    start: int
    end: int
    boilerplate: bool


def split_sentences(text: str) -> list[Sentence]:
    """Sentences with their spans in ``text``; lines after a boilerplate marker are flagged."""
    out: list[Sentence] = []
    lines = text.splitlines(keepends=True)
    bodies = [line.rstrip("\r\n") for line in lines]
    pieces = [_pieces(body) if body.strip() else [] for body in bodies]
    tail = tail_start(bodies, [len(p) for p in pieces])
    offset = 0
    for i, (line, body) in enumerate(zip(lines, bodies, strict=True)):
        for a, b in pieces[i]:
            chunk = body[a:b]
            lead = len(chunk) - len(chunk.lstrip())
            chunk = chunk.strip()
            if chunk:
                start = offset + a + lead
                boiler = (tail is not None and i >= tail) or link_line(body)
                out.append(Sentence(len(out), chunk, start, start + len(chunk), boiler))
        offset += len(line)
    return out


# A clause that sets its own time apart ("Gold, which touched $5,600 on Thursday, has fallen").
_ASIDE_RE = re.compile(
    r"(?:^|[,(\u2014\u2013-])\s*(?!(?:while |whereas )?(?:as of|on) [A-Z][\w .]{0,24},)"
    # a frame, not an aside: "Looking at the weekly performance, bitcoin rose 4.7%"
    r"(?!(?:looking|turning|focusing|zooming(?: out)?|judging|taking a look) (?:at|to|on|by)\b)"
    r"(?:which|who|after|having|before|when|as|since|while|from|following|[a-z]+ing"
    r"|[a-z]+(?:ed|en)(?= by\b))\b"  # ", fuelled by"; a range's dash is no end: "4\u20135%"
    r"(?:[^,;()\u2014\u2013]|,(?=\d)|(?<=\S)\u2013(?=\S)|\([^()]{0,30}\)(?=[^,;]))*"
    r"|\([^()]*\)",  # a parenthesis: "(before Sunday it never traded over $5,000)"
    re.IGNORECASE,
)


def aside_spans(sentence: str, relative: bool = False) -> list[tuple[int, int]]:
    """Spans of the asides of a sentence (", which ...", ", measuring ...", "after ...");
    ``relative``: only those that describe the word before them (", which", ", measuring")."""
    spans = []
    for m in _ASIDE_RE.finditer(sentence):
        head = m.group(0).lstrip(",(\u2014- ").split(" ", 1)[0].lower()
        if not relative or head in ("which", "who") or head.endswith("ing"):
            spans.append((m.start(), m.end()))
    return spans


# A parenthesis of three words or more describes ("PCE (a gauge the Fed watches)"): no ticker
_PAREN_ASIDE = re.compile(r"\((?:[^()\s]+\s+){2,}[^()]*\)")


def paren_asides(sentence: str) -> list[tuple[int, int]]:
    """Spans of the descriptive parentheses of a sentence (three words or more)."""
    return [(m.start(), m.end()) for m in _PAREN_ASIDE.finditer(sentence)]


def find_when_at(sentence: str, pos: int) -> tuple[str, object] | None:
    """The time expression that governs position ``pos``: one in the aside (a "which ..."
    or "after ..." clause) that holds ``pos``, else one outside every aside.

    >>> s = "Gold, which touched $5,600 on Thursday, has fallen 12% to $4,718"
    >>> find_when_at(s, s.index("$5,600")), find_when_at(s, s.index("$4,718"))
    (('weekday', 3), None)
    >>> find_when_at("Closing Price (May 23): $3,357/oz", 25)
    ('date', (5, 23))
    """
    lo = clause_start(sentence, pos)
    if now_after(sentence, pos):  # "at $2,327 at the time of writing": the present
        return None
    if NOW.search(sentence[lo:pos]):  # "..., now down 11%": the present, whatever else is dated
        end = re.match(r"(?:[^,;()\u2014]|,(?=\d))*", sentence[pos:])
        return _nearest_when(sentence[lo : pos + (end.end() if end else 0)], pos - lo)
    label = _LABEL_DATE.match(sentence)  # "Opening Price (May 17): $3,278": the row's day
    if label and pos > label.end(1) and (dated := _nearest_when(label.group(1), 0)):
        return dated
    asides = aside_spans(sentence) + paren_asides(sentence)  # "(... before Sunday night)"
    events = [(m.start(), m.end()) for m in _EVENT_RE.finditer(sentence)]
    for a, b in asides + events:
        if a <= pos < b:  # an event clause inside the aside keeps its time ("tumbling
            own = sentence[a:b]  # 10% after touching $120 on Thursday": not the 10%'s)
            for c, d in (e for e in events if a <= e[0] and e[1] <= b and not e[0] <= pos < e[1]):
                own = own[: c - a] + " " * (d - c) + own[d - a :]
            inner = _nearest_when(own, pos - a)
            if inner is not None:
                return inner
            named = _RELATIVE_WHEN.match(sentence, a) and _told_before(sentence, a)
            if named:  # "... through Christmas Eve, when the S&P 500 set records": that day
                return named
    outside = sentence
    for a, b in asides + events:
        outside = outside[:a] + " " * (b - a) + outside[b:]
    found = _nearest_when(outside, pos)
    if found is None and events:  # "since peaking above $109,000 in January": its month
        spanned = [_nearest_when(sentence[a:b], 0) for a, b in events]
        found = next((w for w in spanned if w is not None and w[0] == "month"), None)
    if found is None and asides and asides[0][0] == 0 and _OPENING.match(sentence):
        return _nearest_when(sentence[: asides[0][1]], pos)  # "Soaring ... Thursday, gold"
    return found


#: An aside of a relative "when": "..., when the Dow set a record" (the day just named).
_RELATIVE_WHEN = re.compile(r"\s*,\s*when\b", re.IGNORECASE)


def _told_before(sentence: str, at: int) -> tuple[str, object] | None:
    """The weekday or date right before ``at``, or dating the noun there ("after the
    December 5 crash, when ..."); a day told relative to another ("the prior day": before
    the event's) is left alone. A month: :mod:`leadwatch.claims.monthwhen`."""
    ends = reach.dating_noun(list(_WHEN_RE.finditer(sentence, 0, at)), sentence, at)
    when = _when_of(ends[-1]) if ends else None
    return when if when is not None and when[0] in ("weekday", "date") else None


_LABEL_DATE = re.compile(r"\W*[A-Za-z][^:()\d]{0,40}\(([^()]{3,24})\)\s*:")  # a row's label
_OPENING = re.compile(r"[A-Z][a-z]+ing\b|As of\b(?!.{0,16}\d{4})")  # a participle; "As of May 3"
# "since soaring above $117,000 after Friday's speech", "after testing 103.82": an event clause
_EVENT_RE = re.compile(
    r"\b(?:since|after|following|before|upon)\s+(?:[a-z]+ly\s+)?[a-z]+ing(?=(?: [a-z]+ly)? "
    r"(?:(?:above|below|past|over|under|to|through|beyond|a|an|the|its|their|record|on)\b|\$?\d))"
    r"(?:[^,;()\u2014]|,(?=\d))*",
    re.IGNORECASE,
)


def _nearest_when(text: str, pos: int) -> tuple[str, object] | None:
    """The time expression nearest to ``pos`` ("above $80,000 on November 10 and $89,000 on
    November 12": each figure its own date)."""
    found = [
        m
        for m in _WHEN_RE.finditer(text)
        if not _SINCE_BEFORE.search(text[: m.start()])
        and (not _OF_A_NOUN.search(text[: m.start()]) or reach.dated_subject(text, m))
    ]
    found = [m for m in found if not of_a_later_record(text, pos, m.start())]
    found = reaching(text, pos, found)  # not "Thursday's low", "against $X on Friday", "...: It"
    if not found:
        return None
    after = [  # "$89,000 on November 12"; not "at $30 and was trading Friday"
        m for m in found if 0 <= m.start() - pos <= 40 and not in_later_clause(text, pos, m, found)
    ]
    near = min(found, key=lambda m: min(abs(m.start() - pos), abs(m.end() - pos)))
    return _when_of(after[0] if after else near)


# "its Dec. 17 record", "the March 3 low": a date that qualifies a noun, not the sentence
_OF_A_NOUN = re.compile(r"\b(?:its|their|the|a)\s+$", re.IGNORECASE)
_DATED_NOUN = re.compile(
    rf"\b(?:its|their|the|a)\s+(?P<d>(?:{MONTH_RE}|{MONTH_ABBR_RE})\.?"
    rf"(?: [0-3]?\d(?:st|nd|rd|th)?)?|{'|'.join(w.capitalize() for w in WEEKDAYS)})"
    r"(?:['\u2019]s)?\s+(?:[\w-]+\s+){0,2}$"
)


def dated_noun(sentence: str, pos: int, months: bool = False) -> tuple[str, object] | None:
    """The date qualifying the noun at ``pos`` ("its Dec. 17 record"; ``months``: "its March").

    >>> s = "Bitcoin is 10% below its Dec. 17 record of $108,000."
    >>> dated_noun(s, s.index("record")), dated_noun(s.replace("Dec. 17", "May"), 29, True)
    (('date', (12, 17)), ('month', (0, 5)))
    """
    m = _DATED_NOUN.search(sentence[max(0, pos - 40) : pos])
    if m is None:
        return None
    return find_when(m.group("d")) or (find_when("in " + m.group("d")) if months else None)


_SINCE_BEFORE = re.compile(  # "since the end of November", "prior to Sunday", "since a dip in May"
    r"\b(?:since (?:an?|the|its|their) [\w'-]+(?: [\w'-]+){0,2} in|since|from|after|before"
    r"|prior to|until|through|(?:week|month|period|quarter)s? (?:ending|ended|to))\s+"
    r"(?:the (?:start|end|beginning|middle|close|turn) )?(?:early |mid-|late )?$",
    re.IGNORECASE,
)


def find_when(sentence: str) -> tuple[str, object] | None:
    """The first time expression: ``today``, ``yesterday``, ``weekday`` (0 = Monday),
    ``month`` ((year or 0, month)) or ``year_start`` (year)."""
    m = next((m for m in _WHEN_RE.finditer(sentence) if not contract_month(sentence, m)), None)
    return None if m is None else _when_of(m)


def _when_of(m: re.Match[str]) -> tuple[str, object]:
    if m.group("today"):
        return ("today", 0)
    if m.group("yesterday"):
        return ("yesterday", 1)
    if m.group("weekday"):
        return ("weekday", WEEKDAYS.index(m.group("weekday").lower()))
    if m.group("month"):
        year = int(m.group("year")) if m.group("year") else 0
        return ("month", (year, month_number(m.group("month"))))
    if m.group("hol"):
        return ("date", holiday_day(m.group("hol")))
    if m.group("oday") or m.group("oday2"):  # "on 26th December 2025"
        name = str(m.group("omonth") or m.group("omonth2"))
        return ("date", (month_number(name), int(m.group("oday") or m.group("oday2"))))
    if m.group("wkm") or m.group("wkm2"):  # "the week of September 2": its last session
        ends = (m.group("wkto") or "of") != "of"
        dom = int(m.group("wkd") or m.group("wkd2"))
        return ("date", week_end(m.group("wkm") or m.group("wkm2"), dom, ends))
    if m.group("dmonth"):  # "on November 10": a day without its year
        return ("date", (month_number(m.group("dmonth")), int(m.group("dday"))))
    if m.group("pmonth"):  # "August's record"
        return ("month", (0, month_number(m.group("pmonth"))))
    return ("year_start", int(m.group("ystart") or 0))  # "the year": the article's


_SINCE_RISING = re.compile(
    r"since (?:soar|climb|ris|surg|jump|rall|spik|rocket|break|push|vault)\w*", re.IGNORECASE
)


def since_day(sentence: str, pos: int) -> str:
    """ "since soaring above $117,000 after Friday's speech": the day the peak is measured
    from (``:since:weekday:4``, ``:since:date:8-22``), when the event clause names one."""
    if not _SINCE_RISING.match(sentence, pos):  # "since peaking": the peak itself is named
        return ""
    clause = re.match(r"(?:[^,;()\u2014]|,(?=\d))*", sentence[pos:])
    when = _nearest_when(clause.group(0) if clause else "", 0)  # its own day words only
    if when is None or when[0] not in ("weekday", "date", "yesterday"):
        return ""
    value = "-".join(str(v) for v in when[1]) if when[0] == "date" else when[1]  # type: ignore[attr-defined]
    return f":since:{when[0]}:{value}"


def since_when(unit: str) -> tuple[str, object]:
    """The day a ``since:`` window unit names, as a time expression.

    >>> since_when("since:weekday:4"), since_when("since:date:8-22")
    (('weekday', 4), ('date', (8, 22)))
    """
    _, kind, value = unit.split(":", 2)
    if kind == "date":
        month, dom = value.split("-")
        return kind, (int(month), int(dom))
    return kind, int(value)
