"""Moves named by their period, with no size (pure): "It ended 2025 in the red", "gold
finished the week higher", "bitcoin has erased its gains for 2025", "ether is now down for
the year", "silver closed January lower".

Each is a move of the asset named last before it, with the direction of its state word and
the period's window: a year ``cal:YYYY`` (to the article date when it is the current one),
"for the year" ``ytd``, "for the month" ``mtd``, "for the week" ``wtd``, a month its
``("month", ...)`` time; "ended the month" is a streak of one (``streak:M:1``): the latest
month, ended by the article date or two thirds past (:mod:`leadwatch.claims.streakcheck`).
Erased gains say the period's change is at most nil: a fall; erased losses a rise. A move
the sentence already states for that asset and period adds nothing.

Examples
--------
>>> from leadwatch.claims.assets import find_assets
>>> s = "Bitcoin ended 2025 in the red, while gold finished the week higher."
>>> [(c.asset, c.op, c.window) for c in period_moves(s, 0, find_assets(s), [])]
[('btc', 'down', 'cal:2025'), ('gold', 'up', 'streak:W:1')]
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from leadwatch.claims.assets import AssetMention
from leadwatch.claims.model import Claim, last_before
from leadwatch.claims.monthcloses import month_closes
from leadwatch.claims.numbers import figure_at
from leadwatch.claims.spansof import spans_of_moves
from leadwatch.claims.vocabulary import MONTH_NAME_RE, YEAR_RE, month_number

__all__ = ["period_closes", "period_moves", "ranked_period_moves"]

_UP = r"in (?:the )?green|in positive territory|positive|higher|up|firmer|stronger"
_DOWN = r"in (?:the )?red|in negative territory|negative|lower|down|weaker|softer"
_PERIOD = (
    rf"(?P<year>{YEAR_RE})|the (?P<unit>year|month|week)(?: to date)?"
    rf"|(?P<month>{MONTH_NAME_RE})(?: (?P<myear>{YEAR_RE}))?"
)
_ENDED = (
    r"(?:end(?:ed|s|ing)?|finish(?:ed|es|ing)?|clos(?:ed|es|ing|e)|wrap(?:ped|s|ping)?"
    r"|round(?:ed|s|ing)?)(?: up| off| out)?"
)
_COPULA = (
    r"(?:is|are|was|were|been|be|turned|turning|turns|swung|swinging|back|remains?|remained"
    r"|stays?|stayed|now|still|firmly|deep(?:ly)?|slightly|marginally)"
)
_ERASED = (
    r"(?:erased|erasing|erases|wiped out|wiping out|wipes out|gave up|given up|giving up"
    r"|surrendered|surrendering|gave back|given back|giving back|reversed|reversing)"
)
#: How far: "finished the week slightly lower", "ended the month sharply higher".
_DEGREE = (
    r"(?:slightly|marginally|modestly|somewhat|sharply|significantly|substantially|much|far"
    r"|a (?:bit|touch|little|tad))"
)
#: Not before a size: "closed the week up 2%" is read with its figure.
_UNSIZED = r"(?!\s*(?:\$|\d|by\b|about|nearly|around|more|over|almost|roughly|some\b))"
_PATTERNS = (
    # "ended 2025 in the red", "finished the week slightly higher", "closed January lower"
    re.compile(
        rf"\b{_ENDED} (?:{_PERIOD}) (?:{_DEGREE} )?(?:(?P<up>{_UP})|(?P<down>{_DOWN}))\b{_UNSIZED}",
        re.I,
    ),
    # "is now down for the year", "turned negative for 2025", "remains in the red on the month"
    re.compile(
        rf"\b{_COPULA}\s+(?:(?:now|still|firmly|slightly)\s+)?(?:(?P<up>{_UP})|(?P<down>{_DOWN}))"
        rf" (?:for|on|in) (?:{_PERIOD})\b",
        re.I,
    ),
    # "has erased its gains for 2025", "wiped out all of its year-to-date losses"
    re.compile(
        rf"\b{_ERASED} (?:all |most )?(?:of )?(?:(?:its|their|the(?: [\w-]+['\u2019]s)?) "
        rf"|(?=(?:year-to-date|YTD|{YEAR_RE}) ))"  # "erased all 2025 gains": no possessive
        rf"(?:(?P<ytd>year-to-date|YTD"
        rf"|(?P<year2>{YEAR_RE})) )?(?:(?P<down>gains|advance|rally)|(?P<up>losses|decline))"
        rf"(?: (?:for|in|of|this) (?:{_PERIOD}|year))?",
        re.I,
    ),
)


def _window(m: re.Match[str]) -> tuple[str | None, tuple[str, Any] | None] | None:
    """The window (or month time) of period match ``m``; ``None``: no period."""
    g = m.groupdict()
    year = g.get("year") or g.get("year2")
    if year:
        return f"cal:{year}", None
    if g.get("unit") and m.re is _PATTERNS[0]:  # "ended the month in the red": the latest
        return f"streak:{g['unit'][0].upper()}:1", None  # month, ended or two thirds past
    if g.get("unit"):
        return {"year": "ytd", "month": "mtd", "week": "wtd"}[g["unit"].lower()], None
    if g.get("month"):
        return None, ("month", (int(g.get("myear") or 0), month_number(g["month"])))
    if g.get("ytd") or m.group(0).lower().endswith("year"):
        return "ytd", None
    return None


#: Words that start a clause of another subject between the asset and its period move.
_OTHER_CLAUSE = re.compile(r"\b(?:as|while|whereas|although|though|but|after)\b|;", re.I)


def _family(window: str | None) -> str | None:
    """The period a window is of: "ytd", "cal:2025" and "year" are the year's."""
    w = window or ""
    families = {"ytd": "Y", "year": "Y", "wtd": "W", "week": "W", "mtd": "M", "month": "M"}
    return "Y" if w.startswith("cal:") else families.get(w, window)


