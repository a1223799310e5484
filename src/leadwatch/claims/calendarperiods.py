"""Moves said of a calendar period named from the article's date: "this week", "for the
month", "last week", "last month", "last quarter", "last year" (pure).

The window finder reads "this week", "last week", "for the week" all as ``week`` (seven
days to the article date), "the previous month" as a trailing month, and finds no window
at all in "last month", "last quarter" ("rose 5% last month" was graded on one session,
"rose 27% last year" on three months). A trailing window fits "over the past week" and an
article written at the weekend, not a midweek one, and never a month, quarter or year
that has ended. Here a move in a sentence that names one such period takes its calendar
window: ``wtd`` or ``mtd`` for the period to date ("this week", "so far this month", "for
the week": the calendar week's tally, from the close before it), and
``calweek:last``, ``calmonth:last``, ``calquarter:last``, ``calyear:last`` for the period
before the article's (resolved by :func:`leadwatch.claims.spans.resolve_span`). A sentence
that names a trailing period or another window too keeps its reading.

Examples
--------
>>> from leadwatch.claims import extract_claims
>>> ex = extract_claims("Gold rose 2% this week. Silver fell 3% last month.")
>>> [c.window for c in ex.claims]
['wtd', 'calmonth:last']
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from leadwatch.claims.model import Claim
from leadwatch.claims.text import Sentence
from leadwatch.claims.windows import find_windows

__all__ = ["calendar_periods"]

_UNIT = r"(?P<unit>week|month|quarter|year)"
_PHRASES = {
    # "last month", "the previous quarter" (not "the last month", "over the previous week",
    # "since last year", "last year's": a trailing span, a start, a noun of its own)
    "last": r"(?<!the )(?<!over )(?<!over the )(?<!in the )(?<!since )(?<!from )(?<!than )"
    rf"\b(?:last|the previous|the prior) {_UNIT}\b(?!['\u2019]s)",
    # "this week", "so far this month", "for the week": the calendar week so far ("on the
    # month", "on the week" keep their trailing span: a recap at the period's end, written
    # before its last close is in)
    "this": r"(?<!since )(?<!than )\b(?:so far )?(?:this|the current) (?P<unit>week|month)\b"
    r"(?!['\u2019]s)|\bfor the (?P<unit2>week)\b(?!['\u2019]s| (?:of|ending|ended|to)\b)"
    # "gold had a strong week, rising 2%", "silver is having a volatile week": its tally
    r"|\b(?:had|has had|saw|enjoyed|endured|suffered|is having|was having) an? (?:[\w-]+ ){0,2}?"
    r"(?P<unit3>week)\b(?!['\u2019]s| (?:of|ending|ended|to|before|earlier|ago)\b)"
    r"|\b(?P<unit4>w)(?:eek[- ]to[- ]date|td)\b",  # "week to date", "WTD"
    # a trailing or compared period: the sentence keeps its reading
    "other": r"\b(?:past|seven|7|five|30|thirty) (?:days?|sessions?|weeks?|months?)\b"
    r"|\b(?:week|month|year)[- ](?:on|over)[- ](?:week|month|year)\b|\bweekly\b|\bmonthly\b"
    r"|\b(?:past|the last) (?:week|month|quarter|year)\b|\bweek of\b|\bweeks\b|\bmonths\b"
    r"|\bago\b|\bsince\b|\b(?:time|stage|point|date|period) last (?:week|month|year)\b",
}
_LAST, _THIS, _OTHER = (re.compile(_PHRASES[k], re.IGNORECASE) for k in ("last", "this", "other"))
_MOVES = ("move", "percent")
#: Windows the finder gives a calendar phrase (or none): the ones read again here.
_GENERIC = (None, "week", "month", "months", "year")


def _period(s: str) -> str | None:
    """The single calendar period ``s`` names, as a window code (``None``: none, several,
    or a trailing one too)."""
    if _OTHER.search(s):
        return None
    codes = {f"cal{m['unit'].lower()}:last" for m in _LAST.finditer(s)}
    codes |= {f"{next(u for u in m.groups() if u)[0].lower()}td" for m in _THIS.finditer(s)}
    if len(codes) != 1 or len(find_windows(s)) > 1:
        return None
    return codes.pop()


def calendar_periods(sentences: Sequence[Sentence], claims: list[Claim]) -> list[Claim]:
    """``claims`` with the moves of a sentence naming one calendar period given its window
    (module doc)."""
    text = {s.index: s.text for s in sentences}
    out = []
    for c in claims:
        code = None
        if c.kind in _MOVES and c.window in _GENERIC and c.when is None:
            code = _period(text.get(c.sentence, ""))
        if code in ("wtd", "calweek:last") and c.window != "week":
            code = None  # a week phrase is read as ``week``: a move without it is the day's
        out.append(c if code is None else replace(c, window=code))
    return out
