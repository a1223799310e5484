"""Stated windows of moves ("year to date", "over the past month", "since March 2025").

:func:`find_windows` lists a sentence's window phrases and positions; :func:`window_near` picks
the one a number owns (same clause first); :func:`resolve_window` dates a window code once the
article date is known (``since ...`` through dateparser, the article date as its base).

Codes: ``day``, ``week``, ``month``, ``months`` (about three), ``year``, ``ytd``, ``years:N``,
``cal:YYYY`` (a calendar year), ``since:WORDS``, ``peak`` (from a high), ``low`` (a low).

Examples
--------
>>> [w for _, w in find_windows("Gold is up 25% year to date and 3% this week")]
['ytd', 'week']
>>> resolve_window("ytd", pd.Timestamp("2025-06-05"))[0].date()
datetime.date(2024, 12, 31)
>>> resolve_window("since:early March", pd.Timestamp("2025-06-05"))[0].date()  # the day before
datetime.date(2025, 2, 28)
>>> [w for _, w in find_windows("The index ended 2025 with a 16% gain")]
['cal:2025']
"""

from __future__ import annotations

import re

import pandas as pd

from leadwatch.claims.backwindows import back_windows, relative_year
from leadwatch.claims.borrowedwindows import borrowed_window
from leadwatch.claims.clausewindows import TRAIL, inside_aside, other_clauses
from leadwatch.claims.codewindows import code_windows, year_meant
from leadwatch.claims.daycounts import count_windows
from leadwatch.claims.eventwindows import named_since, named_windows, since_days
from leadwatch.claims.monthwindows import month_windows, part_of_month, sessions_start
from leadwatch.claims.pacewindows import with_pace
from leadwatch.claims.parenwindows import figure_paren, paren_change, paren_window
from leadwatch.claims.seasonwindows import SEASON_SINCE_RE, season_since
from leadwatch.claims.sincewords import BEGAN_ON_RE, since_words
from leadwatch.claims.spans import resolve_span
from leadwatch.claims.stretches import stretch_windows
from leadwatch.claims.text import aside_spans, since_day
from leadwatch.claims.vocabulary import MONTH_RE, WEEKDAYS, YEAR_RE, month_number

__all__ = ["find_windows", "resolve_span", "resolve_window", "since_period", "window_near"]

