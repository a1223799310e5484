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
  than a month"). Away from a figure it times something else ("hiked margins for a second
  time in less than a week").

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

from leadwatch.claims.vocabulary import IN_A_ROW_RE, MONTH_NAME_RE, YEAR_RE

__all__ = ["period_subjects"]

_FIGURE = r"[-+\u2212]?\d[\d,.]*\s*(?:%|percent\b|per cent\b)"
_STATE = r"(?:(?:is|was|has been|had been|are)\s+)?(?:(?:currently|now|so far|still|already)\s+)*"
_SUBJECT = re.compile(
    rf"(?P<period>(?P<month>{MONTH_NAME_RE})(?: (?P<my>{YEAR_RE}))?|(?P<year>{YEAR_RE}))"
    # "March is trading at -8.4%", "June is down 3%", "2024 finished up 27%"
    rf" {_STATE}(?:(?:(?:trading|sitting|running|tracking|standing)\s+(?:at\s+)?)"
    r"|(?:(?:closed|ended|finished|wrapped up|is|was)\s+)?(?:(?:up|down|higher|lower)\s+)"
    r"(?:by\s+)?(?:(?:about|around|nearly|almost|roughly|some|over|more than)\s+)?)"
    rf"(?={_FIGURE})"
)
# what may stand before the period for it to open its clause
_OPENS = re.compile(r"(?:^|[,;:(\u2014]|\b(?:and|but|while|whereas|so far,?))\s*$", re.I)
_NUMBERS = dict(one=1, two=2, three=3, four=4, five=5, six=6, seven=7, eight=8, nine=9, ten=10)
_COUNT = r"(?P<n>\d+|one|two|three|four|five|six|seven|eight|nine|ten)"
_UNIT = r"(?P<unit>day|week|month|session|trading day)s"
_UNBROKEN = re.compile(
    rf"\b(?:for|over|in|during|across) the (?:past|last|previous) {_COUNT} "
    rf"(?:{IN_A_ROW_RE} )+{_UNIT}\b",
    re.IGNORECASE,
)
_EXACT = re.compile(rf"\b(?:past|last|previous) {_COUNT} (?:{IN_A_ROW_RE} )*{_UNIT}\b", re.I)
_BOUNDED = re.compile(
    r"\b(?:in|within) (?:just |only )?(?:less than|under|fewer than) "
    r"(?P<n>a|one|\d+|two|three|four|five|six|seven|eight|nine|ten) "
    r"(?P<unit>day|week|month|year)s?(?:['\u2019]s? time)?\b",
    re.IGNORECASE,
)
_RANKED = re.compile(
    r"\b(?:worst|best|biggest|largest|steepest|sharpest|strongest|weakest|highest|lowest"
    r"|first|fastest|quickest)\b[^,;%]*$",
    re.IGNORECASE,
)
# a bounded span right after the figure it times ("18% in less than a month"), not a count's
# ("hiked margins for a second time in less than a week")
_AFTER_FIGURE = re.compile(r"\d\s*(?:%|percent|per cent)(?:\s+[\w'\u2019]+){0,2}\s*$", re.I)
_DAYS = {"day": 1, "week": 7, "month": 30, "session": 1, "trading day": 1}


def _count(word: str) -> int:
    w = word.lower()
    return 1 if w in ("a", "one") else _NUMBERS[w] if w in _NUMBERS else int(w)


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

    Parameters
    ----------
    sentence : str
        The sentence.

    Returns
    -------
    list of (int, str)
        Each window phrase's start and its window code.
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
