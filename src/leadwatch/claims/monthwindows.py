"""Windows named by a calendar month or by "the month" and "from ... to now" spans (pure).

"January saw losses of 10%", "ended the month with a 15% decline", "finished February
down 4%", "February's 8% slide": the calendar month (``inmonth:NAME``, ``inmonth:`` for
"the month": the month just ended when the article opens a new one, else the current one);
"from Jan. 1 to now", "from the start of the year until today": a ``since`` window;
"up 17% to start the new year", "since the turn of the year": ``ytd``;
"a 3-session advance": ``sessions:3`` (trading sessions, not calendar days).

Examples
--------
>>> said = ("January saw losses of just over 10%", "it ended the month with a 15% decline",
...     "gold is up 9% from Jan. 1 to now")
>>> [[w for _, w in month_windows(s)] for s in said]
[['inmonth:January'], ['inmonth:'], ['since:Jan. 1']]
>>> for day in ("2026-03-01", "2026-03-20"):  # "the month": just ended, or the current one
...     start, end, name = resolve_month_span("inmonth:", pd.Timestamp(day))
...     print(start.date(), end.date(), name)
2026-01-31 2026-02-28 February 2026
2026-02-28 2026-03-20 March 2026
"""

from __future__ import annotations

import re

import pandas as pd

from leadwatch.claims.periodsubjects import period_subjects
from leadwatch.claims.reportmonths import report_windows
from leadwatch.claims.vocabulary import MONTH_NAME_RE, MONTH_RE, YEAR_RE, month_number

__all__ = ["month_windows", "part_of_month", "resolve_month_span", "sessions_start"]

_NOUN = (
    r"(?:gains?|loss(?:es)?|declines?|drops?|rises?|returns?|slide|rally|advance|decline"
    r"|increase|fall|surge|slump|rout|sell-?off|rebound|jump|plunge|performance)"
)
# past tense only: "to end the month" (after "by June 5") is a later move of its own
_END = r"(?:end|finish|clos|wrapp)ed(?: up| out)?"
_FORMS = re.compile(
    # "January saw losses", "February brought a 20% drop", "February's 8% slide"
    rf"\b(?P<saw>{MONTH_NAME_RE})(?: (?P<sy>{YEAR_RE}))?"
    r"(?= (?:saw|brought|delivered|produced|recorded)\b|['\u2019]s (?:[-+\d.,%\s]+|\w+ ){0,3}"
    rf"{_NOUN}\b)"
    # "ended the month with", "finished February down 4%", "closed out January 12% lower"
    rf"|\b{_END} (?:the month\b(?! (?:of|before|after|earlier))|(?P<end>{MONTH_NAME_RE})"
    rf"(?: (?P<ey>{YEAR_RE}))?\b(?! \d))"
    # "over the month of January", "for the month of March"
    rf"|\b(?:over|for|during|in) the month of (?P<of>{MONTH_NAME_RE})(?: (?P<oy>{YEAR_RE}))?\b"
    # "from Jan. 1 to now", "from the start of the year until today"
    rf"|\bfrom (?P<from>(?:{MONTH_RE})\.? \d{{1,2}}(?:st|nd|rd|th)?|the (?:start|beginning) of "
    r"(?:the|this) year) (?:to|until|till|through) (?:now|today|date|the present)\b"
    # "rocketed 17% to start the new year", "since the turn of the year", "as the year began"
    r"|\b(?P<ytd>to (?:start|begin|kick off|open) (?:the|this) (?:new )?year|so far in the new year"
    r"|since the (?:turn of the|new) year|since the year (?:began|started|opened)"
    r"|in the (?:first|opening) (?:weeks|days) of (?:the|this) (?:new )?year)\b"
    # "a 3-session advance", "a three-session slide" (a "14-session streak" stays as it was)
    rf"|\b(?P<sn>\d+|two|three|four|five|six|seven|eight|nine|ten)[- ]session(?=[- ]{_NOUN}\b)",
    re.IGNORECASE,
)
_WORDS = ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")


