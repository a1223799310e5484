"""The first price of a move over a span whose first day is named: "between March 2 and 6,
ether slid from $2,410 to $2,250" (pure).

A "from $X to $Y" move (:func:`leadwatch.claims.fromto.from_to_moves`) states where the
asset stood when its span began. When the sentence names that span by its first day
("between March 2 and 6", "from 2 to 6 March", "from March 2 through March 6"), the
first price is a level of that day (``when`` a ``date``), graded like any dated level;
the second price is the level the sentence states anyway. A span with no first day
named ("over the weekend", "this week") adds nothing: the first price's day is unknown.

Examples
--------
>>> from leadwatch.claims.assets import find_assets
>>> from leadwatch.claims.fromto import from_to_moves
>>> s = "Between March 2 and 6, ether slid from $2,410 to $2,250."
>>> moves = from_to_moves(s, 0, find_assets(s))
>>> [(c.kind, c.level, c.when) for c in span_start_levels(s, moves)]
[('level', 2410.0, ('date', (3, 2)))]
>>> s = "Over the weekend, ether slid from $2,410 to $2,250."
>>> span_start_levels(s, from_to_moves(s, 0, find_assets(s)))
[]
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from leadwatch.claims.model import Claim
from leadwatch.claims.vocabulary import MONTH_NAME_RE, month_number

__all__ = ["span_dated_levels", "span_start_levels"]

_TH = r"(?:st|nd|rd|th)?"
_UNTIL = r"(?:and|to|through|thru|until|till|[-\u2013])"
_CLOSE_ON = r"(?:the (?:close|open|settlement|session) (?:on|of) )?"
# "between March 2 and 6", "from March 2 through March 6", "from the close on June 3 to July
# 8": the month first.
_MONTH_FIRST = (
    rf"\b(?:between|from) {_CLOSE_ON}(?P<mo>{MONTH_NAME_RE})\.? (?P<d>\d{{1,2}}){_TH},? {_UNTIL} "
    rf"{_CLOSE_ON}(?:(?P<emo>{MONTH_NAME_RE})\.? )?(?P<ed>\d{{1,2}}){_TH}\b(?!\.\d|,\d)"
)
# "between 2 and 6 March", "from 2 to 6 March": the day first, the month after the span.
_DAY_FIRST = (
    rf"\b(?:between|from) (?P<d2>\d{{1,2}}){_TH} {_UNTIL} (?P<ed2>\d{{1,2}}){_TH} "
    rf"(?P<mo2>{MONTH_NAME_RE})\b"
)
_SPAN_RE = re.compile(f"{_MONTH_FIRST}|{_DAY_FIRST}", re.IGNORECASE)
# A bound before the span's first price: "declined from above 40 to below 20".
_BOUND = re.compile(r"(?:(?P<above>above|over|more than)|below|under|less than)\s", re.I)
_FROM = re.compile(r"\bfrom\b", re.IGNORECASE)
_TO = re.compile(r"\bto\s+(?:[a-z]+\s+){0,2}$", re.IGNORECASE)


def _days(span: re.Match[str]) -> tuple[tuple[int, int], tuple[int, int]]:
    """The span's first and last days, (month, day) each."""
    month = month_number(span.group("mo") or span.group("mo2"))
    last = month_number(span.group("emo") or span.group("mo") or span.group("mo2"))
    first_day, last_day = span.group("d") or span.group("d2"), span.group("ed") or span.group("ed2")
    return (month, int(first_day)), (last, int(last_day))


def span_start_levels(s: str, moves: Sequence[Claim]) -> list[Claim]:
    """A level claim of the span's first day for the first price of each from-to move of
    ``s`` (``moves``: its ``from:`` moves) when ``s`` names the span's first day; "above"
    or "below" where a bound stands before that price."""
    span = _SPAN_RE.search(s)
    if span is None:
        return []
    first, _ = _days(span)
    out = []
    for c in moves:
        if c.kind != "move" or not (c.window or "").startswith("from:") or c.asset is None:
            continue
        cut = re.search(r"\bfrom\s+", c.words)
        bound = _BOUND.match(c.words, cut.end()) if cut is not None else None
        op = "at" if bound is None else "above" if bound.group("above") else "below"
        level = float((c.window or "")[5:])
        out.append(Claim(c.sentence, "level", c.asset, c.words, op, level, when=("date", first)))
    return out


def span_dated_levels(s: str, claims: list[Claim]) -> list[Claim]:
    """``claims`` of sentence ``s`` with the levels of a named span's two ends dated: a level
    told after "from" is of the span's first day, one after "to" of its last ("between
    April 10 and May 12, the index slid from above 40 to below 20"). A level one of the
    first prices already states (:func:`span_start_levels`) is left out."""
    span = _SPAN_RE.search(s)
    if span is None:
        return claims
    first, last = _days(span)
    moved = {c.words for c in claims if c.kind == "move"}
    starts = {(c.asset, c.level) for c in claims if c.kind == "level" and c.words in moved}
    out = []
    for c in claims:
        at = s.find(c.words, span.end()) if c.kind == "level" and c.words not in moved else -1
        lead = s[max(span.end(), at - 30) : at]
        if at < 0:
            out.append(c)
        elif _TO.search(lead) or c.words.lower().startswith("to "):
            out.append(replace(c, when=("date", last)))
        elif _FROM.search(s, span.end(), at) and at < s.find(" to ", span.end()):
            if (c.asset, c.level) not in starts:  # "from above 40 to below 20": the first's
                out.append(replace(c, when=("date", first)))
        else:
            out.append(c)
    return out
