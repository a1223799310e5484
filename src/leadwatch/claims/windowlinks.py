"""Windows a move takes from a phrase beside it: its own clause, a date earlier in the
sentence, a quarter or an event it names, the sentence before it (pure).

The window finder gives each figure the window of its clause, else the sentence's only
one. Six phrasings escape it; here each move of such a sentence gets its window:

- two windows in one sentence, one a calendar period right after its own figure ("2% this
  week and 27% last year", "down 4% today after a 9% drop last month"): that figure's
  period (``calyear:last``), not the other figure's window;
- a bare "since" after a date the sentence names ("found a floor on 3 June and has firmed
  since, the index 2% higher", "peaked in early March; since then, down 8%"):
  ``fromday:<that day>`` (from that day's close) or ``since:<that month>``;
- a named quarter ("ether shed 18% for the quarter as Q1 2026 closed", "the third
  quarter closed with gold up 16%"): that quarter (``part:Q1:2026``), not one session;
- an event dated only by its month ("since the strike began in May", "since the
  tariffs took effect in April") or not at all ("during the oil crisis"): the move runs
  from the event, not from the start of that month, nor over a default three months; its
  window ``event:<words>`` is one leadwatch cannot date, so it is not graded;
- a sentence opened by "Meanwhile," "Similarly," "By comparison," ... whose move, in the
  present tense and with no time word of its own ("By comparison, silver has added 5%"),
  continues the sentence before: it takes the window of that sentence's lead figure
  (never a day);
- "in the past 30 days": ``days:30``, not the calendar month back.

Examples
--------
>>> from leadwatch.claims import extract_claims as ex
>>> [(c.pct, c.window) for c in ex("Gold rose 2% this week and 27% last year.").claims]
[(2.0, 'week'), (27.0, 'calyear:last')]
>>> text = "Gold is 10% higher year to date. Similarly, silver has added 5%."
>>> [(c.asset, c.window) for c in ex(text).claims]
[('gold', 'ytd'), ('silver', 'ytd')]
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

import pandas as pd

from leadwatch.claims.model import Claim
from leadwatch.claims.text import Sentence
from leadwatch.claims.vocabulary import EXTREME_NOUN_RE, MONTH_NAME_RE, MONTH_RE, YEAR_RE

__all__ = ["linked_windows", "resolve_from"]

_MOVES = ("move", "percent", "comparison")
#: Windows a move gets when its sentence states none of its own.
_OPEN = (None, "day")

_DATE = (
    rf"(?:[0-3]?\d(?:st|nd|rd|th)? (?:{MONTH_RE})\.?|(?:{MONTH_RE})\.? [0-3]?\d(?:st|nd|rd|th)?"
    rf"|(?:early |mid-?|late )?(?:{MONTH_NAME_RE}))(?:,? {YEAR_RE})?"
)
_EVENT_VERB = (
    r"(?:started|began|begun|broke out|erupted|kicked off|took effect|took hold|hit|struck"
    r"|was announced|were announced|was imposed|were imposed|took office|was elected|won|ended)"
)
_TIME_NOUN = (
    r"session|day|week|month|quarter|year|half|period|trading|trade|hours?|morning|afternoon"
    r"|evening|night|same|last|past|previous|prior|first|second|third|fourth|rest|course"
    r"|span|stretch|time|spell|weekend|holidays?|run|rally|selloff|sell-off|decline|slide|rout"
)
#: The phrases read here (all matched without regard to case).
_PHRASES = {
    # a figure's own calendar period right after it: "27% last year", "a 9% drop last month"
    "own": r"\A[^\d,;:]{0,25}?\b(?P<last>last|the previous|the prior) (?P<unit>week|month|quarter"
    r"|year)\b(?!['\u2019]s)",  # "after an 11% drop the previous week": the week before
    # "over the last year" (trailing), "since last month" (a start), "this time last year"
    # (a point a year back): no calendar period; "0.24 percentage point last month" is one
    "not": r"\b(?:the|over|in|since|than|from|time|stage|date|period|(?<!percentage )point) $",
    # "some 40% below its record high of last year": the year dates the extreme the distance is
    # measured from, not the move ("the peak set last month", "its all-time high of last year")
    "extreme": rf"\b{EXTREME_NOUN_RE}s?(?: (?:\w+ )?(?:set|hit|reached|touched|seen|made))?"
    r"(?: of| in)? $",
    # "found a floor on 3 June and has firmed since,": the date, then a bare "since"
    "bare": rf"\b(?:on|around|about|near|in|from|at) (?P<date>{_DATE})\b"
    r"[^.]{0,120}?\bsince(?: then)?(?=\s*(?:[,;:]|with\b|and\b|$))",
    "quarter": r"\bQ(?P<q>[1-4])(?:\s?['\u2019]?(?P<y>20\d\d)\b)?"
    r"|\b(?P<nth>first|second|third|fourth) quarter(?: of (?P<y2>20\d\d))?",
    # the quarter is the move's period: "for the quarter", "Q1 ended with ...", "in Q3"
    "qmove": r"\b(?:for|over|in|on|during|across) (?:the )?quarter\b|\bquarterly\b"
    r"|\b(?:Q[1-4]|quarter)(?: 20\d\d)? (?:ended|closed|finished|wrapped up|saw|brought)\b",
    "thirty": r"\b(?:past|last|previous) (?:30|thirty) days\b",
    # "since the trade war began in May": dated by its month only
    "event": rf"\bsince (?P<event>(?:the |a |an |its |their )?[^,;]{{3,60}}?) {_EVENT_VERB}"
    rf" (?:in|during|last) (?:early |mid-?|late )?(?:{MONTH_NAME_RE})\b(?: {YEAR_RE})?",
    # "during the oil crisis", "during the pandemic": an event, not a span of the calendar
    "during": rf"\bduring the (?!(?:\w+[- ]){{0,2}}(?:{_TIME_NOUN})\b)"
    r"(?P<event>[\w'\u2019.-]+(?: [\w-]+)?)",
    "connective": r"^\W*(?:meanwhile|similarly|likewise|by comparison|in comparison|by contrast"
    r"|in contrast|elsewhere|for its part|for their part)\b,?",
    "present": r"\b(?:is|are|has|have|'s)\b",
    "time": r"\b(?:today|yesterday|on the day|session|trading|overnight|this|last|since|week"
    r"|month|year|quarter|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|hours?|minutes?)\b",
}
_RE = {k: re.compile(v, re.IGNORECASE) for k, v in _PHRASES.items()}
_ORDINAL = {"first": "1", "second": "2", "third": "3", "fourth": "4"}


def _positions(text: str, claims: Sequence[Claim]) -> list[int]:
    """Where each claim's figure stands in ``text`` (``-1``: not found), in order."""
    out: list[int] = []
    seen: dict[str, int] = {}
    for c in claims:  # a figure stands alone: "5%" is not the end of "+65%"
        alone = re.compile(r"(?<![\w.,])" * c.words[:1].isdigit() + re.escape(c.words))
        found = alone.search(text, seen.get(c.words, 0)) if c.words else None
        at = found.start() if found is not None else -1
        seen[c.words] = at + 1 if at >= 0 else seen.get(c.words, 0)
        out.append(at)
    return out