def period_moves(
    s: str, index: int, mentions: list[AssetMention], claims: list[Claim]
) -> list[Claim]:
    """The size-less moves over a named period that sentence ``s`` (number ``index``)
    states, for the asset named last before each (see the module doc)."""
    out: list[Claim] = []
    for pattern in _PATTERNS:
        for m in pattern.finditer(s):
            named, read = last_before(mentions, m.start(), groups=False), _window(m)
            if named is None or read is None or _OTHER_CLAUSE.search(s, named.end, m.start()):
                continue  # "gold rose as inflation was higher in January": not gold's
            asset = named.asset
            window, when = read
            same = [
                c
                for c in claims + out
                if c.asset == asset
                and c.kind in ("percent", "move")
                and (
                    (_family(c.window) == _family(window) and (when is None or c.when == when))
                    or (window or "").startswith("streak:")  # "slid 3% in May, ending the month"
                )
            ]
            if same:
                continue  # "ended 2025 up 40%": the sized move stands
            op = "up" if m.group("up") else "down"
            out.append(Claim(index, "move", asset, m.group(0), op, when=when, window=window))
    return out + spans_of_moves(s, index, mentions, claims + out)  # "a month of gains for X"


#: A period's close told before a level: "finished February at around $65,000", "ended 2025
#: near $87,500", "closed the month just below $48".
_CLOSED_AT = re.compile(rf"\b{_ENDED} (?:{_PERIOD})\s+", re.IGNORECASE)
_TO_LEVEL = re.compile(
    r"(?:(?:at|near|around|about|roughly|just|a touch|slightly|above|below|under|over|close"
    r"|to)\s+)*[$\d]|(?:at|near|around|about|above|below|under|over)\b",
    re.IGNORECASE,
)


