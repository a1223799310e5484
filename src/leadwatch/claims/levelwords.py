"""Levels as written: today's price, or the value of a past top, or the year's start (pure).

:func:`level_claims` turns the levels of a sentence (:func:`leadwatch.claims.figures.levels`)
into claims: a level of today (or of the day named), "started the year near $2,300" (the start
of the year), "since topping out above $4,380 in April" and "down 18% from its March peak of
$73,800" (records of a past top, checked against that month's top), "its Dec. 17 record of
$108,000" (that day's level).

Examples
--------
>>> from leadwatch.claims.assets import find_assets
>>> s = "Gold started the year near $2,300 and trades at $3,050 today."
>>> [(c.kind, c.level, c.when) for c in level_claims(s, 0, find_assets(s), None)]
[('level', 2300.0, ('year_start', 0)), ('level', 3050.0, ('today', 0))]
"""

from __future__ import annotations

import re
from datetime import date

from leadwatch.claims.assets import AssetMention
from leadwatch.claims.celllevels import cell_levels
from leadwatch.claims.clausetime import joined_last
from leadwatch.claims.dayextremes import day_extreme_op
from leadwatch.claims.figures import levels
from leadwatch.claims.forecastlevels import held_rates
from leadwatch.claims.model import Claim
from leadwatch.claims.pricebands import price_bands
from leadwatch.claims.printed import date_said_of
from leadwatch.claims.refpoints import reference_when
from leadwatch.claims.respectively import respective_levels
from leadwatch.claims.targetrange import target_ranges
from leadwatch.claims.text import dated_noun, find_when_at
from leadwatch.claims.vocabulary import (
    MONTH_RE,
    PER_UNIT_RE,
    YEAR_RE,
    any_of,
    ending,
    month_number,
)

__all__ = ["level_claims"]

# A level placed at the start of the year: "began the year at", "opened 2025 at"; of a
# month named ("started February at": ``month:2``, that month's first days).
_YEAR_START = re.compile(
    r"\b(?:began|begun|started|opened|entered|kicked off|start(?:ing)?|beginning|opening)"
    rf" (?:(?:the|this) (?P<u>year|week|month)\b|(?P<mon>(?-i:{MONTH_RE}))\b(?!\.? ?\d))"
    r"|\bat the (?:start|beginning|open) of (?:the|this) (?P<u2>year|week|month)\b",
    re.IGNORECASE,
)
# The start of the week or month told after the figure: "stood above $2,900 at the start of
# the week", "$32 an ounce at the beginning of this month" (a year's: ``find_when_at``).
_START_AFTER = re.compile(
    rf"(?:\s+{PER_UNIT_RE})?,?\s+(?:at|around|near) the (?:very )?(?:start|beginning|open)"
    r" of (?:the|this) (?:trading )?(?P<u>week|month)\b",
    re.IGNORECASE,
)
# "from its March peak of $73,800", "toward its 2011 high of $48.70", "nearing its all-time
# high of $4,870": the value of a past top.
_PEAK_OF = any_of("peak of", "high of", "top of")
_FROM_PEAK = ending(
    r"(?:from|off|below|under|(?:lower|less) than|towards?|approaching|nearing|near"
    r"|(?:shy|short) of)\s+"
    r"(?:its|the|their|a)",
    gap=rf"\s+(?:(?P<m>{MONTH_RE})\.?(?:['\u2019]s)?\s+|(?P<y>{YEAR_RE})\s+|(?P<e>all-time|record)\s+)?",
)
#: A top named before a bound on its value, after a distance from it: "30% below its
#: October peak above $126,000" (the top's value, not today's level).
# a later "since the all-time high in October", "from its peak in May": that time is the
# extreme's, not the level's
_SINCE_EXTREME = re.compile(
    r"\b(?:since|from|off)\s+(?:its|the|an?)\s+(?:[\w-]+\s+){0,2}(?:highs?|peaks?|tops?|records?)\b",
    re.IGNORECASE,
)
_PEAK_BOUND = re.compile(r"\b(?:peak|high|top)\s+$", re.IGNORECASE)
#: A distance told before the top: "25% lower than its August", "6% off its March".
_DISTANCE_BEFORE = re.compile(
    r"\d\s?(?:%|per ?cent)\s+(?:lower than|below|under|off|from|short of|shy of)\s+"
    r"(?:its|the|their|a)\s+(?:[\w'\u2019-]+\s+){0,2}$",
    re.IGNORECASE,
)
_BOUND_OP = re.compile(r"(?:just |well )?(?:above|over|near|around|below|under)\b", re.I)
_DISTANCE = re.compile(r"(?:from|off|below|under|shy|short)\b", re.IGNORECASE)
# "touched $35 last month": a level of the week or month before the article's
# "$2,500 last week", "$5,000 highs last month", "the $35 mark the previous month".
_LAST = (
    rf"(?:\s+{PER_UNIT_RE})?(?:\s+(?:highs?|lows?|peaks?|tops?|levels?|marks?|area|handle"
    r"|zone|region|territory))?\s+(?:earlier\s+)?(?:last|the previous|the prior)"
    r" (?P<u>week|month)\b"
)
_LAST_PERIOD = re.compile(_LAST, re.IGNORECASE)
# A figure named as an area, not a price: "$5,000 highs", "the $100,000 levels", "the $40 area".
_ROUGHLY = re.compile(r"\s+(?:highs|lows|levels|area|region|zone|handle)\b", re.IGNORECASE)
# "At $2,000 an ounce in 2023": a level of that year, not of the article date
_IN_YEAR = re.compile(
    rf"(?:\s+{PER_UNIT_RE})?,?\s+(?:back\s+|earlier\s+|sometime\s+)?in\s+(?P<y>{YEAR_RE})\b"
    r"(?!\s*(?:so far|to date)|['\u2019-])",
    re.IGNORECASE,
)
# A level said of a past top: "peaked at", "since peaking shy of", "topped out above".
_PEAKED = ending("peak(?:ed|ing)", "topp(?:ed|ing)(?: out)?")