def _own_period(text: str, c: Claim, at: int) -> str | None:
    if at < 0 or c.kind not in _MOVES:
        return None
    after = text[at + len(c.words) :]
    m = _RE["own"].search(after)
    before = after[: m.start("last")] if m is not None else ""
    if m is None or _RE["not"].search(before) or _RE["extreme"].search(before):
        return None
    return f"cal{m['unit'].lower()}:last"


def _days(text: str, c: Claim) -> str | None:
    """ "in the past 30 days": thirty days to the date, not the calendar month back (the
    finder's ``month``): a month back from the 11th of June is a weekend, 30 days a Monday."""
    m = _RE["thirty"].search(text)
    if c.window not in (None, "month") or m is None or len(_RE["thirty"].findall(text)) != 1:
        return None
    return "days:30" if not re.search(r"\bmonth\b", text, re.IGNORECASE) else None


def _quarter(text: str) -> str | None:
    named = _RE["quarter"].finditer(text)
    found = {(m["q"] or _ORDINAL[m["nth"].lower()], m["y"] or m["y2"]) for m in named}
    if len(found) != 1 or not _RE["qmove"].search(text):
        return None
    q, year = found.pop()
    return f"part:Q{q}" + (f":{year}" if year else "")


def _sentence_window(text: str, c: Claim, at: int) -> str | None:
    """The window a move of ``text`` at ``at`` takes from a phrase of its own sentence."""
    if c.kind not in _MOVES:
        return None
    event = _RE["event"].search(text)
    if event is not None and c.window is None and (c.when is None or c.when[0] == "month"):
        return f"event:{event['event'].strip()}"
    since = _RE["bare"].search(text)
    if since is not None and at > since.end() and c.window in _OPEN:
        # the date before "since" is the start, not the move's day; a day's own close
        return ("fromday:" if re.search(r"\d", since["date"]) else "since:") + since["date"]
    quarter = _quarter(text)
    if quarter is not None and c.window is not None and quarter.startswith(f"{c.window}:"):
        return quarter  # "In Q2 2025, ... over the quarter": that year's
    if c.window not in _OPEN or (c.when is not None and c.when[0] != "month"):
        return None
    if quarter is not None and c.when is None:
        return quarter
    during = _RE["during"].search(text)
    if during is not None and c.window is None and c.when is None:
        return f"event:during the {during['event']}"
    return None