_NUM = dict(one=1, two=2, three=3, four=4, five=5, six=6, seven=7, ten=10, fourteen=14)
_NUM |= dict(thirty=30, ninety=90)
_PAST = r"(?:the |a (?:single )?)?(?:past |last |previous )?"
_SPAN_NOUN = (
    r"(?:gains?|loss(?:es)?|declines?|drops?|rises?|returns?|performance|change|slide|rally"
    r"|advance|increase|decrease|fall|surge|slump|rout|sell-?off|rebound|run|streak|moves?)"
)
_WINDOW_RE = re.compile(
    r"\b(?P<nday>(?P<dn>\d+|one|two|three|four|five|six|seven|ten|fourteen|thirty|ninety)[- ]"
    rf"(?P<du>day|week|month|year|session)s?)(?=[- ](?:losing |winning )?{_SPAN_NOUN}\b)"
    r"|\b(?P<sessions>(?:for|over|in|across) (?:the )?(?:past |last |just )?(?P<sn>\d+|two|three"
    r"|four|five|six|seven|ten) (?:straight |consecutive |trading )*(?:sessions|trading days))\b"
    r"|\b(?P<ytd>year[- ]to[- ]date|YTD|so far (?:this|in the) year|this (?:calendar )?year"
    r"|y-t-d|y\.t\.d|so far in 20\d\d|(?:in|for) 20\d\d (?:so far|to date)"
    r"|(?:in|for) the current (?:calendar )?year|(?:for|on) the year"
    r"|(?:over|in|during) the course of (?:the|this) year|through(?:out)? the year(?![- ]end)"
    r"|since the (?:start|beginning) of (?:the|this) year)\b"
    r"|\b(?P<nspan>(?:over|in|during|for|across|within) (?:(?:the )?(?:past|last|previous)"
    r"|(?:those|these)(?: same)?|the same) "
    r"(?P<pn>\d+|two|three|four|five|six|seven|ten) (?P<pu>day|week|month|session)s)\b"
    r"|(?P<ago>(?:(?<=than )|(?<=from )|(?<=versus )|(?<=vs\. )|(?<=compared to )"
    r"|(?<=compared with ))(?:a|one|\d+|two|three|four|five|six|seven|ten)"
    r" (?P<au>day|week|month|year)s? (?:ago|earlier|before)"
    r"|^\W*(?:a|one|\d+|two|three|four|five|six|seven|ten)"
    r" (?P<au2>day|week|month|year)s? ago(?=\s*:))\b"
    rf"|\b(?P<years>(?:over|in|during) {_PAST}(?P<n>\d+|two|three|four|five|six|seven|ten) years"
    r"|(?P<n2>\d+|two|three|four|five|six|seven|ten)[- ]year (?:horizon|period|span|stretch))\b"
    rf"|\b(?P<year>(?:(?:over|in|during|within) {_PAST}|for (?:the )?(?:past|last|previous) "
    r"|(?:the|this) past )(?:year|12 months|twelve months)"
    r"|year[- ](?:on|over)[- ]year|from a year (?:ago|earlier)|annual(?:ly)?|yearly)\b"
    r"|\b(?P<mtd>(?:so far )?this month|month[- ]to[- ]date|MTD|so far in the month"
    r"|(?P<cmonth>(?:on|for) the month(?! (?:of|before|ago|earlier|prior)\b))"
    r"|since the (?:start|beginning) of (?:the|this) month)\b"
    r"|\b(?P<part>(?:(?:in|during|over|for|closed|ended|finished) the (?P<pq>first|second|third"
    r"|fourth) (?:quarter|three months)|in Q(?P<pqd>[1-4])|in H(?P<phd>[12])|(?:in|during|over"
    r"|for|closed|ended|finished) the (?P<ph>first|second) (?:half|six months))(?: of (?:the year"
    r"|this year|(?P<py>20\d\d))| (?P<py2>20\d\d))?)\b"
    rf"|\b(?P<month>(?:(?:over|in|during|within) {_PAST}|for (?:the )?(?:past|last|previous) "
    r"|(?:the|this) past )(?:month|30 days|four weeks)"
    r"|month[- ](?:on|over)[- ]month|from a month (?:ago|earlier)|over a month"
    r"|monthly)\b"
    r"|\b(?P<before>(?P<bl>last|the past|the previous|the prior) (?P<bu>week|month)['\u2019]s)"
    r"|\b(?P<lastyear>last year['\u2019]s)(?= [\w\s-]{0,20}?\d)"
    rf"|\b(?P<week>this week|last week|on the week|week[- ]to[- ]date|WTD"
    rf"|(?:(?:over|in|during|within) {_PAST}|for (?:the )?(?:past|last|previous) |th(?:e|is) past )"
    r"(?:week|seven days|7 days|five sessions)|for the week|week[- ](?:on|over)[- ]week|weekly"
    r"|(?:settl|end|clos|finish)(?:ed|es|ing|s)? the (?:[\w-]+ ){0,3}?week"
    r"|(?:had|has had|saw|enjoyed|endured|suffered|is having|was having) an? "
    r"(?:[\w-]+ ){0,2}?week"  # "(Tue-Tue)", "Friday to Friday": a week's closes
    r"|(?P<wdw>mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?(?:-|\u2013| to )(?P=wdw)[a-z]*)\b"
    r"|\b(?P<months>(?:for|over) (?:the past |the last )?(?:several |a few |multiple |few )+months"
    r"|several months|for months|(?:over|in) (?:the )?(?:past|last) (?:three|3) months)\b"
    r"|\b(?<!away )(?P<peak>(?:from|since|off|than|below|under) (?:(?!(?:and|but|then|before|while)"
    r"(?: \w+){0,2} (?:peak|topp)(?:ed|ing)\b)"  # not "since May and (then) peaking at"
    r"[\w'\u2019-]+ |~?(?:US)?\$\s?[\d,.]+[kK]? ){0,4}"
    r"(?:highs?|highest|peaks?|peak(?:ed|ing)|topp(?:ed|ing)|records?|tops?|(?-i:ATHs?))"
    r"(?: level| point)?(?![- ]to[- ](?:trough|bottom|low)\b)"  # not "peak to trough"
    r"|since (?:soar|climb|ris|surg|jump|rall|spik|rocket|break|push|vault)\w*"
    r"(?= (?:above|past|over|to|through|beyond)\b))\b"
    r"|\b(?P<low>from (?!(?:peak|top|high)[- ]to[- ])(?:[\w'\u2019-]+ ){0,4}"
    r"(?:lows?|lowest|bottom|trough)(?: level| point)?)\b"
    r"|\b(?P<cal>(?:in|for|during|throughout|(?:over|in|during) the course of|ended|ends|ending"
    r"|finished|closed out|wrapped up) (?P<cy>20\d\d))\b"
    r"(?! (?:so far|to date))"
    rf"|\b(?P<calnoun>(?:its|their|the|a) (?P<cny>20\d\d) {_SPAN_NOUN})\b"
    r"|\b(?P<day>today|on the day|one-day|single-day|intraday|overnight"
    r"|(?:over|in|during) (?:the )?(?:past|last) (?:day|session|trading day)"
    r"|(?:from|versus|vs\.?|against|compared (?:with|to)|over) (?:the |its )?(?:previous|prior"
    r"|preceding) (?:day|session|trading day|close)(?:['\u2019]s close)?"
    r"|(?P<prev>(?:on |in )?the (?:previous|prior) (?:day|session|trading day)"
    r"|a (?:day|session) earlier)"
    r"|in (?:the )?(?:early |late )?(?:trade|trading"
    r"|session)|24 hours|24[- ]hour|(?:one|single)-session|in (?:a single|one) (?:session|day)"
    r"|(?:with)?in (?:the space of )?(?:a few |several |\d+ |two |three )?(?:minutes|hours)"
    r"|(?:in|over|during|within) the (?:last|past|previous) (?:hour|few hours|(?:few |\d+ )?minutes"
    r"|(?:[1-9]|1\d|2[0-4]) hours)"
    r"|(?:in|during) (?:the )?(?:early |late )?(?:(?:morning|afternoon|evening|Asian|European"
    r"|U\.S\.|US|New York|London) )+(?:trade|trading|session|dealings?|hours|deals)(?: hours)?"
    r"|on (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|yesterday|daily)\b"
    rf"|\bbetween (?P<between>(?P<bm>{MONTH_RE})\.? (?P<bd>\d{{1,2}}) and "
    rf"(?:(?P<em>{MONTH_RE})\.? )?(?P<ed>\d{{1,2}}))\b"
    rf"|\bsince (?P<since>{SEASON_SINCE_RE}"
    r"|(?:the (?:start|beginning|end) of )?(?:(?:early|mid|late)[- ])?"
    rf"(?:(?:{MONTH_RE})\.?"
    rf"(?: \d{{1,2}}(?:st|nd|rd|th)?(?!\d))?,? ?(?:of (?={YEAR_RE}))?)?(?:{YEAR_RE})?(?<=[\w])"
    r"|last (?:week|month|year|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)"
    r"|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:['\u2019]s (?:close|open))?"
    r"|the (?:Fed['\u2019]s|election|start|beginning) [\w-]+(?: [\w-]+)?"
    r"|(?:the )?(?:[\w.'\u2019-]+ ){0,4}(?:election|[Ee]lection [Dd]ay|vote|inauguration|halving"
    rf"|decision|announcement|meeting|rate cut|rate hike)|{BEGAN_ON_RE})"
    # "down 2% from Monday's close", "3% higher than on Friday": since that day's close
    r"|\b(?:from|than|versus|vs\.?|compared (?:with|to)) (?:on |at |last )?(?P<fromday>(?:Mon"
    r"|Tues|Wednes|Thurs|Fri)day)(?!['\u2019]s (?!(?:[\w-]+ )?(?:close|closing|settle|finish"
    r"|level|fix|session)))(?:['\u2019]s (?:[\w-]+ )?(?:close|closing level|settlement|settle"
    r"|finish|level|fix|session))?\b"  # "from Friday's fear-driven session"
    r"|\b(?P<weekend>over the weekend)\b"
    # "rose 415% from 2024 to $117": the move started with that year
    rf"|\bfrom (?P<fromyear>(?:the (?:start|beginning|end) of |(?:early|mid|late)[- ])?{YEAR_RE})"
    r"\b(?!['\u2019]s|[-/]\d| (?:to|and|through|until) (?:19|20)\d\d)",
    re.IGNORECASE,
)

