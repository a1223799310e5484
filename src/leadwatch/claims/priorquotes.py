"""Earlier prices quoted beside a level for comparison (pure): "at $2,912 on 7 March,
against $2,890 the previous day and $2,170 a year earlier", "closed at 107.4, up from
106.9 the day before".

Each such figure is a level of the same asset on the earlier day it names: "the previous
day" (also "the day before", "a day earlier") is the day before the first level's own day
(the day before its date, its weekday or the article's day; the first level is not dated
by the words of the earlier figure); "a week/month/year earlier"
(or "ago") is that far back from the article's day (window ``ext::ago:1:UNIT``, graded
by :func:`leadwatch.claims.anchorgrade.grade_anchored`); "on Friday" is that weekday. A
figure with a currency sign or code (or "dollars") is read; a bare one only when it is of
the first level's size.

Examples
--------
>>> from leadwatch.claims.text import split_sentences
>>> s = split_sentences("Gold was at $2,912 on 7 March, against $2,890 the previous day.")
>>> first = Claim(0, "level", "gold", "at $2,912", "at", 2912.0, when=("date", (3, 7)))
>>> [(c.level, c.when) for c in prior_quotes(s, [first])][1:]
[(2890.0, ('date', (3, 6)))]
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from leadwatch.claims.model import Claim
from leadwatch.claims.text import Sentence, find_when_at
from leadwatch.claims.vocabulary import PRICE_NUM_RE, WEEKDAYS

__all__ = ["prior_quotes"]

_PRIOR_RE = re.compile(
    r"\b(?:compared (?:with|to)|against|versus|vs\.?|(?:up|down) from|and)\s+"
    r"(?:(?:about|around|roughly|some|near) )?"
    rf"(?P<d>(?:US|USD ?)?\$\s?)?(?P<num>{PRICE_NUM_RE})(?P<code>\s?USD|\s(?:US )?dollars)?\s+"
    r"(?:(?P<day>the (?:previous|prior) (?:day|session|trading day)|the day before"
    r"|a day earlier)|(?:one|a) (?P<unit>week|month|year) (?:earlier|before|ago)"
    rf"|on (?P<named>{'|'.join(w.capitalize() for w in WEEKDAYS)}))\b",
    re.IGNORECASE,
)


def _day_before(when: tuple[str, Any] | None) -> tuple[str, Any] | None:
    """The day before the day ``when`` names (the article's: ``yesterday``)."""
    if when is None or when[0] == "today":
        return ("yesterday", 1)
    if when[0] == "weekday":
        return ("weekday", (int(when[1]) - 1) % 7)
    if when[0] == "date":
        month, dom = when[1]
        prior = dt.date(2004, month, dom) - dt.timedelta(days=1)  # a leap year reads 29 February
        return ("date", (prior.month, min(prior.day, 28) if prior.month == 2 else prior.day))
    return None


def prior_quotes(sentences: Sequence[Sentence], claims: Sequence[Claim]) -> list[Claim]:
    """``claims`` with the earlier prices quoted beside a level (module doc) added."""
    out = list(claims)
    for first in claims:
        level = first.level
        if first.kind != "level" or level is None or first.window is not None:
            continue
        s = sentences[first.sentence].text
        start = s.find(first.words)
        if first.when is not None and first.when[0] == "yesterday" and _PRIOR_RE.search(s):
            own = find_when_at(_PRIOR_RE.sub(lambda m: " " * len(m.group(0)), s), max(start, 0))
            out = [replace(c, when=own) if c is first else c for c in out]  # not its day
            first = replace(first, when=own)
        for m in _PRIOR_RE.finditer(s, max(start, 0) + len(first.words)):
            value = float(m.group("num").replace(",", ""))
            marked = m.group("d") is not None or m.group("code") is not None
            if not (marked or 0.5 <= value / level <= 2.0):
                continue
            if any(c.sentence == first.sentence and c.level == value for c in out):
                continue
            words = m.group(0)
            if m.group("named"):  # "against $3,589 on Friday": that weekday's
                day = ("weekday", WEEKDAYS.index(m.group("named").lower()))
                found = Claim(first.sentence, "level", first.asset, words, "at", value, when=day)
            elif m.group("day"):
                when = _day_before(first.when)
                if when is None:
                    continue
                found = Claim(first.sentence, "level", first.asset, words, "at", value, when=when)
            else:
                window = f"ext::ago:1:{m.group('unit').lower()}"
                found = Claim(
                    first.sentence, "level", first.asset, words, "at", value, window=window
                )
            out.append(found)
    return out
