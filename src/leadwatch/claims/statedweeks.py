"""A week named once at the top of a weekly review and meant by the sentences after it (pure).

A review that opens "Crypto prices slid during the week of March 9-13" goes on "over the
week, bitcoin lost 5%", "during the week it traded as high as $71,000", "ether fell 7%
over the same period", "its range ran from a low of $2,000 to a high of $2,300": each of
those is said of the week the opening named, not of the seven days to the article's date
(the review may come out days later). :func:`stated_weeks` finds the first week named by
a day (:func:`leadwatch.claims.weekof.week_windows`) in the article's first sentences and,
from that sentence on, gives it

- to a move that refers back to a period ("over the week", "during the period", "over
  the same period"): window ``weekof:MONTH DAY``, graded from the close before the week to
  its last session;
- to a price of a sentence that refers back so, names a range or an extreme ("the range",
  "a low of", "a high of"), or is dated by a day of that week ("between March 9 and 13,
  it fell from $X to $Y"): window ``ext::wk:MONTH DAY`` (:mod:`leadwatch.claims.pastanchor`:
  a price seen in that week).

It stops at a sentence that names another week ("in the week ending March 6"), this week
or today. A claim with a time of its own other than a day of the week keeps it; "this
week", "the past week" are windows to the article's date, never the named week.

Examples
--------
>>> from leadwatch.claims import extract_claims
>>> text = ("Markets drifted during the week of March 9-13, 2026. Over the week, bitcoin "
...         "lost 5%. Ether fell 7% over the same period, with a low of about $2,000.")
>>> sorted((c.kind, c.window) for c in extract_claims(text).claims)
[('level', 'ext::wk:March 9'), ('percent', 'weekof:March 9'), ('percent', 'weekof:March 9')]
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from leadwatch.claims.model import Claim
from leadwatch.claims.text import Sentence
from leadwatch.claims.vocabulary import any_of, month_number
from leadwatch.claims.weekof import week_windows

__all__ = ["stated_weeks"]

#: How many sentences from the top may name the week of a review.
_OPENING = 3
#: A reference back to a period already named: "over the week", "during the same period".
_BACK = re.compile(
    r"\b(?:over|during|in|for|across|throughout|within) the (?:same |whole |entire |full )?"
    r"(?:period|week)\b(?!\s+(?:of|ending|ended|to|through|before|after|ahead)\b)",
    re.IGNORECASE,
)
#: A price named as a range or an extreme of the period.
_EXTREME = re.compile(r"\b(?:range|low of|high of|lows? of|highs? of|peak|trough)\b", re.I)
#: The article's own time: the named week no longer holds.
_NOW = any_of(
    "(?:this|the current|the past|last|the previous|the prior|next) week",
    *("today", "now", "currently", "at (?:the time of )?(?:writing|press time)"),
)
_MOVES = ("percent", "move")


def stated_weeks(sentences: Sequence[Sentence], claims: list[Claim]) -> list[Claim]:
    """``claims`` with the figures said of a review's named week given its window."""
    named = _opening_week(sentences)
    if named is None:
        return claims
    at, code = named
    first = _first_day(code)
    scope: dict[int, str] = {}
    for sent in sentences:
        if sent.index < at or sent.boilerplate:
            continue
        others = {c for *_, c in week_windows(sent.text)} - {code}
        if others or _NOW.search(sent.text):
            break
        scope[sent.index] = sent.text
    return [
        _in_week(c, scope[c.sentence], code, first) if c.sentence in scope else c for c in claims
    ]


def _opening_week(sentences: Sequence[Sentence]) -> tuple[int, str] | None:
    """The index of the opening sentence that names one week by a day, and its code."""
    body = [s for s in sentences if not s.boilerplate][:_OPENING]
    for sent in body:
        codes = {c for *_, c in week_windows(sent.text)}
        if len(codes) == 1:
            return sent.index, codes.pop()
        if codes:
            return None  # two weeks named at once: no single week of the review
    return None


def _first_day(code: str) -> date:
    name, dom = code[7:].split()
    return date(2001, month_number(name), int(dom))


def _in_week(c: Claim, text: str, code: str, first: date) -> Claim:
    """``c`` said of the week ``code`` when its sentence refers to it (module doc)."""
    own = c.when is not None and not _day_of_week(c.when, first)
    if own or c.asset is None:
        return c
    back = _BACK.search(text) is not None
    if c.kind in _MOVES and c.window in (None, "week") and back:
        return replace(c, window=code, when=None)
    said = back or _EXTREME.search(text) is not None or c.when is not None
    if c.kind == "level" and c.window is None and c.level is not None and said:
        return replace(c, window=f"ext::wk:{code[7:]}", when=None)
    return c


def _day_of_week(when: tuple[str, object], first: date) -> bool:
    """Whether ``when`` is a date (month, day) within the five sessions from ``first``."""
    if when[0] != "date" or not isinstance(when[1], tuple) or len(when[1]) != 2:
        return False
    month, dom = when[1]
    if not isinstance(month, int) or not isinstance(dom, int):
        return False
    try:
        gap = (date(2001, month, dom) - first).days
    except ValueError:
        return False
    return 0 <= gap <= 4