_SUPERLATIVE = re.compile(
    r"\b(?:worst|best|biggest|largest|steepest|sharpest|strongest|weakest|highest|lowest|greatest"
    r"|deepest|heaviest|first time|not (?:been )?seen|last seen|most (?:successful|profitable"
    r"|lucrative|significant|severe|dramatic|substantial|pronounced))\b"
    r"(?![- ](?:crypto\w*|digital|tokens?|coins?|econom\w+|producers?|consumers?"
    r"|holders?|buyers?|miners?|exchanges?|banks?|compan\w+|firms?|assets?|markets?))"
    r"[^,;%$\d]{0,30}"  # a figure in between owns the window ("first time, up 40% since May")
    r"(?:\bin (?:percentage|percent|point|dollar|US dollar)\b[^,;%$\d]{0,25})?$",  # "... terms"
    re.IGNORECASE,
)


def find_windows(sentence: str) -> list[tuple[int, str]]:
    """``(position, code)`` of every window phrase in ``sentence`` (a phrase that qualifies
    a superlative, "the worst day since 1980", is a record's, not a window)."""
    out = []
    for m in _WINDOW_RE.finditer(sentence):
        if not (m.group("peak") or m.group("low")) and _SUPERLATIVE.search(
            sentence[max(0, m.start() - 80) : m.start()]
        ):
            continue
        kind = m.lastgroup or ""
        if m.group("years"):
            n = (m.group("n") or m.group("n2")).lower()
            out.append((m.start(), f"years:{_NUM.get(n, n)}"))
        elif m.group("between"):
            em = m.group("em") or m.group("bm")
            out.append((m.start(), f"between:{m.group('bm')} {m.group('bd')}:{em} {m.group('ed')}"))
        elif m.group("part"):  # "in the first quarter", "in Q3", "in the first half"
            order, year = ("first", "second", "third", "fourth"), m.group("py") or m.group("py2")
            year = f":{year}" if year else ""
            if m.group("ph") or m.group("phd"):  # "in the first six months", "in H1 2025"
                half = int(m.group("phd") or order.index((m.group("ph") or "").lower()) + 1)
                out.append((m.start(), f"part:H{half}{year}"))
            else:
                q = m.group("pqd") or str(order.index(m.group("pq").lower()) + 1)
                out.append((m.start(), f"part:Q{q}{year}"))
        elif m.group("cmonth"):  # "up 6% for the month": the calendar month (spans.py)
            out.append((m.start(), "calmonth:now"))
        elif m.group("prev"):  # "after falling 1.5% in the previous session"
            out.append((m.start(), "prev"))
        elif m.group("sessions"):
            n = m.group("sn").lower()
            out.append((m.start(), f"sessions:{_NUM.get(n, n)}"))
        elif m.group("nspan"):  # "over the last 6 weeks"
            out.append((m.start(), _span_code(m.group("pn"), m.group("pu"))))
        elif m.group("ago"):  # "higher than a week ago", a list item "One month ago: +24%"
            n = (re.match(r"\W*(\w+)", m.group("ago")) or m).group(1)
            unit = m.group("au") or m.group("au2")
            out.append((m.start(), _span_code("1" if n.lower() == "a" else n, unit)))
        elif m.group("nday"):
            out.append((m.start(), _span_code(m.group("dn"), m.group("du"))))
        elif m.group("cal") or m.group("calnoun"):  # "in 2025", "its 2025 gain"
            out.append((m.start(), f"cal:{m.group('cy') or m.group('cny')}"))
        elif m.group("before"):  # "down 7% for the week, after the past week's 6.5% drop"
            unit = m.group("bu").lower()  # "last week's performance" alone: the week just ended
            plain = m.group("bl").lower() in ("last", "the past")
            out.append(
                (m.start(), f"before:{unit}" if not plain or _this(sentence, unit) else unit)
            )
        elif m.group("lastyear"):  # "adding to last year's 28% jump": the calendar year before
            out.append((m.start(), "calyear:last"))
        elif m.group("fromday") or m.group("weekend"):  # since that day's (Friday's) close
            out.append((m.start(), f"since:{m.group('fromday') or 'Friday'}'s close"))
        elif m.group("since") or m.group("fromyear"):
            since = re.sub(rf"\b((?:{MONTH_RE})\.?) of (?=\d)", r"\1 ", m.group("since") or "")
            out.append((m.start(), "since:" + (since or m.group("fromyear")).strip()))
        else:
            kind = next(
                k
                for k in ("ytd", "mtd", "year", "month", "week", "months", "peak", "low", "day")
                if m.group(k)
            )
            if kind in ("peak", "low"):  # "from this week's low": the extreme of the week
                span = (
                    re.search(r"week|month|year", m.group(0), re.IGNORECASE)
                    or re.match(
                        r"\s*(?:this|of the|for the|in the) (week|month|year)\b",  # "lowest point
                        sentence[m.end() :],  # this week"
                        re.IGNORECASE,
                    )
                )
                kind += f":{span.group(span.lastindex or 0).lower()}" if span else ""
                month = re.search(rf"\b(?:{MONTH_RE})\b(?: 20\d\d)?", m.group(0))  # "March peak"
                month = (
                    month
                    or re.match(  # "since hitting a record above $73,000 in March"
                        rf"(?:[^,;%]|,(?=\d)){{0,40}}?\bin ({MONTH_RE})(?: 20\d\d)?\b(?!,? \d)",
                        sentence[m.end() :],
                    )
                )
                kind += f":in:{month.group(0).split('in ')[-1]}" if month and not span else ""
                kind += since_day(sentence, m.start()) if kind == "peak" else ""
            out.append((m.start(), year_meant(sentence, m.start(), m.group(0), kind)))
    extra = month_windows(sentence) + stretch_windows(sentence) + code_windows(sentence)
    extra += count_windows(sentence) + back_windows(sentence) + named_windows(sentence)
    taken = {p for p, _ in extra}
    return with_pace(sentence, since_days(sorted([w for w in out if w[0] not in taken] + extra)))


