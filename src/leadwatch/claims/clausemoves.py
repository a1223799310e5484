"""A move without a figure in a first clause, joined to a second clause with a figure.

"The dollar index was down again in March and is down 6.1% for the year so far", "Gold
rose in April but is still off 3% since January": the first clause states a move of its
own period (March; April) with no figure, the second a sized move over another window.
The sentence yields both; the second clause's figure keeps its own window and does not
take the first clause's period as its day (so "year so far" runs to the article's date).
The figure's claim is found first (``claims``); the bare move is added only when such a
later figure of the same asset stands in the sentence.

A move that follows one that ran "by" a date ("Gold fell 4% by March 12 but then rallied 6%
to end the month higher") starts where the first ended: it is measured from that date's
close, to the month's end when it "closes (ends, finishes) the month", else to the date of
the article (:func:`after_deadline`); it does not take that date as its own day.

A move said to close a month named in the sentence ("... fell 5% by May 9 but recovered to
close the month slightly higher", "... in May, ending the month in the red") is also a move
of that calendar month (:func:`month_close_moves`).

Examples
--------
>>> from leadwatch.claims import extract_claims
>>> ex = extract_claims("Silver fell in May and has lost 9% since January.")
>>> [(c.kind, c.op, c.pct, c.window, c.when) for c in ex.claims]
[('percent', 'down', 9.0, 'since:January', None), ('move', 'down', None, None, ('month', (0, 5)))]
"""

from __future__ import annotations

import calendar
import re
from dataclasses import replace

import pandas as pd

from leadwatch.claims.assets import AssetMention
from leadwatch.claims.model import Claim, nearest_before
from leadwatch.claims.text import find_when_at
from leadwatch.claims.vocabulary import (
    IN_SENTENCE_RE,
    MONTH_NAME_RE,
    WEEKDAYS,
    YEAR_RE,
    month_number,
    words_re,
)

__all__ = ["after_deadline", "clause_moves", "month_close_moves"]

_UP = r"up|higher|rose|gained|rallied|climbed|advanced|jumped|strengthened|firmed"
_DOWN = "fell|lost|declined|slipped|dropped|retreated|slid|sank|weakened|eased"
#: A state a period ended in: "was also down", "closed sharply higher".
_ENDED = ("was", "were", "ended", "finished", "closed", "traded")
_HOW = ("also", "again", "slightly", "sharply", "marginally", "modestly", "firmly", "solidly")
_STATE = rf"{words_re(_ENDED)}\s+(?:{words_re(_HOW)}\s+)*(?P<dir>up|down|higher|lower)"
#: The period of the first clause: "in March", "last week", "on Friday", "this month".
_TIMES = (
    rf"in (?:{MONTH_NAME_RE})(?: {YEAR_RE})?",
    "last (?:week|month|year)",
    f"on {words_re(WEEKDAYS)}",
    "this (?:week|month)",
)
_MOVED = rf"\b(?:{_STATE}|(?P<verb>{_UP}|{_DOWN}))(?:\s+(?:again|also|sharply|slightly|modestly))?"
_BARE = re.compile(
    rf"{_MOVED}\s+(?P<time>{'|'.join(_TIMES)}),?\s+(?:and|but|while|yet|though)\s", re.I
)


def clause_moves(
    s: str, index: int, mentions: list[AssetMention], claims: list[Claim]
) -> list[Claim]:
    """``claims`` with the figureless first-clause moves of ``s`` added (see the module doc)."""
    out = list(claims)
    for m in _BARE.finditer(s):
        asset = nearest_before(mentions, m.start())
        later = [
            i
            for i, c in enumerate(out)
            if c.asset == asset and c.kind in ("percent", "move") and s.find(c.words) >= m.end()
        ]
        if asset is None or not later:
            continue
        when = find_when_at(s, m.start("time"))
        for i in later:  # "... and is down 6.1% for the year so far": its own window, now
            if out[i].window is not None and out[i].when == when:
                out[i] = replace(out[i], when=None)
        word = (m.group("dir") or m.group("verb")).lower()
        op = "up" if re.fullmatch(_UP, word) else "down"
        out.append(
            Claim(index, "move", asset, m.group(0)[: m.end("time") - m.start()], op, when=when)
        )
    return month_close_moves(s, after_deadline(s, out))


