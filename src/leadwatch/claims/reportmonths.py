"""Windows of a monthly report's tagged changes ("April close 5,210.4, +2.3% M/M, -1.8% YTD").

A report that reviews a month tags its changes "M/M", "YTD" and "Y/Y" (or "month over
month", "year to date", "year over year"); the line names the month reviewed ("the April
close", "the April 2025 review"; "for April" or "in April" only beside the printed tags:
"Gold was up in April and is up 14% year to date" is up 14% to now). Such changes run
to the end of that month, not to the day the report came out: :func:`report_windows`
gives each tag the window

- ``inmonth:<Month>[:YEAR]`` (month over month: the month reviewed),
- ``ytd:to:<Month>[:YEAR]`` (the year to the end of the month),
- ``yoyto:<Month>[:YEAR]`` (the twelve months to the end of the month),

and :func:`resolve_yoy` reads the last code. A month named as a record month ("made
May 2025 the best month for copper, with gains of 9%") is the window of the line's figures
too. A line that names no month reviewed (or a
month with a day, "since April 3") gets none: its tags keep the usual windows.

Examples
--------
>>> report_windows("Dow Jones: April close 41,300, +2.3% M/M, -1.8% YTD, +9.0% Y/Y")
[(37, 'inmonth:April'), (48, 'ytd:to:April'), (59, 'yoyto:April')]
>>> report_windows("Gold rose 2% M/M and is up 9% YTD.")
[]
>>> report_windows("That made May 2025 the best month for copper, with gains of 9%.")
[(10, 'inmonth:May:2025')]
>>> resolve_yoy("yoyto:April", pd.Timestamp("2025-05-06"))[1].date()
datetime.date(2025, 4, 30)
"""

from __future__ import annotations

import re

import pandas as pd

from leadwatch.claims.vocabulary import MONTH_NAME_RE, month_number, words_re

__all__ = ["report_windows", "resolve_yoy"]

# the tags as a report prints them ("+2.3% M/M"): month over month, year over year, year to
# date; a change's tag is also spelled out ("month-on-month", "is up 14% year to date")
_MM_SHORT, _YY_SHORT, _YTD_SHORT = ("M/M", "MoM", "m/m"), ("Y/Y", "YoY", "y/y"), "YTD"
_SHORT = re.compile("|".join((*_MM_SHORT, *_YY_SHORT, _YTD_SHORT)))
_MM = words_re((*_MM_SHORT, "month[- ](?:over|on)[- ]month"))
_YY = words_re((*_YY_SHORT, "year[- ](?:over|on)[- ]year"))
_YTD = words_re((_YTD_SHORT, "year[- ]to[- ]date"))
_TAG = re.compile(rf"(?<![\w/])(?:(?P<mm>{_MM})|(?P<yy>{_YY})|(?P<ytd>{_YTD}))(?![\w/])")
# the month reviewed: "April close", "the April average", "for April", "in April 2025"
_REVIEWED = re.compile(
    rf"(?:\b(?i:for|in|during|over|end of|end-)\s(?P<a>{MONTH_NAME_RE})(?:\s(?P<ay>20\d\d))?"
    r"(?![\s-]\d)"
    rf"|\b(?P<b>{MONTH_NAME_RE})(?:\s(?P<by>20\d\d))?\s(?:close|closing level|month-end"
    r"|average|performance|returns?|review|recap)\b)"
)

# a month named as a record month: "made May 2025 the best month for gold since 2016, with
# gains of 9%", "March was silver's strongest month in years": its figures are the month's
_RECORD_MONTH = re.compile(
    rf"\b(?P<m>{MONTH_NAME_RE})(?: (?P<y>20\d\d))? (?:(?:was|is|became|has been|marked|ranks?"
    r"|ranked|stands?|stood) (?:as )?)?(?:the |its |their |[\w-]+['\u2019]s )?(?:single )?"
    r"(?:best|worst|strongest|weakest|biggest|most (?:successful|profitable|lucrative))"
    r"(?: single)? month\b"
)


def report_windows(sentence: str) -> list[tuple[int, str]]:
    """``(position, code)`` of each M/M, YTD or Y/Y tag of a line that names the month it
    reviews (none where the line names no such month, or two different ones), and of a
    month named as a record month (``inmonth:<Month>[:YEAR]`` at the month)."""
    tags = list(_TAG.finditer(sentence))
    if not tags:
        return [
            (m.start(), f"inmonth:{m['m']}" + (f":{m['y']}" if m["y"] else ""))
            for m in _RECORD_MONTH.finditer(sentence)
        ]
    short = any(_SHORT.fullmatch(t.group(0)) for t in tags)  # "in April" serves those only
    months = {
        (m.group("a") or m.group("b"), m.group("ay") or m.group("by") or "")
        for m in _REVIEWED.finditer(sentence)
        if short or m.group("b")
    }
    if len(months) != 1:
        return []
    ((name, year),) = months
    suffix = f"{name}:{year}" if year else name
    out = []
    for t in tags:
        kind = "inmonth" if t.group("mm") else "yoyto" if t.group("yy") else "ytd:to"
        out.append((t.start(), f"{kind}:{suffix}"))
    return out


def resolve_yoy(code: str, day: pd.Timestamp) -> tuple[pd.Timestamp, pd.Timestamp, str] | None:
    """The twelve months to the end of the month ``yoyto:<Month>[:YEAR]`` names (the last
    such month by ``day``); ``None`` for another code or a month not begun by ``day``."""
    if not code.startswith("yoyto:"):
        return None
    parts = code.split(":")
    month = month_number(parts[1])
    year = int(parts[2]) if len(parts) > 2 and parts[2] else day.year - (month > day.month)
    first = pd.Timestamp(year=year, month=month, day=1)
    if first > day:
        return None
    end = min(day, pd.Timestamp(first + pd.offsets.MonthEnd(0)))
    start = pd.Timestamp(end - pd.DateOffset(years=1))
    return start, end, f"the 12 months to the end of {first:%B %Y}"