def _this(sentence: str, unit: str) -> bool:
    """Whether ``sentence`` also names the current ``unit`` ("for the week", "this month")."""
    return bool(re.search(rf"\b(?:this|for the|on the|the current) {unit}\b", sentence, re.I))


def _span_code(n: str, unit: str) -> str:
    """ "seven-day" -> ``week``; "30-day" -> ``month``; "10-day" -> ``days:10``."""
    count = int(_NUM.get(n.lower(), n) if not n.isdigit() else n)
    per = {"day": 1, "session": 1, "week": 7, "month": 30.4, "year": 365}  # a month: 30.4 days
    days = round(count * per[unit.lower()])  # "six months" back is 182 days, not 180
    named = {1: "day", 7: "week", 30: "month", 31: "month", 90: "months", 91: "months"}
    return named.get(days) or ("year" if days in (360, 364, 365) else f"days:{days}")


_CLAUSE = re.compile(r";|,(?!\d)| while | whereas | but | after | before | and ")


def _gap(sentence: str, start: int, pos: int) -> int:
    """Characters between a window phrase and the number at ``pos`` ("a monthly addition of
    8.45%": the phrase ends 13 characters before the number)."""
    if start > pos:
        return start - pos
    m = _WINDOW_RE.match(sentence, start)
    return max(0, pos - (m.end() if m else start))


