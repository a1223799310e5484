"""Windows named by a period that is the subject of a figure, and counted or bounded spans
(pure).

- A month or a year that is the subject of its figure ("March is trading at -8.4%", "June
  closed down 3%", "2024 finished up 27%") names the period the figure is the move of:
  ``inmonth:NAME`` (the month, to date while it runs) or ``cal:YEAR``. The period must open
  its clause (the sentence, or after a comma, a colon, "and", "but", "while"): "in March"
  or "since 2024" are read elsewhere.
- A counted span told as unbroken ("over the last four consecutive weeks", "for the past
  three straight sessions") is that many days or sessions back, as "the last four weeks".
- A bounded span right after a figure ("18% in less than a month", "9% in under two
  weeks") is the span itself, unless the sentence counts a span exactly too (that one is
  the figure's), or a superlative before it makes it a record's ("the biggest drop in less
  than a month"). Away from a figure it times something else ("margins raised twice in
  under a week").

Examples
--------
>>> period_subjects("Bitcoin slid; May is so far trading at -6.5% for the coin.")
[(14, 'inmonth:May')]
>>> period_subjects("2024 finished up 27% for the index.")
[(0, 'cal:2024')]
>>> period_subjects("Gold rose 9% over the last three consecutive weeks.")
[(13, 'days:21')]
>>> period_subjects("Ether jumped 18% in less than a month.")
[(17, 'month')]
>>> period_subjects("Prices fell in May and are up 2% now.")
[]
"""

from __future__ import annotations

import re

from leadwatch.claims.vocabulary import (
    IN_A_ROW_RE,
    MONTH_NAME_RE,
    YEAR_RE,
    count_re,
    count_value,
    words_re,
)

__all__ = ["period_subjects"]

_FIGURE = r"[-+\u2212]?\d[\d,.]*\s*(?:%|percent\b|per cent\b)"
_STATE = rf"(?:{words_re(('is', 'was', 'has been', 'had been', 'are'))}\s+)?"
_STILL = rf"(?:{words_re(('currently', 'now', 'so far', 'still', 'already'))}\s+)*"
_TRADING = words_re(("trading", "sitting", "running", "tracking", "standing"))
_CLOSED = words_re(("closed", "ended", "finished", "wrapped up", "is", "was"))
_ABOUT = words_re(("about", "around", "nearly", "almost", "roughly", "some", "over", "more than"))
_PERIOD = rf"(?P<period>(?P<month>{MONTH_NAME_RE})(?: (?P<my>{YEAR_RE}))?|(?P<year>{YEAR_RE}))"
_VERBS = ("dropped", "fell", "declined", "slid", "lost", "rose", "gained", "climbed", "jumped")
_MOVED = (
    rf"(?:(?:{_CLOSED}\s+)?(?:up|down|higher|lower)|{words_re((*_VERBS, 'added', 'shed'))})"
    rf"\s+(?:by\s+)?(?:{_ABOUT}\s+)?"
)
# "March is trading at -8.4%", "June is down 3%", "2024 finished up 27%", "October, which
# dropped 3.7%"
_SUBJECT = re.compile(
    rf"{_PERIOD}(?:\s*[,\u2014\u2013]\s*which)? {_STATE}{_STILL}(?:{_TRADING}\s+(?:at\s+)?"
    rf"|{_MOVED})(?={_FIGURE})"
)
# what may stand before the period for it to open its clause
_OPENS = re.compile(r"(?:^|[,;:(\u2014]|\b(?:and|but|while|whereas|so far,?))\s*$", re.I)
_COUNT = rf"(?P<n>{count_re(10)})"
_UNIT = r"(?P<unit>day|week|month|session|trading day)s"
_LAST = r"(?:past|last|previous)"
_UNBROKEN = re.compile(
    rf"\b(?:for|over|in|during|across) the {_LAST} {_COUNT} (?:{IN_A_ROW_RE} )+{_UNIT}\b", re.I
)
_EXACT = re.compile(rf"\b{_LAST} {_COUNT} (?:{IN_A_ROW_RE} )*{_UNIT}\b", re.I)
_UNDER = r"\b(?:in|within) (?:just |only )?(?:less than|under|fewer than)"
_BOUNDED = re.compile(
    rf"{_UNDER} (?P<n>a|{count_re(10)}) (?P<unit>day|week|month|year)s?(?:['\u2019]s? time)?\b",
    re.I,
)
_SUPERLATIVES = ("worst", "best", "biggest", "largest", "steepest", "sharpest", "strongest")
_RANKS = (*_SUPERLATIVES, "weakest", "highest", "lowest", "first", "fastest", "quickest")
_RANKED = re.compile(rf"\b{words_re(_RANKS)}\b[^,;%]*$", re.IGNORECASE)
# a bounded span right after the figure it times ("18% in less than a month"), not a count's
# ("the exchange raised margins twice in less than a week")
_AFTER_FIGURE = re.compile(r"\d\s*(?:%|percent|per cent)(?:\s+[\w'\u2019]+){0,2}\s*$", re.I)
_DAYS = {"day": 1, "week": 7, "month": 30, "session": 1, "trading day": 1}


def _count(word: str) -> int:
    return count_value(word)


def _span(n: int, unit: str) -> str:
    unit = unit.lower()
    if unit in ("session", "trading day"):
        return f"sessions:{n}"
    if unit == "year":
        return "year" if n == 1 else f"years:{n}"
    days = n * _DAYS[unit]
    return {1: "day", 7: "week", 30: "month"}.get(days) or f"days:{days}"


def period_subjects(sentence: str) -> list[tuple[int, str]]:
    """``(position, code)`` of the period subjects and the unbroken or bounded spans of
    ``sentence`` (module doc).
    """
    out: list[tuple[int, str]] = []
    for m in _SUBJECT.finditer(sentence):
        if not _OPENS.search(sentence[: m.start()]):
            continue
        if m.group("month"):
            year = f":{m.group('my')}" if m.group("my") else ""
            out.append((m.start(), f"inmonth:{m.group('month')}{year}"))
        else:
            out.append((m.start(), f"cal:{m.group('year')}"))
    for m in _UNBROKEN.finditer(sentence):
        out.append((m.start(), _span(_count(m.group("n")), m.group("unit"))))
    exact = _EXACT.search(sentence)
    for m in _BOUNDED.finditer(sentence):
        before = sentence[max(0, m.start() - 60) : m.start()]
        if exact is None and _AFTER_FIGURE.search(before) and not _RANKED.search(before):
            out.append((m.start(), _span(_count(m.group("n")), m.group("unit"))))
    return out