def period_closes(
    s: str, claims: list[Claim], mentions: Sequence[AssetMention] = (), index: int = 0
) -> list[Claim]:
    """``claims`` with each level told as a period's close ("finished February at $65,000")
    read at that close: window ``end:Y:2025`` (a year), ``end:M:2`` (the last February by
    the article date), or ``end:W``/``end:M``/``end:Y`` (the latest week, month or year:
    ended by the article date, or two thirds past); a month's close told by a noun ("June
    close 5,460.48") adds its level (:func:`~leadwatch.claims.monthcloses.month_closes`)."""
    out = list(claims) + month_closes(s, index, mentions, claims)
    for m in _CLOSED_AT.finditer(s):
        g = m.groupdict()
        code = (
            f"Y:{g['year']}"
            if g.get("year")
            else f"M:{month_number(g['month'])}"
            if g.get("month") and not g.get("myear")
            else (g.get("unit") or "")[:1].upper()
        )
        for k, c in enumerate(out):
            at = s.find(c.words, m.start())
            told = c.kind == "level" and c.window is None and c.when is None and code
            if told and at >= m.end() and _TO_LEVEL.match(s, m.end()) and at - m.end() < 25:
                out[k] = replace(c, window=f"end:{code}")
    return _period_moves(out)


#: The window of a move told beside the latest period's close.
_SPANS = {"end:W": "week", "end:M": "month", "end:Y": "year"}


def _period_moves(claims: list[Claim]) -> list[Claim]:
    """A move told beside the latest period's close, with no window of its own, is over
    that period ("gained about $237, climbing from $4,017 ... before ending the week at
    $4,254": the week's gain, not a session's)."""
    span = next((_SPANS[c.window] for c in claims if c.window in _SPANS), None)
    if span is None:
        return claims
    return [
        replace(c, window=span)
        if c.kind in ("percent", "move") and c.window in (None, "day") and c.when is None
        else c
        for c in claims
    ]


#: The window of a move told beside its week's rank ("its best week since ..."); a month's
#: or a quarter's result takes the month named before it (:mod:`.periodnouns`).
_RANKED = {"W": "week"}


def ranked_period_moves(texts: Sequence[str], claims: Sequence[Claim]) -> list[Claim]:
    """``claims`` with a move told beside its period's rank read over that period: "rose
    5%, posting its 2nd-best week since November 2023" (the week's 5%), "lost 3% on Friday
    and posted its worst weekly performance since May, with total losses of 8%" (the 3% is
    Friday's, the 8% after the rank the week's). ``texts``: the sentences.

    >>> from leadwatch.claims.model import Claim
    >>> s = "The index rose 5%, posting its best week since May."
    >>> rank = Claim(0, "record", "spx", "its best week since May", "best:W", window="since:May")
    >>> move = Claim(0, "percent", "spx", "5%", "up", pct=5.0)
    >>> [c.window for c in ranked_period_moves([s], [rank, move])]
    ['since:May', 'week']
    """
    ranks = {
        c.sentence: (c.words, _RANKED[period], c.asset)
        for c in claims
        if c.kind == "record"
        and (c.op or "").startswith(("best:", "worst:"))
        and (period := (c.op or "").split(":")[1]) in _RANKED
    }
    out = []
    for c in claims:
        rank = ranks.get(c.sentence)
        if rank is not None and c.kind == "percent" and c.window in (None, "day"):
            s = texts[c.sentence] if 0 <= c.sentence < len(texts) else ""
            at, ranked = figure_at(s, c.words), s.find(rank[0])
            after = at > ranked >= 0
            own = ranked >= 0 and _WITH_FIGURE.match(s, ranked + len(rank[0]))
            if (after and c.asset != rank[2]) or (own and not after):
                pass  # another asset's move after it; a move before a rank with its own figure
            elif c.when is None or after:  # a day's own move before the rank stays the day's
                c = replace(c, window=rank[1], when=None if after else c.when)
        out.append(c)
    return out


#: A rank told with its own figure right after it ("its weakest week since June with a 4%
#: drop"): the week's move is that one, not a figure before the rank.
_WITH_FIGURE = re.compile(r"[^,;.]{0,12}?\b(?:with|after|on)\s+(?:an?\s+)?[\d.]+\s?%")