def window_near(sentence: str, pos: int, found: list[tuple[int, str]] | None = None) -> str | None:
    """The window of the number at ``pos``: in its own clause first, else the sentence's only
    window (a window in another clause of a many-window sentence is not taken)."""
    if not (found := find_windows(sentence) if found is None else found):
        return None
    cuts = [0, *[m.start() for m in _CLAUSE.finditer(sentence)], len(sentence)]
    lo = max(c for c in cuts if c <= pos)
    hi = min(c for c in cuts if c > pos) if any(c > pos for c in cuts) else len(sentence)
    asides = [(a, b) for a, b in aside_spans(sentence) if not a <= pos < b]
    near = [(p, w) for p, w in found if not figure_paren(sentence, p, pos)]  # "1% (up 9% YTD)"
    # "platinum -- which has outrun gold this month -- losing 9%": not the aside's month
    near = [(p, w) for p, w in near if not any(inside_aside(sentence, p, a, b) for a, b in asides)]
    inside = [(_gap(sentence, p, pos), w) for p, w in near if lo <= p < hi]
    if inside:
        return min(inside)[1]
    if paren_change(sentence, pos):  # a sibling parenthesis's window, none of the sentence's
        return paren_window(sentence, pos, found)  # "the S&P 500 (-0.7%) ..., a third day of"
    found = [
        (p, w) for p, w in found if not any(inside_aside(sentence, p, a, b) for a, b in asides)
    ]
    # ("Gold, which touched $5,600 on Thursday, has fallen 12%": the aside's day is not the 12%'s)
    found = [(p, w) for p, w in found if w != "prev"]  # "after a record a day earlier": its own
    found = other_clauses(sentence, pos, found, cuts)  # "rose 5% but for the week fell 2%"
    if not found:
        return None
    if found[0][0] > pos and TRAIL.search(sentence[: found[0][0]], pos):
        return None  # "fell 0.6%, a decline of 1.8% for the week": the week is the 1.8%'s
    if len({w for _, w in found}) == 1 and (found[0][0] < pos or found[0][1][:7] != "weekof:"):
        return found[0][1]  # (a named week: of its clause and the figures after it)
    return borrowed_window(sentence, pos, found, cuts)  # the opening's, a parallel clause's