def _carried(prev: list[Claim], text: str, own: list[Claim]) -> str | None:
    """The window of the lead move of the sentence before, for a connective's present-tense
    move."""
    moves = [c for c in prev if c.kind in _MOVES]
    opening = _RE["connective"].match(text)
    if opening is None or not moves or any(c.kind == "level" for c in own):
        return None
    window = moves[0].window  # the lead figure's ("up 17% this year, after 64% in 2025")
    rest = text[opening.end() :]
    if window in (*_OPEN, "prev") or _RE["time"].search(rest):
        return None
    if not _RE["present"].search(rest):
        return None
    return window


#: A figure told of a month right after it ("close to 10% in January alone"): its own window.
_IN_MONTH = re.compile(rf"(?: [\w-]+)? (?:in|during|for) (?:{MONTH_NAME_RE})\b", re.IGNORECASE)


def linked_windows(sentences: Sequence[Sentence], claims: list[Claim]) -> list[Claim]:
    """``claims`` with the windows of the six phrasings of the module doc."""
    by_sentence: dict[int, list[int]] = {}
    for i, c in enumerate(claims):
        by_sentence.setdefault(c.sentence, []).append(i)
    out = list(claims)
    before: Sentence | None = None
    for sent in sentences:
        idx = by_sentence.get(sent.index, [])
        own = [claims[i] for i in idx]
        for i, at in zip(idx, _positions(sent.text, own), strict=True):
            c = claims[i]
            if (c.window or "").startswith("decision"):
                continue  # a Fed decision's days are its own (:mod:`.unsizeddecisions`)
            window = _own_period(sent.text, c, at) or _sentence_window(sent.text, c, at)
            month = _IN_MONTH.match(sent.text, at + len(c.words)) if at >= 0 else None
            window = window or (None if month else _days(sent.text, c))  # "10% in January"
            if window is not None and window != c.window:
                out[i] = replace(c, window=window, when=None)
        if before is not None and own:
            prev = [out[i] for i in by_sentence.get(before.index, [])]
            window = _carried(prev, sent.text, own)
            for i in idx:
                if window and out[i].kind in _MOVES and out[i].window is None:
                    out[i] = replace(out[i], window=window)
        before = sent if not sent.boilerplate else before
    return out


def resolve_from(code: str, day: pd.Timestamp) -> tuple[pd.Timestamp, pd.Timestamp, str] | None:
    """ "fromday:3 June": from the close of that day (the last such day before ``day``) to
    ``day``; ``None`` for a date that cannot be read or is not before ``day``.

    Examples
    --------
    >>> start, end, _ = resolve_from("fromday:3 June", pd.Timestamp("2025-06-10"))
    >>> str(start.date()), str(end.date())
    ('2025-06-03', '2025-06-10')
    """
    import dateparser

    words = code.removeprefix("fromday:")
    settings = {"RELATIVE_BASE": day.to_pydatetime(), "PREFER_DATES_FROM": "past"}
    parsed = dateparser.parse(words, languages=["en"], settings=settings)  # type: ignore[arg-type]
    if parsed is None or pd.Timestamp(parsed).normalize() >= day:
        return None
    start = pd.Timestamp(parsed).normalize()
    return start, day, f"since {start.date()} ({words!r}, from its close)"
