"""Spans of a record said in words, and the side of a record said without one.

- A span with a half or a vague count: "a one-and-a-half-month high" (6 weeks), "a 2-1/2-year
  low" (30 months), "a multi-year low" (at least 2 years: the honest floor of "multi"), "a
  multi-decade high" (20 years). "Multi-month", "multi-week" are too vague to grade: no
  record. "A weekly high" / "a monthly low" are a one-week high and a one-month low
  (``last:1:week``), as the labels read them (on a close-only series often no record).
- A record against another asset ("a multi-year high versus the S&P 500", "a 3-month low
  against bitcoin") is a ratio's, not the asset's (:func:`against_other`).
- A record named by its period: "reaching late 2023 highs", "hit 2021 lows", "back to
  November 2022 levels" (the window is "since" that period; "levels" take their side from
  the move that reached them).
- The side of "levels not seen since May": the move verb nearest before the phrase
  ("Bitcoin retreats ... and yields climb to levels not seen since": a high).

Examples
--------
>>> span_window("one-and-a-half-month high"), span_window("multi-year low")
('last:6:week', 'last:2:year')
>>> move_side("Bitcoin slipped while yields climbed to ")
'high'
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from leadwatch.claims.assets import AssetMention
from leadwatch.claims.model import GROUPS, Claim
from leadwatch.claims.text import find_when_at
from leadwatch.claims.vocabulary import (
    DOWN_VERB_RARE_RE,
    MONTH_NAME_RE,
    NUMBER_WORDS,
    ROUGHLY_RE,
    UP_VERB_RARE_RE,
    YEAR_RE,
    any_of,
    count_re,
    count_value,
)
from leadwatch.claims.windows import find_windows

__all__ = [
    "DECADE_RE",
    "SPAN_RE",
    "against_other",
    "decimal_span",
    "last_week",
    "left_lately",
    "move_side",
    "new_span",
    "past_period",
    "period_records",
    "record_span",
    "seen_day",
    "span_window",
    "with_partners",
]

#: The units a record's span is counted in ("a 13-month high", "a five-session low").
_UNITS = "year|month|week|day|session"
#: The span of an "N-unit high": "13-month", "one-and-a-half-month", "3-1/2-year",
#: "multi-year", "multiyear" (used inside the record pattern).
SPAN_RE = (
    rf"(?:\d+\.\d+|(?:{count_re(20)})(?:[- ]and[- ]a[- ]half)?|\d+[- ]1/2)"
    rf"(?:[- ](?:{_UNITS})|-(?:{_UNITS})s)"  # "an 18-months low": the unit's plural, hyphened
    r"|(?:year|month)[- ]and[- ]a[- ]half|multi[- ]?year|weekly|monthly"
)
#: "decade", "two-decade", "multi-decade" (before "high"/"low").
DECADE_RE = rf"(?:multi[- ]?|(?:{count_re(9)})[- ])?decade"
_SPAN = re.compile(
    rf"(?P<n>multi|\d+\.\d+|\w+)(?P<half>[- ]and[- ]a[- ]half|[- ]1/2)?[- ]?(?P<unit>{_UNITS})",
    re.IGNORECASE,
)
# The smaller unit a half is counted in: half a year is 6 months, half a month 2 weeks.
_HALF = {"year": ("month", 12), "month": ("week", 4)}

#: A day's extreme touched ("hitting a daily low of $1,800"), not one a move fell from.
_TOUCHED = r"(?<!from )(?:an?|its|the) (?:daily |intraday |session )?{}s? of"
_UP = any_of(
    *(r"climb\w*", "rise", "rises", "rising", "rose", "risen", r"jump\w*", r"surg\w*", r"soar\w*"),
    *("rally", "rallied", "rallies", "rallying", r"gain\w*", r"advanc\w*", r"spik\w*", "up"),
    *(r"strengthen\w*", "higher", r"rebound\w*", r"recover\w*", r"push\w* (?:up|higher)"),
    UP_VERB_RARE_RE,
    _TOUCHED.format("high"),
)
_DOWN = any_of(
    *("fell", r"fall\w*", r"drop\w*", r"declin\w*", r"slid\w*", r"slipp\w*", "slips?", "lost"),
    *(r"los(?:e|es|ing)", "lower", r"weaken\w*", "sank", r"sink\w*", r"plung\w*", r"tumbl\w*"),
    *("down", r"retreat\w*", "eased", "easing", r"slump\w*", r"dipp?\w*"),
    DOWN_VERB_RARE_RE,
    _TOUCHED.format("low"),
)


def span_window(words: str) -> str:
    """The window of an "N-unit high" (``last:N:unit``; see the module doc).

    >>> [span_window(w) for w in ("2-1/2-year low", "year-and-a-half high", "7-week low")]
    ['last:30:month', 'last:18:month', 'last:7:week']
    """
    w = re.sub(r"^(?:(?:more|less)[- ]than(?: an?)?|near|nearly|almost)[- ]", "", words.lower())
    w = re.sub(r"^(year|month)[- ]and[- ]a[- ]half", r"one-and-a-half-\1", w)  # "a year-and-"
    w = re.sub(r"^(week|month)ly\b", r"one-\1", w)  # "a weekly high": a one-week high
    m = _SPAN.match(w)
    assert m is not None, words
    unit = "day" if m.group("unit").lower() == "session" else m.group("unit").lower()
    if "." in m.group("n"):  # "a 3.25-month high": in the smaller unit
        return decimal_span(m.group("n"), unit)
    n = 2 if m.group("n") == "multi" else count_value(m.group("n"))
    if m.group("half") and unit in _HALF:
        small, per = _HALF[unit]
        return f"last:{n * per + per // 2}:{small}"
    return f"last:{n}:{unit}"


def _decade_span(more: re.Match[str]) -> str | None:
    """The window of "in (over) a decade" (10 years), "in two decades" (20) or "in decades"
    (at least two: 20 years); ``None`` for a count that is no number ("in several decades")."""
    n = more.group("n")
    if n is None:
        plural = more.group(0).lower().endswith("s")
        return f"last:{20 if plural else 10}:year"
    if n.lower() in NUMBER_WORDS[1:] or n.isdigit():
        return f"last:{10 * count_value(n)}:year"
    return None


#: A fractional count in the next smaller unit: years in months, months in weeks.
_SMALLER = {"year": ("month", 12.0), "month": ("week", 30 / 7), "week": ("day", 7.0)}


def decimal_span(count: str, unit: str) -> str:
    """The window of a span counted with decimals ("3.25-month": 14 weeks).

    >>> decimal_span("3.25", "month"), decimal_span("1.5", "year"), decimal_span("2.0", "week")
    ('last:14:week', 'last:18:month', 'last:2:week')
    """
    x, unit = float(count), unit.lower().replace("session", "day")
    if x.is_integer() or unit not in _SMALLER:
        return f"last:{max(1, round(x))}:{unit}"
    small, per = _SMALLER[unit]
    return f"last:{round(x * per)}:{small}"


_AGAINST = re.compile(
    r"s?\s*(?:(?:versus|vs\.?|against|relative to|compared (?:to|with)|in terms of|priced in)\s"
    r"(?!(?:the )?(?:US |U\.S\. )?(?:dollar|greenback|USD)\b)"  # "against the dollar": its price
    r"|(?:on|in) (?:a )?(?:relative|ratio) (?:basis|terms)\b)",
    re.IGNORECASE,
)


def against_other(after: str) -> bool:
    """Whether the words ``after`` a record set it against another asset (a ratio's record).

    >>> against_other(" versus the S&P 500"), against_other(" against the dollar")
    (True, False)
    """
    return bool(_AGAINST.match(after))


def move_side(before: str) -> str | None:
    """The side of a record the nearest move verb of ``before`` gives (``high`` after a
    rise, ``low`` after a fall), or ``None`` when it names no move."""
    up = [m.start() for m in _UP.finditer(before)]
    down = [m.start() for m in _DOWN.finditer(before)]
    if not up and not down:
        return None
    return "high" if max(up, default=-1) > max(down, default=-1) else "low"


_REACHED = (
    r"reach\w*|hit(?:s|ting)?|touch\w*|revisit\w*|retest\w*|(?:trad\w*|stand\w*|stood|sits?) at"
    r"|(?:return\w*|back|climb\w*|rose|ris\w*|fell|fall\w*|drop\w*|sank|sink\w*|slid\w*"
    r"|slipp\w*|slump\w*|dipp\w*|jump\w*|surg\w*|soar\w*|plung\w*|tumbl\w*|retreat\w*|rall\w*|push\w*)"
    r" (?:back )?to"
)
# "reaching late 2023 highs", "back to November 2022 levels", "hit their 2021 lows".
_PERIOD_RECORD = re.compile(
    rf"\b(?P<verb>{_REACHED})\s+(?:its |their |the )?"
    rf"(?P<period>(?:(?:early|mid|late)[- ])?(?:(?:{MONTH_NAME_RE}) )?{YEAR_RE})"
    r"(?:['\u2019]s?)?[- ](?P<what>highs|peaks|tops|lows|troughs|bottoms|levels)\b",
    re.IGNORECASE,
)


def period_records(s: str, asset_at: Callable[[int], str | None], i: int) -> list[Claim]:
    """Records named by a past period ("reaching late 2023 highs"): a ``high``/``low``
    since that period, said of the asset ``asset_at`` gives for the phrase's start
    (``None``: no claim). "Levels" take the side of the move verb before them; with no
    side ("reached 2022 levels") nothing is claimed.

    >>> s = "Yields rose to 4.8%, reaching late 2023 highs."
    >>> [(c.op, c.window) for c in period_records(s, lambda pos: "yield_10y", 0)]
    [('high', 'since:late 2023')]
    """
    out = []
    for m in _PERIOD_RECORD.finditer(s):
        asset = None if against_other(s[m.end() :]) else asset_at(m.start())
        what = m.group("what").lower()
        if what == "levels":
            side = move_side(s[: m.start("period")])
        else:
            side = "low" if re.match(r"low|trough|bottom", what) else "high"
        if asset is None or side is None:
            continue
        period = re.sub(r"^(early|late)-", r"\1 ", m.group("period"), flags=re.IGNORECASE)
        when = find_when_at(s, m.start())
        out.append(Claim(i, "record", asset, m.group(0), side, when=when, window=f"since:{period}"))
    return out


#: "in 2022", "in November 2022", "in late 2023": the period "levels last seen" name.
_SEEN_IN = rf"in ((?:(?:early|mid|late)[- ])?(?:(?:{MONTH_NAME_RE})(?: {YEAR_RE})?|{YEAR_RE}))\b"

#: "on July 9th", "on 9 July", "on July 9, 2024": the day "levels last seen" name.
_SEEN_ON = (
    rf" on (?:(?P<d>\d{{1,2}})(?:st|nd|rd|th)? )?(?P<m>{MONTH_NAME_RE})"
    rf"(?(d)|(?: (?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\b))(?:,? (?P<y>{YEAR_RE}))?"
)


def seen_day(m: re.Match[str], rest: str | None, when: tuple[str, Any] | None) -> bool:
    """Whether ``when``, the time named at record match ``m`` ("levels last seen in March",
    "... on May 2", "the lowest since way back in May"), is the start of the span the
    record looks back over, not its day."""
    after = rest or m.string[m.end() :]
    if when is not None and re.match(r"since (?:way )?back (?:in|to)\b", after, re.I):
        return True
    if not m.group("seen") or when is None:
        return False
    return bool(re.match({"month": r"in\b", "date": r" on\b"}.get(when[0], "$^"), after))


def past_period(s: str, m: re.Match[str], last: re.Pattern[str]) -> str | None:
    """The period the past record ``m`` of ``s`` was set in: the calendar week or month
    before the article's (``last``, the pattern of "last week's" before it, group ``unit``),
    or ``mtd`` for "the record it set earlier this month"; ``None`` when neither is said."""
    before = last.search(s, 0, m.start())
    if before is not None:
        return before.group("unit").lower()
    after = s[m.end() :]
    earlier = re.match(r"[^,.;]{0,25}\bearlier (?:this|in the) month\b", after, re.IGNORECASE)
    return "mtd" if earlier else None


#: An asset's origin ("since its launch in 2015"): all of its history, not an event's time.
_NO_ORIGIN = (
    r"(?!(?:launch|inception|introduction|debut|creation|birth|founding|listing|genesis|start)\b)"
)


def record_span(m: re.Match[str], rest: str | None = None) -> str | None:
    """The window of a relative record ("highest since 2012", "13-month high"; ``m`` a
    match of the record pattern of :mod:`leadwatch.claims.recordwords`), ``ever`` for an
    all-time one ("the highest level ever seen"), else ``None``."""
    if m.group("decade"):  # "a decade high", "a two-decade low", "a multi-decade low" (20 years)
        count = re.match(r"(\w+)[- ]decade", m.group("decade").lower())
        n = 2 if m.group("decade")[0] in "mM" else count_value(count.group(1) if count else None)
        return f"last:{10 * n}:year"
    if m.group("nhl"):  # "a 13-month high", "a more-than-two-year high", "a 3-1/2-year low"
        return span_window(m.group(0))
    if m.group("rel") and re.search(r"\bever\b", m.group(0), re.IGNORECASE):
        return "ever"  # "the highest level ever recorded", "its lowest close ever": all-time
    rest = rest or m.group("rest") or ""
    rest = re.sub(r"^since (?:way )?back (?:in|to) ", "since ", rest, flags=re.I)  # "way back in"
    day = re.match(_SEEN_ON, m.string[m.end() :]) if m.group("seen") and not rest else None
    if day:  # "levels last seen on July 9th", "... on 9 July 2024": since that day
        year = f", {day.group('y')}" if day.group("y") else ""
        return f"since:{day.group('m')} {day.group('d') or day.group('d2')}{year}"
    seen = re.match(_SEEN_IN, rest) if m.group("seen") else None
    if seen:  # "levels last seen in 2022", "... in November 2022", "... in late 2023": since then
        return "since:" + seen.group(1).strip()
    found = find_windows(rest)
    if found and found[0][1].startswith("since:"):
        return found[0][1]
    event = re.match(
        rf"since (?:an?|the|its|their) {_NO_ORIGIN}[\w' -]{{1,40}}? {_SEEN_IN}", rest, re.I
    )
    if event:  # "since a correction in mid-December": the time of the event
        return "since:" + event.group(1).strip()
    since = re.match(r"since (?P<w>.+)", rest, re.IGNORECASE)
    if since:  # "since records began": all of its history
        began = re.match(r"(?:the )?records? (?:began|started)\b", since.group("w"), re.I)
        return "ever" if began else "since:" + since.group("w").strip()
    more = re.match(
        rf"in {ROUGHLY_RE}(?:a |(?P<n>\d+\.\d+|\w+) )?"
        r"(?P<u>year|month|week|day|session|trading day|decade)s?",
        rest,
        re.IGNORECASE,
    )
    if more and more.group("u").lower() == "decade":  # "in over a decade", "in two decades"
        return _decade_span(more)
    if more and "." in (more.group("n") or ""):  # "its lowest in 2.5 years"
        return decimal_span(more.group("n"), more.group("u").lower().removeprefix("trading "))
    if more and (
        more.group("n") is None
        or more.group("n").lower() in NUMBER_WORDS[1:]
        or more.group("n").isdigit()
    ):  # "in several months": no span to check
        unit = more.group("u").lower().removeprefix("trading ").replace("session", "day")
        return f"last:{count_value(more.group('n'))}:{unit}"
    if more:
        return None
    return found[0][1] if found else None


def with_partners(out: list[Claim], s: str, mentions: list[AssetMention]) -> list[Claim]:
    """ "drove gold and silver to record heights", "ether set a record as bitcoin and solana
    did too": each record is each asset listed as its subject's, not only the first; "A rose
    while B gained, both setting records": the two assets named before "both"."""
    extra: list[Claim] = []
    for c in out:
        pos = s.find(c.words)
        before = [x for x in mentions if x.start < pos and x.asset not in GROUPS]
        listed = before[-1:] if before and before[-1].asset == c.asset else []
        for x in reversed(before[:-1] if listed else []):
            if not re.fullmatch(r"\s*(?:,|and|, and|&)\s*", s[x.end : listed[-1].start]):
                break
            listed.append(x)
        named = list(dict.fromkeys(x.asset for x in before))
        if len(named) == 2 and re.search(r"\bboth\b[^,;.]*$", s[:pos], re.IGNORECASE):
            listed = [x for x in before if x.asset != c.asset][-1:] * 2  # "..., both set records"
        extra += [replace(c, asset=x.asset) for x in listed[1:] if x.asset != c.asset]
    extra = [c for c in extra if not any(x.asset == c.asset for x in out)]
    return list({(c.asset, c.words): c for c in extra[::-1]}.values()) + out


#: The week before the article's said of the move that set a record ("as last week ended,
#: its highest since", "hit a 10-month low late last week").
_IN_LAST_WEEK = re.compile(
    r"\b(?<!since )(?<!than )(?:last|the previous|the prior) week\b(?!['\u2019]s|ends?\b)",
    re.IGNORECASE,
)


#: The days just before the article's said of a record ("had recently dipped to a four-year
#: low", "hit a 10-month high earlier this week", "in recent sessions").
_RECENTLY = re.compile(
    r"\b(?:recently|earlier (?:this|in the) week|in recent (?:days|sessions|trading days))\b",
    re.IGNORECASE,
)


def last_week(s: str) -> tuple[str, ...]:
    """The qualifier ``last_week`` when the sentence sets its record in the week before the
    article's; not when "last week" is only an opening clause's ("after a drop last week,");
    ``recent`` when it sets it in the days just before ("recently", "earlier this week")."""
    for m in _IN_LAST_WEEK.finditer(s):
        clause = re.split(r"[,;:]", s[: m.start()])[-1]
        if not re.match(r"\s*(?:after|following|despite|unlike|while)\b", clause, re.I):
            return ("last_week",)
    return ("recent",) if _RECENTLY.search(s) else ()


#: "in more than six months", "in over a year", "since October": the span after a record word.
_SPAN_AFTER = re.compile(
    rf"since\b|in {ROUGHLY_RE}(?:a |\w+ )?(?:year|month|week|day|session|trading day)s?\b",
    re.IGNORECASE,
)


def new_span(m: re.Match[str], rest: str | None) -> str | None:
    """The window of a "new"/"fresh" (not "record") high or low told with a span right after
    it ("a new low in over seven weeks", "a fresh high since March": a relative record, not
    an all-time one; the span read as :func:`record_span` reads it; ``m`` a match of the
    record pattern), else ``None``."""
    after = re.match(r" ((?:since|in)\b[^,.;]{2,40})", m.string[m.end() :])
    rest = rest or (after.group(1) if after else None)
    if not (m.group("hl") and rest and _SPAN_AFTER.match(rest)):
        return None
    if not re.match(r"(?:new|fresh)\b", m.group(0), re.IGNORECASE):
        return None
    span = record_span(m, rest)
    return span if span is not None and span.startswith(("last:", "since:")) else None


#: A move back from a span's extreme, set days before: "retreated from a three-week high".
_LEFT = re.compile(
    r"\b(?:retreat\w*|eas(?:ed|ing|es)|pull\w* back|fell|dropped|slipped|slid|strengthen\w*"
    r"|weaken\w*|rebound\w*|recover\w*|bounc\w*|rose|climbed|edged (?:up|down|higher|lower))"
    r"\s+(?:back\s+)?(?:from|off)\s+(?:a|an|its|their|the)\s+(?:more than |over |nearly )?$",
    re.IGNORECASE,
)


def left_lately(s: str, start: int) -> bool:
    """Whether a move has just left the span record at ``start`` ("eased from a 3-week high").

    >>> s = "The yen retreated from a three-week high."
    >>> left_lately(s, s.index("three")), left_lately("It fell 5% from a one-year high.", 20)
    (True, False)
    """
    hedged = re.match(r"(?:more|less) than an? ", s[start:], re.IGNORECASE)  # "from more than a"
    return _LEFT.search(s[max(0, start - 60) : start] + ("a " if hedged else "")) is not None