_BY_DATE = re.compile(
    rf"\bby (?P<month>{MONTH_NAME_RE})\.? (?P<dom>\d{{1,2}})(?:st|nd|rd|th)?\b"
    rf"{IN_SENTENCE_RE}*?\b(?:but|then|before|only to|after which)\b",
)
_MONTH_END = re.compile(
    rf"^{IN_SENTENCE_RE}{{0,40}}?\b(?:to (?:close|end|finish) the month|into (?:the )?"
    r"(?:month[- ]end|end of the month)|by (?:the )?(?:month[- ]end|end of the month))\b",
    re.IGNORECASE,
)


def _position(s: str, c: Claim, before: list[Claim]) -> int:
    """Where ``c``'s words stand in ``s``: the n-th time they occur for the n-th claim
    quoting them ("fell 5% ... but rallied 5%": two claims with the words "5%")."""
    pos = -1
    for _ in range(1 + sum(1 for b in before if b.words == c.words)):
        pos = s.find(c.words, pos + 1)
    return pos


def after_deadline(s: str, claims: list[Claim]) -> list[Claim]:
    """``claims`` with the moves after a move "by" a date measured from that date (see the
    module doc): window ``between:<next day>:<month end>`` or ``since:<next day>``.

    >>> c = Claim(0, "percent", "gold", "6%", "up", pct=6.0, when=("date", (3, 12)))
    >>> s = "Gold fell 4% by March 12 but then rallied 6% to end the month higher."
    >>> after_deadline(s, [c])[0].window
    'between:March 13:March 31'
    """
    m = _BY_DATE.search(s)
    if m is None:
        return claims
    month, dom = month_number(m.group("month")), int(m.group("dom"))
    if not 1 <= dom <= calendar.monthrange(2023, month)[1]:
        return claims  # no such day in every year ("February 29", "April 31")
    by = pd.Timestamp(year=2023, month=month, day=dom)
    nxt, last = by + pd.Timedelta(days=1), pd.Timestamp(by + pd.offsets.MonthEnd(0))
    out: list[Claim] = []
    for c in claims:
        pos = _position(s, c, out)
        if pos < m.end() or c.when != ("date", (month, dom)) or c.window not in (None, "day"):
            out.append(c)
            continue
        since = f"{nxt:%B} {nxt.day}"
        to_end = nxt <= last and _MONTH_END.match(s[pos:])  # "... to end the month"
        window = f"between:{since}:{last:%B} {last.day}" if to_end else None
        out.append(replace(c, when=None, window=window or f"since:{since}"))
    return out


_CLOSE_MONTH = re.compile(
    r"\b(?:clos|end|finish)(?:e?s|e?d|ing|e)? the month"
    r" (?:(?:marginally|slightly|modestly|firmly|solidly|sharply|just|barely) )?"
    r"(?P<sign>(?P<up>positive|higher|up|in the green|in positive territory)"
    r"|negative|lower|down|in the red|in negative territory)\b",
    re.IGNORECASE,
)
_MONTH_NAMED = re.compile(rf"\b(?:{MONTH_NAME_RE})\b")


def month_close_moves(s: str, claims: list[Claim]) -> list[Claim]:
    """``claims`` with a move of the month for each "to close the month higher" said of the
    move claimed last before it, when the sentence names that month (see the module doc).

    >>> c = Claim(0, "percent", "gold", "6%", "up", pct=6.0)
    >>> s = "Gold fell 4% by May 9 but rallied 6% to close the month slightly higher."
    >>> [(x.op, x.when) for x in month_close_moves(s, [c])[1:]]
    [('up', ('month', (0, 5)))]
    """
    out = list(claims)
    for m in _CLOSE_MONTH.finditer(s):
        named = _MONTH_NAMED.findall(s)
        moves = [
            c
            for i, c in enumerate(claims)
            if c.kind in ("move", "percent") and 0 <= _position(s, c, claims[:i]) < m.start()
        ]
        if not named or not moves or moves[-1].asset is None:
            continue
        month = ("month", (0, month_number(named[-1])))
        if not any(c.asset == moves[-1].asset and c.when == month for c in out):
            op = "up" if m.group("up") else "down"
            out.append(
                Claim(moves[-1].sentence, "move", moves[-1].asset, m.group(0), op, when=month)
            )
    return out
