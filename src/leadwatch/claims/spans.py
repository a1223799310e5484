"""Windows that are spans with an end of their own, not periods to the article date (pure).

"between April 3 and April 4", "in the first quarter", "the week before" (``before:week``):
:func:`resolve_span` gives their first and last days for an article date; the windows that
run to the date are resolved by :func:`leadwatch.claims.windows.resolve_window`.

Examples
--------
>>> import pandas as pd
>>> start, end, label = resolve_span("before:week", pd.Timestamp("2025-10-17"))
>>> str(start.date()), str(end.date())
('2025-10-03', '2025-10-10')
"""

from __future__ import annotations

import pandas as pd

from leadwatch.claims.eventwindows import after_span, upto_span
from leadwatch.claims.monthwindows import resolve_month_span
from leadwatch.claims.reportmonths import resolve_yoy
from leadwatch.claims.vocabulary import month_number
from leadwatch.claims.weekof import resolve_week
from leadwatch.claims.weekparts import resolve_week_part
from leadwatch.claims.windowlinks import resolve_from

__all__ = ["resolve_span"]


def resolve_span(code: str, day: pd.Timestamp) -> tuple[pd.Timestamp, pd.Timestamp, str] | None:
    """ "calspan:2021:2022": the close before 2021 to the end of 2022 (or ``day``);
    "between:April 3:April 4": from the close before the first day to the close of the
    last (each the last such date by ``day``); "part:Q1", "part:H2": that quarter or half
    of the latest year in which it has begun by ``day``; "before:week", "before:month": the
    week (month) before the one to ``day``; "calweek:last", "calmonth:last", ...: the
    calendar period before the article's (:func:`last_period`), "calweek:prior" the week
    before that; "calmonth:now": the month
    to date (in a month's first two days, the month just ended); ``None`` for another code."""
    if code.startswith("calspan:"):  # "in 2021-2022": the close before 2021 to the end of 2022
        first, last = (int(y) for y in code.split(":")[1:])
        end = min(day, pd.Timestamp(year=last, month=12, day=31))
        return pd.Timestamp(year=first - 1, month=12, day=31), end, f"{first}-{last}"
    if code.startswith("after:"):  # "in the 90 days after the 2016 election"
        return after_span(code, day)
    if code.startswith("upto:"):  # "in the two months leading up to a vote"
        return upto_span(code, day)
    if code.startswith("fromday:"):  # "hit a low on 3 June and has firmed since"
        return resolve_from(code, day)
    if code.startswith("wkdays:"):  # "over the first three days of this week"
        return resolve_week_part(code, day)
    if code.startswith("weekof:"):  # "in the week of September 2"
        return resolve_week(code, day)
    if code.startswith("yoyto:"):  # "+9.0% Y/Y" in a review of April: to the end of April
        return resolve_yoy(code, day)
    if code.startswith("inmonth:"):  # "January saw losses", "ended the month"
        return resolve_month_span(code, day)
    if code.startswith("part:"):  # "part:Q1", "part:H2:2026"
        months = 3 if code[5] == "Q" else 6
        first = (int(code[6]) - 1) * months + 1
        year = day.year if first <= day.month else day.year - 1
        year = int(code.split(":")[2]) if code.count(":") == 2 else year
        begin = pd.Timestamp(year=year, month=first, day=1)
        if begin > day:
            return None  # "in the second half of 2026", said in January: not a past window
        end = min(day, pd.Timestamp(begin + pd.DateOffset(months=months) - pd.Timedelta(days=1)))
        return begin - pd.Timedelta(days=1), end, f"{code[5:7]} {year}"
    if code == "calmonth:now":  # "up 6% for the month": the month to date; read in the first
        if day.day <= 2:  # two days of the next one, the month just ended
            return last_period("month", day)
        begin = pd.Timestamp(year=day.year, month=day.month, day=1)
        return begin - pd.Timedelta(days=1), day, f"{day:%B %Y} to date"
    if code.startswith("cal") and code.endswith(":last"):  # "last month": the one before
        return last_period(code[3:-5], day)
    if code == "calweek:prior":  # "the week before" last week: the calendar week before it
        start, end, _ = last_period("week", pd.Timestamp(day - pd.Timedelta(days=7)))
        return start, end, f"the calendar week to {end.date()}"
    if code in ("before:week", "before:month"):  # the period before the one to ``day``
        back = pd.DateOffset(days=7) if code == "before:week" else pd.DateOffset(months=1)
        end = pd.Timestamp(day - back)
        return pd.Timestamp(end - back), end, f"the {code[7:]} before, to {end.date()}"
    if not code.startswith("between:"):
        return None
    (lo, hi) = [(month_number(p.split()[0]), int(p.split()[1])) for p in code.split(":")[1:]]
    year = day.year if lo <= (day.month, day.day) else day.year - 1  # the last such day
    begin = pd.Timestamp(year=year, month=lo[0], day=lo[1])
    # the end in the same run of days, but no later than the article ("the first week of
    # March" said on March 5: to March 5)
    end = pd.Timestamp(year=year + (hi < lo), month=hi[0], day=hi[1])
    end = min(end, day.normalize())
    return begin - pd.Timedelta(days=1), end, f"{begin.date()} to {end.date()}"


def last_period(unit: str, day: pd.Timestamp) -> tuple[pd.Timestamp, pd.Timestamp, str]:
    """The calendar ``unit`` (week, month, quarter, year) before the one of ``day``: from
    the close before it to its last day (a week: to its Sunday, the Friday close of a
    weekday series; at the weekend, the week just ended).

    >>> start, end, label = last_period("quarter", pd.Timestamp("2025-10-15"))
    >>> start.date(), end.date(), label
    (datetime.date(2025, 6, 30), datetime.date(2025, 9, 30), 'Q3 2025')
    """
    day = day.normalize()
    if unit == "week":
        sunday = pd.Timestamp(day - pd.Timedelta(days=day.weekday() + 1))
        if day.weekday() >= 5:
            return sunday, day, "the week just ended"
        return sunday - pd.Timedelta(days=7), sunday, f"the calendar week to {sunday.date()}"
    months = {"month": 1, "quarter": 3, "year": 12}[unit]
    begin = pd.Timestamp(year=day.year, month=(day.month - 1) // months * months + 1, day=1)
    end = begin - pd.Timedelta(days=1)
    start = pd.Timestamp(begin - pd.DateOffset(months=months)) - pd.Timedelta(days=1)
    label = {"month": f"{end:%B %Y}", "quarter": f"Q{(end.month - 1) // 3 + 1} {end.year}"}
    return start, end, label.get(unit, str(end.year))
