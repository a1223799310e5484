"""The years an article names as its own bound its date (pure).

A story says "in 2026", "for 2026", "2026's rally", "gold ends 2025 higher" of the year it
is written in, or of the one just over (a recap in the first weeks after), or, in a clause
that looks ahead ("is expected to cut rates twice in 2026"), of the year ahead of it. Each
such mention votes 0.5 (at most 1.5 per year) over the days consistent with it:

- a plain mention: that year and the quarter after it (a year named more often outweighs
  one named in passing: "in 2024 gold rose 27%" beside "so far in 2025", "in 2025");
- a mention in a forecast sentence ("expected", "could", "will", "forecast"), or after a
  noun of expectation ("supply concerns for 2026", "risks in 2026"): the two years before
  that year (a projection may run "this year, next year and in 2026") and the year itself;
- a year the text says was ("gains in 2025 were its best since 1979"): the quarter after
  it.

Left out, since they bound nothing near the day of writing: a past episode ("since
2021", "its 2011 peak", "from 2020", "back in 2008", "the highest since 2012"), a far
deadline ("by 2030", "until 2028", "through 2027"), the year a span of figures starts from
when it runs to a later one ("from 98% of GDP in 2024 to 118% by 2035"), a year inside a
full printed date (:mod:`leadwatch.claims.printed` weighs those), a figure that only looks
like a year ("$2,030", "rose to 2030", "2025 an ounce", "2026-month").

The votes are evidence, not a rule: a text whose claims fit another year better is
still dated there.

Examples
--------
>>> days = pd.to_datetime(["2022-04-22", "2025-11-03", "2026-03-03", "2027-05-03"])
>>> text = "The Fed is expected to cut rates in 2026. Gold has rallied 20% in 2026."
>>> year_votes(text, days)[0].tolist()
[0.0, 0.5, 1.0, 0.0]
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from leadwatch.claims.printed import printed_dates
from leadwatch.claims.seenyears import PROJECTING, seen_before
from leadwatch.claims.vocabulary import (
    EXTREME_NOUN_RE,
    LOOKS_AHEAD_RE,
    MONTH_NAME_RE,
    YEAR_RE,
    ending,
    words_re,
)

__all__ = ["THIS_YEAR", "year_votes"]

#: "erased its gains for 2025", "wipes out its 2026 losses", "extending its 2024 rally": a
#: year's tally still being changed is the year of writing.
_YEAR_GAINS_VERB = (
    r"\b(?:eras(?:e|es|ed|ing)|wip(?:e|es|ed|ing) out|los(?:e|es|ing)|lost|trim(?:s|med|ming)?"
    r"|g(?:ive|ives|ave|iving) back|par(?:e|es|ed|ing)|extend(?:s|ed|ing)?|add(?:s|ed|ing)? to)\b"
)
_YEAR_GAINS = r"(?:gains?|losses|advance|rally|decline|slide)"
#: "so far in 2026", "2026 to date", "a new 2026 low": the year the article is written in.
THIS_YEAR = re.compile(
    rf"\b(?:so far (?:in|this year,? in)|year[- ]to[- ]date in|to date in) (?P<a>{YEAR_RE})\b"
    rf"|\b(?P<b>{YEAR_RE}) (?:so far|to date|year[- ]to[- ]date)\b"
    rf"|\b(?:new|fresh|another) (?P<c>{YEAR_RE})(?:['\u2019]s)? (?:highs?|lows?|peaks?|bottoms?)\b"
    rf"|{_YEAR_GAINS_VERB}[^.;:!?]{{0,30}}?\b(?:(?P<d>{YEAR_RE})(?:['\u2019]s)? {_YEAR_GAINS}"
    rf"|{_YEAR_GAINS} (?:for|of|in) (?P<e>{YEAR_RE}))\b",
    re.IGNORECASE,
)

_VOTE = 0.5
_CAP = 1.5
#: A year named as the story's own: after "in", "for", "during", "throughout", a verb that
#: ends or starts it, or before "'s", "so far", a tally noun.
_OWN_YEAR = re.compile(
    rf"\b(?:(?:in|for|during|throughout|across|of)\s+(?:all\s+(?:of\s+)?)?(?P<a>{YEAR_RE})"
    rf"|(?:(?:ends?|ended|ending|closes?|closed|closing|finish(?:es|ed)?)(?: out)?|starts?"
    rf"|started|begins?|began|kick(?:s|ed)? off)\s+(?P<b>{YEAR_RE})"
    rf"|(?P<c>{YEAR_RE})(?:['\u2019]s\b|\s+(?:so far|to date|year[- ]to[- ]date|gains?|losses"
    r"|rally|rallies|performance|outlook|returns?|advance|decline|slide|run)\b))"
    r"(?![\d,.%$-]\d|[-\u2013]\d|\s*(?:an? |per )?(?:ounce|oz|barrel|level|mark|points?)\b)",
    re.IGNORECASE,
)
#: Words before the year that make it a past episode or a far deadline.
_BACK = "since from by until till through before between and to at near around above below"
_BACK_IN = ("back in", "as of", "as far back as", "as early as", "as late as", "of around")
_PARTS = ("in early", "in late", "in mid", "end of", "by the end of", "high of", "low of")
_NOT_OWN_GAP = r"\s*(?:all\s+(?:of\s+)?)?(?:the\s+)?(?:end\s+of\s+|start\s+of\s+)?$"
#: "since March of 2020", "back in June of 2021": a month before "of <year>" is looked past,
#: so the words before the month decide (a plain "in March of 2026" stays the story's own).
_MONTH_OF = re.compile(rf"(?i)\b(?:early |late |mid-?)?(?:{MONTH_NAME_RE})\s+of\s+$")
#: "since its inception in 2009", "its creation in 2014": the year something began, long past.
_ORIGINS = tuple(f"{noun} in" for noun in ("inception", "founding", "creation", "genesis", "birth"))
_NOT_OWN = ending(
    *_BACK.split(),
    *_BACK_IN,
    *_PARTS,
    *_ORIGINS,
    "peak of",
    "record of",
    "level of",
    gap=_NOT_OWN_GAP,
)
#: After the year: an episode of it ("2011 peak", "the 2008 crisis") is looked back to.
_EPISODES = words_re((rf"{EXTREME_NOUN_RE}s?", "crisis", "crash", "lows?", "highs?", "levels?"))
_EVENTS = words_re(("election", "pandemic", "bubble", "bull run", "bear market"))
_EPISODE_AFTER = re.compile(
    rf"(?i)\s*(?:['\u2019]s\s+)?(?:all-time\s+|record\s+|intraday\s+)?(?:{_EPISODES}|{_EVENTS})\b"
)
#: A clause that looks ahead: the year named is the one ahead of the day of writing.
_GUESS = (*PROJECTING, "pric(?:es|ing) in")
_MODALS = ("could", "may", "might", "would", "should", "likely", "outlook", "sees?", "seen")
_FORECAST = re.compile(
    rf"(?i){LOOKS_AHEAD_RE}|\b{words_re((*_GUESS, *_MODALS, 'odds', 'bets?'))}\b"
)
#: A noun of expectation the year belongs to ("supply concerns for 2026", "hopes for
#: 2026", "risks in 2026", "its plans for 2027"): a year ahead, in any sentence.
_FEARS = ("concerns?", "worries", "fears?", "risks?")
_HOPES = ("hopes?", "prospects?", "plans?", "guidance", "expectations?", "estimates?")
_VIEWS = ("projections?", "calls?", "views?", "targets?", "outlooks?", "forecasts?")
_AHEAD_NOUN = re.compile(
    rf"(?i)\b{words_re((*_FEARS, *_HOPES, *_VIEWS, 'consensus', 'scenarios?'))}"
    r"\s+(?:for|in|of)\s+(?:all\s+(?:of\s+)?)?$"
)
#: "gains in 2025 were its best": a year the text says was, over by the day of writing.
_WAS = re.compile(r"[^,;:]{0,30}?\b(?:was|were|had been|proved|turned out)\b", re.IGNORECASE)
#: "following a record-breaking year in 2025", "after a dismal year in 2022": a year over.
_AFTER_YEAR = re.compile(
    r"(?i)\b(?:following|after)\s+(?:an?|the|its|their)\s+(?:[\w-]+\s+){0,2}year\s+(?:in|of)\s+$"
    r"|\b(?:closed|ended|wrapped(?: up)?|finished)\s+(?:out\s+)?$"
)  # "after the cuts that closed out 2025" too
_IN_CLAUSE = r"[^.;!?]|(?<=\d)\.(?=\d)"
#: "from 4% of GDP in 2024 to 9% by 2035", "$1.8 trillion in 2025 to $2.7 trillion in 2034":
#: the year a span of figures starts from, running to a later year (a projection's base).
_SPAN_TO = re.compile(
    rf"(?i)^(?:{_IN_CLAUSE}){{0,60}}?\bto\b(?:{_IN_CLAUSE}){{0,50}}?\b(?:by|in|until|through)\s+"
    rf"(?P<y>{YEAR_RE})\b"
)
#: A sentence's end (not "U.S. Federal Reserve": a capital before the point).
_SENTENCE_END = re.compile(r"(?<![A-Z])[.;!?]\s|\n")
_QUARTER = pd.Timedelta(days=92)
_YEAR = pd.Timedelta(days=365)


def _mentions(body: str) -> list[tuple[int, str]]:
    """Each year the text names as its own: (year, "ahead" for one in a forecast sentence,
    "over" for one the text says was, else "own")."""
    dated = [(d.start, d.start + len(d.words)) for d in printed_dates(body)]
    spans: list[tuple[int, int]] = []
    out: list[tuple[int, str]] = []
    for m in _OWN_YEAR.finditer(body):
        name = next(g for g in ("a", "b", "c") if m.group(g))
        start, end = m.start(name), m.end(name)
        if any(a <= start < b for a, b in dated + spans):
            continue  # "May 20, 2025": the printed dates weigh those
        before = _MONTH_OF.sub("", body[max(0, start - 60) : start])[-40:]
        if _NOT_OWN.search(before) or _EPISODE_AFTER.match(body, end):
            continue
        span = _SPAN_TO.match(body[end : end + 120])
        if span and int(span.group("y")) > int(m.group(name)):
            spans.append((end + span.start("y"), end + span.end("y")))
            continue  # the start of a span run to a later year: bounds nothing near
        head = _SENTENCE_END.split(body[max(0, start - 160) : start])[-1]
        tail = _SENTENCE_END.split(body[end : end + 160])[0]
        seen = seen_before(body[:start])  # "a pattern observed in early 2025": past
        if not seen and (_FORECAST.search(f"{head} {tail}") or _AHEAD_NOUN.search(before)):
            out.append((int(m.group(name)), "ahead"))
        else:
            over = _WAS.match(tail) or _AFTER_YEAR.search(before)
            out.append((int(m.group(name)), "over" if over else "own"))
    return out


def year_votes(body: str, calendar: pd.DatetimeIndex) -> tuple[np.ndarray, list[str]]:
    """Votes over ``calendar`` from the years ``body`` names as its own (module docstring)."""
    votes = np.zeros(len(calendar))
    why: list[str] = []
    per_year: dict[int, float] = {}
    for year, how in _mentions(body):
        room = _CAP - per_year.get(year, 0.0)
        if room <= 0:
            continue
        start, end = pd.Timestamp(year, 1, 1), pd.Timestamp(year, 12, 31)
        lo, hi = {
            "ahead": (start - 2 * _YEAR, end),
            "over": (end, end + _QUARTER),
            "own": (start, end + _QUARTER),
        }[how]
        vote = min(_VOTE, room)
        votes += vote * ((calendar >= lo) & (calendar <= hi))
        per_year[year] = per_year.get(year, 0.0) + vote
    for year, total in sorted(per_year.items()):
        why.append(
            f"the text names {year} as its own year: {total:.2f} over the days consistent "
            "with it (the year and the quarter after; in a forecast, the year before; "
            "a year that was, the quarter after)"
        )
    return votes, why
