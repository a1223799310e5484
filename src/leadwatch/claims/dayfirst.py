"""The day of a past event written day first or as a fixed-date holiday (pure).

"On 5 March alone", "as of 17 November", "On 11-12 March" (a span of days: its last day,
when the stated prices stood), "By 28 February it had slipped", "for 6 March", "By
Halloween", "on Christmas Eve": the day a claim of that sentence is graded on, not the
article's day.
Only holidays on a fixed calendar day are read here (a floating one, Thanksgiving, needs
its year: :mod:`leadwatch.claims.pastlevel`).

Examples
--------
>>> import re
>>> m = re.search(DAY_FIRST_RE, "On 11\\u201312 March, silver traded near $32")
>>> m.group("oday"), m.group("omonth")
('12', 'March')
>>> holiday_day("Christmas Eve"), holiday_day("New Year\\u2019s Day")
((12, 24), (1, 1))
"""

from __future__ import annotations

from leadwatch.claims.vocabulary import MONTH_ABBR_RE, MONTH_RE, YEAR_RE

__all__ = ["DAY_FIRST_RE", "dated_window", "holiday_day"]

#: Holidays on a fixed day of the year, ``(month, day)``, by their lower-case name.
_FIXED = {
    "halloween": (10, 31),
    "christmas eve": (12, 24),
    "christmas day": (12, 25),
    "christmas": (12, 25),
    "new year's eve": (12, 31),
    "new year's day": (1, 1),
    "valentine's day": (2, 14),
}
_HOLIDAY_RE = (
    r"Halloween|Christmas(?: Eve| Day)?|New Year['\u2019]s (?:Eve|Day)|Valentine['\u2019]s Day"
)
# "on 26th December 2025", "On 5 March alone", "as of 3rd March", "By 28 February" (a
# fronted "By": the state reached by then; a lower-case "by" may be a deadline ahead), "On
# 11-12 March": the span's last day; "on Christmas Eve", "By Halloween".
DAY_FIRST_RE = (
    r"\b(?:[Oo]n|By|for|[Aa]s of) (?:the )?(?:[0-3]?\d(?:st|nd|rd|th)?\s?[-\u2013]\s?)?"
    r"(?P<oday>[0-3]?\d)(?:st|nd|rd|th)? (?:of )?"
    rf"(?P<omonth>{MONTH_RE}|{MONTH_ABBR_RE})\b(?:,? {YEAR_RE}\b)?"
    rf"|\b(?:[Oo]n|By|through) (?P<hol>{_HOLIDAY_RE})\b"  # "a run through Christmas Eve": its end
)


def holiday_day(name: str) -> tuple[int, int]:
    """``(month, day)`` of the fixed-date holiday ``name`` (as :data:`DAY_FIRST_RE` reads it)."""
    return _FIXED[name.lower().replace("\u2019", "'")]


def dated_window(when: tuple[str, object] | None, head: str) -> bool:
    """Does a rolling window (``head`` of its code: ``month``, ``days`` ...) end on the day its
    sentence names ("By 31 October it was down 4% monthly": the month to 31 October)?"""
    rolling = head in ("week", "month", "months", "year", "days", "sessions")
    return rolling and when is not None and when[0] == "date"
