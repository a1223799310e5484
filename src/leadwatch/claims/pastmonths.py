"""A month named as the time of a past reference point ("the record high witnessed in late
October 2024", "the all-time high it set in October 2025", "the highs seen in November
2021") dates that reference, not the article: the article is written on or after it, in
any later month (pure). So does the start of a year a span is measured from ("its best day
since the start of 2023", "from early 2022"): the article is written after it, not then.

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

__all__ = ["looked_back_month", "since_year_start"]

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


#: "since the start of 2023", "since the beginning of 2022", "from early 2021".
_SINCE_START = re.compile(
    r"\b(?:since|from) (?:the (?:start|beginning) of |early )(?P<year>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)


def since_year_start(sentence: str, year: int) -> bool:
    """Is the start of ``year`` named in ``sentence`` as the start of a span up to now?

    >>> since_year_start("Its worst day since the start of 2023.", 2023)
    True
    >>> since_year_start("Gold rallied at the start of 2023.", 2023)
    False
    """
    return any(int(m.group("year")) == year for m in _SINCE_START.finditer(sentence))
