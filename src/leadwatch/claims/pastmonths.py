"""A month named as the time of a past reference point ("the record high witnessed in late
October 2024", "the all-time high it set in October 2025", "the highs seen in November
2021") dates that reference, not the article: the article is written on or after it, in
any later month (pure).

Examples
--------
>>> looked_back_month("Gold nears the record of $2,790 witnessed in late October 2024.", 2024, 10)
True
>>> looked_back_month("Gold rose 5% in October 2024 on rate-cut bets.", 2024, 10)
False
"""

from __future__ import annotations

import re

from leadwatch.claims.vocabulary import EXTREME_NOUN_RE, IN_SENTENCE_RE, MONTH_NAME_RE

__all__ = ["looked_back_month"]

#: A participle or verb that places a reference point in the month ("set in", "seen in").
_PLACED = (
    r"(?:set|seen|witnessed|hit|reached|touched|recorded|notched|posted|struck|marked"
    r"|logged|registered|established|clocked|achieved|made)"
)
_MONTH = re.compile(
    rf"\b(?:{EXTREME_NOUN_RE}s?|all-time high)\b{IN_SENTENCE_RE}{{0,60}}?\b{_PLACED},?"
    rf"(?: back)? (?:in|during) (?:(?:early|mid|late|the end of)[- ])?(?P<month>{MONTH_NAME_RE})"
    r",? (?P<year>(?:19|20)\d\d)\b",
)


def looked_back_month(sentence: str, year: int, month: int) -> bool:
    """Is ``month`` of ``year`` named in ``sentence`` as the time of a past extreme?"""
    names = MONTH_NAME_RE.split("|")
    return any(
        int(m.group("year")) == year and names.index(m.group("month")) + 1 == month
        for m in _MONTH.finditer(sentence)
    )