def resolve_window(
    code: str, day: pd.Timestamp, rates: pd.Series | None = None
) -> tuple[pd.Timestamp, str] | None:
    """The start of window ``code`` for article date ``day`` and its label (``None``: a
    ``since`` phrase no reader takes, or ``day``/``peak``/``low``, measured elsewhere);
    ``rates``, the fed funds rate, dates "since the Fed's cut"."""
    offsets = {
        "week": (pd.DateOffset(days=7), "the week to the article date"),
        "month": (pd.DateOffset(months=1), "the month to the article date"),
        "months": (pd.DateOffset(days=91), "the 3 months to the article date"),
        "year": (pd.DateOffset(years=1), "the 12 months to the article date"),
    }
    if code in offsets:
        off, label = offsets[code]
        return pd.Timestamp(day - off), label
    if code == "ytd":
        return pd.Timestamp(year=day.year - 1, month=12, day=31), f"{day.year} to date"
    if code == "mtd":
        start = pd.Timestamp(year=day.year, month=day.month, day=1) - pd.Timedelta(days=1)
        return start, f"{day:%B %Y} to date"
    if code == "wtd":  # since the week's start: after the Sunday before (its open, like "mtd")
        return pd.Timestamp(day.normalize() - pd.Timedelta(days=day.weekday() + 1)), "the week"
    if code.startswith("sessions:"):
        n = int(code.split(":")[1])
        start = sessions_start(n, day)  # trading sessions: exchange holidays skipped
        return start, f"the {n} sessions to the article date"
    if code.startswith("days:"):
        n = int(code.split(":")[1])
        return pd.Timestamp(day - pd.Timedelta(days=n)), f"the {n} days to the article date"
    if code.startswith("years:"):
        n = int(code.split(":")[1])
        return pd.Timestamp(day - pd.DateOffset(years=n)), f"the {n} years to the article date"
    if code.startswith("cal:"):
        year = int(code.split(":")[1])
        return pd.Timestamp(year=year - 1, month=12, day=31), f"the year {year}"
    if code.startswith("since:"):
        words = code[6:]
        return named_since(words, day, rates) or season_since(words, day) or _since(words, day)
    return None