def month_windows(sentence: str) -> list[tuple[int, str]]:
    """``(position, code)`` of the month, "to now" and N-session windows of ``sentence`` (and
    the M/M, YTD, Y/Y tags of a line reviewing a month)."""
    out = []
    for m in _FORMS.finditer(sentence):
        if m.group("ytd"):
            code = "ytd"
        elif m.group("from"):
            start = m.group("from")
            code = "ytd" if start.lower().startswith("the ") else f"since:{start}"
        elif m.group("sn"):
            n = m.group("sn").lower()
            code = f"sessions:{_WORDS.index(n) + 2 if n in _WORDS else int(n)}"
        else:
            name = m.group("saw") or m.group("end") or m.group("of") or ""
            year = m.group("sy") or m.group("ey") or m.group("oy")
            code = f"inmonth:{name.capitalize()}" + (f":{year}" if year else "")
        out.append((m.start(), code))
    out += period_subjects(sentence)  # "March is trading at -8%", "in under two weeks"
    return out + report_windows(sentence)  # "April close ..., +2.3% M/M, -1.8% YTD"


def resolve_month_span(
    code: str, day: pd.Timestamp
) -> tuple[pd.Timestamp, pd.Timestamp, str] | None:
    """First and last close of the month named by ``inmonth:NAME[:YEAR]`` (the last such
    month by ``day``) or ``inmonth:`` ("the month": the one just ended in a month's first
    week, else the current one to ``day``); ``None`` for another code or a future month."""
    if not code.startswith("inmonth:"):
        return None
    parts = code.split(":")
    if parts[1]:
        month = month_number(parts[1])
        year = int(parts[2]) if len(parts) > 2 else day.year - (month > day.month)
    else:
        back = day.day <= 7
        month = (day.month - 2) % 12 + 1 if back else day.month
        year = day.year - (back and day.month == 1)
    first = pd.Timestamp(year=year, month=month, day=1)
    if first > day:
        return None
    end = min(day, pd.Timestamp(first + pd.offsets.MonthEnd(0)))
    return first - pd.Timedelta(days=1), end, f"{first:%B %Y}"


def sessions_start(n: int, day: pd.Timestamp) -> pd.Timestamp:
    """The close before the last ``n`` trading sessions to ``day`` (US exchange holidays
    skipped: "a 3-session advance" to Tuesday 26 May 2026, after Memorial Day, runs from
    the close of Wednesday 20 May).

    Examples
    --------
    >>> sessions_start(3, pd.Timestamp("2026-05-26")).date()
    datetime.date(2026, 5, 20)
    >>> sessions_start(2, pd.Timestamp("2026-05-14")).date()
    datetime.date(2026, 5, 12)
    """
    from pandas.tseries import holiday as hol

    rules = [
        hol.Holiday("New Year", month=1, day=1, observance=hol.nearest_workday),
        hol.USMartinLutherKingJr,
        hol.USPresidentsDay,
        hol.GoodFriday,
        hol.USMemorialDay,
        hol.Holiday("Juneteenth", month=6, day=19, observance=hol.nearest_workday),
        hol.Holiday("Independence Day", month=7, day=4, observance=hol.nearest_workday),
        hol.USLaborDay,
        hol.USThanksgivingDay,
        hol.Holiday("Christmas", month=12, day=25, observance=hol.nearest_workday),
    ]
    calendar = hol.AbstractHolidayCalendar(rules=rules)
    return pd.Timestamp(day - pd.offsets.CustomBusinessDay(n, calendar=calendar))


def part_of_month(start: pd.Timestamp, part: re.Match[str] | None) -> pd.Timestamp:
    """ "mid-December": the 15th; "late May": the 21st; "the end of November": its last day
    (from the close before it); "early March" or a bare month: the 1st."""
    word = (part.group(1) or part.group(2)).lower() if part else ""
    if word == "end":
        return pd.Timestamp(start + pd.offsets.MonthEnd(0))
    return start.replace(day={"mid": 15, "late": 21}.get(word, start.day))
