"""Which claims of an article are evidence of its date (pure): levels and records said of
the day, one-session moves and moves over a window to date (or since a dated day),
records over a stated span,
comparisons with a past reference; not the figures the text cites as references, of a
named date or a forecast (:func:`leadwatch.claims.datehints.reference_only`).

Examples
--------
>>> from leadwatch.claims import extract_claims
>>> ex = extract_claims("Gold traded at $2,000. It could reach $2,500 later this year.")
>>> [c.words for c in dating_claims(ex)]
['at $2,000']
"""

from __future__ import annotations

import re
from dataclasses import replace

from leadwatch.claims.anchored import yearless_since
from leadwatch.claims.closeness import WINDOWS
from leadwatch.claims.datehints import reference_only
from leadwatch.claims.datingfed import news_decision
from leadwatch.claims.datinglastperiods import LAST_PERIODS
from leadwatch.claims.datingruns import record_run
from leadwatch.claims.datingstreaks import dating_streak
from leadwatch.claims.model import Claim, Extraction
from leadwatch.claims.monthmoves import month_move
from leadwatch.claims.nonpercentmoves import session_amount
from leadwatch.claims.peakmoves import peak_move
from leadwatch.claims.periodcloselevels import past_period_level
from leadwatch.claims.recordtimes import past_period_record
from leadwatch.claims.sincemoves import dated_since
from leadwatch.claims.unseenevents import event_record
from leadwatch.claims.windows import since_period

__all__ = ["dating_claims", "record_span"]

_UNITS = {"year": 365, "month": 30, "week": 7, "day": 1}
#: The day words a session's move may be told of: "gained 0.8% yesterday", "on Monday".
_DAY_WORDS = ("today", "yesterday", "weekday")
#: "near its highest in six months", "hovering near record highs", "approaching a 3-year
#: low": close to a record on many days, not one set that day (no evidence of the day).
_NEAR_RECORD = re.compile(
    r"\b(?:near|nearing|approaching)\s+(?:its|the|their|a|an)?\s*(?:[\w'\u2019-]+\s+)?$",
    re.IGNORECASE,
)


def _near(extraction: Extraction, c: Claim) -> bool:
    """Whether record claim ``c`` is said to be near, not at (:data:`_NEAR_RECORD`)."""
    s = extraction.sentences[c.sentence].text
    pos = s.find(c.words)
    near = "near" in c.qualifiers  # "neared highs not seen since 2023" (:mod:`.nearrecords`)
    return near or (pos > 0 and bool(_NEAR_RECORD.search(s, max(0, pos - 40), pos)))


def record_span(claim: Claim) -> int:
    """Days a relative record looks back ("a 13-month high": 390; "the weakest close
    of the past three years", window ``years:3``: 1095; 0 when not relative)."""
    w = claim.window or ""
    if w.startswith("last:"):
        _, n, unit = w.split(":")
        return int(n) * _UNITS[unit]
    years = re.fullmatch(r"years:(\d+)", w)
    return int(years.group(1)) * _UNITS["year"] if years else 0


def _told(c: Claim) -> tuple[object, ...]:
    """What makes two claims one piece of evidence: a summary's repeat of the body's."""
    return (c.asset, c.kind, c.op, c.level, c.pct, c.window, c.when)


def dating_claims(extraction: Extraction) -> list[Claim]:
    """Claims that date the article: levels, records said of a day or beside a level,
    records over a stated span ("a 13-month high") and one-session moves."""
    own = [  # a summary line's day lent from the body: the body's claim is the evidence
        replace(c, when=None) if "summary" in c.qualifiers else _day_top(c)
        for c in extraction.claims
    ]
    extraction = replace(extraction, claims=tuple(own))
    level_sentences = {c.sentence for c in extraction.claims if c.kind == "level"}
    priced = {(c.sentence, c.asset) for c in extraction.claims if c.kind == "level"}
    session_sentences = {  # "silver rising 7% to record highs": the record is the day's
        c.sentence
        for c in extraction.claims
        if c.kind == "percent" and c.window in (None, "day") and c.when is None
    }
    kept = [  # a past record it sits below, a figure of a named date, a forecast: no evidence
        c
        for c in extraction.claims
        if not (
            c.kind in ("level", "record")
            and reference_only(
                extraction.sentences[c.sentence].text, c.words, record=c.kind == "record"
            )
        )
        and not (c.kind == "record" and _near(extraction, c))
        # "a streak not seen in 500 days": the run's rarity, not the price's extreme
        and not (
            c.kind == "record" and event_record(extraction.sentences[c.sentence].text, c.words)
        )
    ]
    last = {_told(c): c for c in kept}  # a summary's repeat of the body: the body's copy
    kept = [c for c in kept if last[_told(c)] is c]
    return [
        c
        for c in kept
        if (
            c.kind == "level"
            and (c.when is None or c.when[0] not in ("month", "date", "year_start", "last"))
            and c.window is None  # "on:1980-01-21": a level of a printed day, not the article's
        )
        or (  # a window to date holds whatever day word its sentence has ("this year ... April")
            c.kind == "percent"
            and not (c.window in (None, "day") and (c.sentence, c.asset) in priced)
            and (c.when is None or c.window in WINDOWS or c.when[0] in _DAY_WORDS)
            and (c.window in (None, "day", *WINDOWS) or (c.window or "").startswith("years:"))
        )
        or (c.kind == "percent" and dated_since(c.window) is not None)  # "since 2025 began"
        or (session_amount(c) and (c.sentence, c.asset) not in priced)  # "38 points lower"
        or (c.kind == "percent" and c.window in LAST_PERIODS)  # "up 1.7% last week"
        or dating_streak(c)  # "has risen for five months in a row"
        or record_run(c)  # "record highs for the 5th session running"
        or month_move(c)  # "plummeted 17.5% in November"
        or peak_move(c)  # "down 30% from its October peak"
        or (
            c.kind == "record"
            and c.level is None
            and not (c.op or "").startswith(("worst:", "best:", "count:", "cut", "hike"))  # moves
            and (
                record_span(c) > _UNITS["week"]  # a one-week high holds on too many days
                or since_period(c.window or "") is not None
                or yearless_since(c.window) is not None
            )
        )
        or (  # a record of a named date is that day's, not the article's
            c.kind == "record"
            and c.window is None
            and (c.when is None or c.when[0] != "date")
            and (c.when is not None or c.sentence in level_sentences | session_sentences)
        )
        or (c.kind == "comparison" and (c.window or "").startswith("ref:"))
        or news_decision(c)  # "the Fed cut rates by 25 bp on Wednesday"
        or past_period_level(c)  # "ended the week at $4,254", "near $3,300 last week"
        or past_period_record(c)  # "an all-time high of $3,500 last month"
        or (  # "after hitting a new all-time high in early October": a record of that month
            c.kind == "record"
            and c.window == "past"
            and c.when is not None
            and c.when[0] == "month"
        )
    ]


def _day_top(c: Claim) -> Claim:
    """A top told of a day ("earlier this morning, it peaked at $75,317") as that day's high,
    a level of the day (other claims unchanged)."""
    told_of_a_day = c.when is not None and c.when[0] in ("today", "weekday", "yesterday")
    if c.kind == "record" and c.window == "peak:at" and c.level is not None and told_of_a_day:
        return replace(c, kind="level", op="day:high", window=None)
    return c