def _since(words: str, day: pd.Timestamp) -> tuple[pd.Timestamp, str] | None:
    import dateparser

    text, at_close = since_words(relative_year(words, day))  # "the Sept. 19 session"
    text = re.sub(r"^(?:the )?(?:start|beginning) of ", "", text, flags=re.IGNORECASE)
    part = re.match(r"(?:(?:the )?(end) of |(early|mid|late)[- ]?)", text, re.IGNORECASE)
    text = text[part.end() :] if part else text
    weekday = re.match(r"(?:last )?(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b", text, re.I)
    if weekday:  # "since Thursday", "since Sunday": its session counted in (the close before)
        number = [d[:-3] for d in WEEKDAYS].index(weekday.group(1).lower())
        start = day - pd.Timedelta(days=(day.weekday() - number - 1) % 7 + 1)
        close = at_close or "close" in words  # "since Thursday's close": from that close
        whence = "its close" if close else "the close before"
        label = f"since {start.date()} ({words.strip()!r}, from {whence})"
        return start - pd.Timedelta(days=0 if close else 1), label
    if re.fullmatch(YEAR_RE, text.strip()):  # "since (the start of) 2026": its 1 January
        start = pd.Timestamp(year=int(text), month=1, day=1)
        if part and part.group(1):  # "since the end of 2024": from its last close
            start = pd.Timestamp(year=int(text) + 1, month=1, day=1)
        if start >= day:
            return None
        return start - pd.Timedelta(days=1), f"since {start.date()} ({words.strip()!r})"
    settings = {
        "RELATIVE_BASE": day.to_pydatetime(),
        "PREFER_DATES_FROM": "past",
        "PREFER_DAY_OF_MONTH": "first",
        "REQUIRE_PARTS": ["month"],
    }
    parsed = dateparser.parse(text, languages=["en"], settings=settings)  # type: ignore[arg-type]
    if parsed is None or pd.Timestamp(parsed).normalize() >= day:
        return None
    start = part_of_month(pd.Timestamp(parsed).normalize(), part)
    if start >= day:
        return None
    back = pd.Timedelta(days=0 if at_close else 1)  # "since the May 3 close": from it
    return start - back, f"since {start.date()} ({words.strip()!r})"


_SINCE = re.compile(
    rf"since:(?:early |mid-?|late )?(?:(?P<month>[A-Z][a-z]+)\.? )?(?P<year>{YEAR_RE})\b"
)


def since_period(window: str) -> tuple[pd.Timestamp, pd.Timestamp] | None:
    """The period a "since" record goes back to ("since 2012": the year 2012; "since
    December 2012": that month): the last close beyond the record lies in it."""
    m = _SINCE.match(window.strip())
    if m is None:
        return None
    year = int(m.group("year"))
    if m.group("month") and re.fullmatch(rf"(?:{MONTH_RE})\.?", m.group("month") + "."):
        start = pd.Timestamp(year=year, month=month_number(m.group("month")), day=1)
        return start, pd.Timestamp(start + pd.offsets.MonthEnd(0))
    return pd.Timestamp(year=year, month=1, day=1), pd.Timestamp(year=year, month=12, day=31)
