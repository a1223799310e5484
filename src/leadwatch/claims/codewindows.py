"""Windows written as codes: table columns ("1M -21.6%", "+9.8% (3M)") and year spans.

Dashboards, fund sheets and ticker lines write a move's window as a column code: ``1D``,
``1W``/``5D``, ``1M``, ``3M``, ``6M``, ``1Y``/``12M``, ``2Y``, ``MTD``, ``YTD``. A code is read
only right next to a signed or bare percentage (before it, optionally with "change" or
"return" and a colon, or after it in parentheses), so "3M Co." or "$3M" is no window.

A span of years ("in 2021-2022", "from 2019 to 2021", "between 2020 and 2022", "over
2018-19") is ``calspan:FIRST:LAST``: from the close before the first year to the end of the
last (or the article date), not the first calendar year alone. A point a year back
("compared with this time last year", "from the same point a year earlier") is ``year``.

Examples
--------
>>> code_windows("BTC $60.4K 1M -21.6%")
[(11, 'month')]
>>> code_windows("Gold: +2.1% (1W), +9.8% (3M)")
[(13, 'week'), (25, 'months')]
>>> code_windows("3M shares rose 2%")
[]
>>> code_windows("Bitcoin fell 78% in 2021-2022 and gained 40% from 2019 to 2021")
[(17, 'calspan:2021:2022'), (45, 'calspan:2019:2021')]
"""

from __future__ import annotations

import re

from leadwatch.claims.dashranges import dash_ranges, month_weeks
from leadwatch.claims.vocabulary import SPAN_DAYS, YEAR_RE

__all__ = ["code_windows", "year_meant"]

_CODE = r"(?P<code>(?P<n>\d{1,2})(?P<u>[DWMY])|MTD|YTD)"
_PCT = r"[+\-\u2212\u2013]?\s?\d+(?:\.\d+)?\s?%"
_BEFORE = re.compile(
    rf"(?<![\w$.,]){_CODE}(?: (?:change|return|perf\.?|performance))?\)?:?\s*(?={_PCT})"
)
_AFTER = re.compile(rf"(?<=\d%)\s?[(\[]{_CODE}[)\]]")
#: Days in a code's unit ("D", "W", "M", "Y").
_UNITS = {unit[0].upper(): days for unit, days in SPAN_DAYS.items()}
_YEAR_BACK = re.compile(
    r"\b(?:(?:compared (?:with|to)|from|versus|vs\.?|against|than|over|on) )?"
    r"(?:this|the same|that) (?:time|point|period|stage|date) (?:last year|a year (?:ago|earlier))",
    re.IGNORECASE,
)
_YEARS = re.compile(
    rf"\b(?:in|over|during|across|between|from|for) (?:the (?:years? )?)?(?P<y1>{YEAR_RE})"
    r"\s?(?:[-\u2013/]|to|through|and)\s?(?P<y2>(?:19|20)?\d\d)\b(?![-/.]\d|,? \d{4})",
    re.IGNORECASE,
)


def _code(code: str, n: str | None, unit: str | None) -> str:
    if code in ("MTD", "YTD"):
        return code.lower()
    days = int(n or 0) * _UNITS[unit or "D"]
    if unit == "Y" and int(n or 0) > 1:
        return f"years:{n}"
    named = {1: "day", 5: "week", 7: "week", 30: "month", 90: "months", 360: "year", 365: "year"}
    return named.get(days) or f"days:{days}"


def code_windows(sentence: str) -> list[tuple[int, str]]:
    """``(position, code)`` of the table window codes of ``sentence`` (module doc)."""
    found = [*_BEFORE.finditer(sentence), *_AFTER.finditer(sentence)]
    out = [(m.start("code"), _code(m.group("code"), m.group("n"), m.group("u"))) for m in found]
    out += [(m.start(), "year") for m in _YEAR_BACK.finditer(sentence)]
    for m in _YEARS.finditer(sentence):
        first, last = int(m.group("y1")), int(m.group("y2"))
        last += 0 if last >= 100 else first // 100 * 100  # "2018-19"
        if first < last <= first + 30:
            out.append((m.start(), f"calspan:{first}:{last}"))
    return sorted(out + dash_ranges(sentence) + month_weeks(sentence))  # dashranges.py


def year_meant(sentence: str, start: int, phrase: str, code: str) -> str:
    """``code``, or ``cal:YEAR`` when ``code`` is a year to date told as "the year" ("for
    the year", "over the course of the year") after ``YEAR`` is named earlier in the
    sentence: "rallied in 2025, up 65% for the year" is 2025's move, not this year's.

    >>> year_meant("Gold rallied in 2025, up 65% for the year.", 29, "for the year", "ytd")
    'cal:2025'
    >>> year_meant("Gold is up 15% for the year.", 16, "for the year", "ytd")
    'ytd'
    >>> year_meant("In 2025 gold rose; it is up 5% this year.", 31, "this year", "ytd")
    'ytd'
    """
    if code != "ytd" or not re.search(r"\bthe year\b", phrase, re.IGNORECASE):
        return code  # every window phrase passes here: the sentence is searched only for these
    named = re.findall(rf"(?<!since )(?<!from )\b({YEAR_RE})\b(?![-\u2013/]\d)", sentence[:start])
    return f"cal:{named[-1]}" if named else code