def _period_start(s: str, pos: int, end: int) -> str | None:
    """The period ("year", "week", "month") whose start a phrase right before the figure at
    ``pos`` speaks of ("started the year near $2,300", "opened the week at $3,030"), not a
    later figure of the sentence ("... and trades at $3,050"), or right after it (ending at
    ``end``: "stood above $2,900 at the start of the week"); ``None`` when there is none."""
    after = _START_AFTER.match(s, end)
    if after is not None:
        return after.group("u").lower()
    lead = s[max(0, pos - 40) : pos]
    starts = list(_YEAR_START.finditer(lead))
    if not starts or re.search(r"\d", lead[starts[-1].end() :]):
        return None
    last = starts[-1]
    if last.group("mon"):  # "started February at $3,217": the start of that month
        return f"month:{month_number(last.group('mon'))}"
    return (last.group("u") or last.group("u2")).lower()


def _month_day(iso: str) -> tuple[int, int]:
    day = date.fromisoformat(iso)
    return day.month, day.day


def level_claims(
    s: str, index: int, mentions: list[AssetMention], subject: str | None
) -> list[Claim]:
    """The level claims of sentence ``s`` (number ``index``); see the module doc."""
    claims, bands = target_ranges(s, index, mentions, subject)  # "at 4.25%-4.50%"
    read = price_bands(s, mentions, subject, levels(s, mentions, subject))  # "the low $4,000s"
    cells = [
        c
        for c in cell_levels(s, mentions)
        if not any(f[4] <= c[4] + 2 < f[4] + len(f[3]) for f in read)
    ]
    for asset, op, value, words, pos in respective_levels(s, mentions, read + cells):
        if any(a < pos + len(words) and pos < b for a, b in bands):
            continue  # a bound of the Fed's target range: checked as a range
        at = find_when_at(s, pos)
        later = _SINCE_EXTREME.search(s, pos + len(words))
        if at is not None and later and find_when_at(s[: later.start()], pos) is None:
            at = None  # "below $85,000, down 33% since the record in October": today
        if _PEAK_OF.match(words) or words.lower().startswith(("record of", "low of")):
            at = dated_noun(s, pos) or at  # "its Dec. 17 record of $108,000": that day's
        if at is None and _LAST_PERIOD.match(s, pos + len(words)):  # "hit $2,500 last week"
            at = ("last", _LAST_PERIOD.match(s, pos + len(words)).group("u").lower())  # type: ignore[union-attr]
        at = at or joined_last(s, pos + len(words))  # "rose last week and hit $X": last week's
        period = _period_start(s, pos, pos + len(words))  # "started the year near $2,300"
        at = ("year_start", 0) if period == "year" else (("start", period) if period else at)
        figure = pos + next((k for k, ch in enumerate(words) if ch.isdigit()), 0)
        at = reference_when(s, figure) or at  # "its opening 2026 price of $2,970": that day
        bound = _PEAK_BOUND.search(s[:pos]) if _BOUND_OP.match(words) else None
        bound = bound if bound and _DISTANCE_BEFORE.search(s[: bound.start()]) else None
        lead = s[: bound.start()] if bound else s[:pos]  # "its October peak above $126,000"
        away = _FROM_PEAK.search(lead) if _PEAK_OF.match(words) or bound else None
        if away and away.group("e") and _DISTANCE.match(away.group(0)):
            away = None  # "8% below its all-time high of $4,870": read as a record elsewhere
        if away is not None:  # "down 18% from its March peak of $73,800": that top's value
            month, year = away.group("m"), away.group("y")
            top = ("month", (0, month_number(month))) if month else at
            span = f"peak:at:year:{year}" if year else "peak:at"  # "off its 2011 peak of $48.70"
            span = "ever" if away.group("e") else span  # "toward its all-time high of $4,870"
            span = (
                f"peak:{op}" if bound and op in ("above", "below") and span == "peak:at" else span
            )
            claims.append(
                Claim(index, "record", asset, words, "high", value, when=top, window=span)
            )
            continue
        if _PEAKED.search(s[:pos]):  # "since topping out above $4,380 in April": the top
            claims.append(
                Claim(index, "record", asset, words, "high", value, when=at, window=f"peak:{op}")
            )
            continue
        on = date_said_of(s, pos + len(words))
        window = None if on is None or at not in (None, ("date", _month_day(on))) else f"on:{on}"
        year = _IN_YEAR.match(s, pos + len(words)) if at is None and window is None else None
        window = f"cal:{year.group('y')}" if year else window  # "at $2,000 in 2023": that year's
        dated_day = at is not None and at[0] not in ("weekday", "today")  # a dated day's: ext:
        op = op if dated_day else day_extreme_op(s, pos, words, op)  # "intraday low of $X"
        if op == "at" and _ROUGHLY.match(s, pos + len(words)):
            op = "near"  # "hitting $5,000 highs", "the $100,000 area": a round figure, roughly
        claims.append(Claim(index, "level", asset, words, op, value, when=at, window=window))
    return claims + held_rates(s, index, mentions, claims)  # "odds the Fed holds at 4%-4.25%"
