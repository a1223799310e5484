"""Claims in a clause a named month opens with "when" (pure).

"has been sliding since March, when it hit a record high of $90", "back in May 2024, when
silver topped $32" or "after the April 2025 tariff announcement, when the VIX spiked to 52.3"
(a month dating a noun): the level and the record told after "<Month>, when" are of that month,
not of the article's day. :func:`month_when` gives such a level or record (with no time of
its own) the ``when`` ``("month", (YEAR or 0, MONTH))``, and a record the window ``past``
(a record of that month, graded there and no evidence for the article's date).

Examples
--------
>>> from leadwatch.claims.extract import extract_claims
>>> text = "Silver has slipped since March, when it set a record high of $40."
>>> [(c.kind, c.when, c.window) for c in extract_claims(text).claims]
[('level', ('month', (0, 3)), None), ('record', ('month', (0, 3)), 'past')]
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from leadwatch.claims.model import Claim
from leadwatch.claims.text import Sentence
from leadwatch.claims.vocabulary import MONTH_NAME_RE, month_number

__all__ = ["month_when"]

_WHEN = re.compile(
    rf"\b(?:early |mid-?|late )?(?P<month>{MONTH_NAME_RE})(?: (?P<year>(?:19|20)\d\d))?"
    r"(?:['\u2019]s)?(?P<noun>(?:\s+[\"\u201c\u201d'\u2019\w-]+){0,4}),? when\b",
    re.IGNORECASE,
)
# the clause "when" opens ends at a semicolon or a new clause of the article's present
_END = re.compile(r";|,? (?:but|while|whereas|and now|now)\b|, (?:and )?(?:is|are|has|have)\b")


def month_when(sentences: Sequence[Sentence], claims: list[Claim]) -> list[Claim]:
    """``claims`` with a level or record in a "<Month>, when" clause placed in that month.

    Parameters
    ----------
    sentences
        The text's sentences.
    claims
        The claims found so far.

    Returns
    -------
    list[Claim]
        The claims, those of such a clause given the month as their time.
    """
    out = []
    for c in claims:
        if c.kind in ("level", "record") and c.when is None and c.window is None:
            month = _clause_month(sentences[c.sentence].text, c.words)
            if month is not None:
                c = replace(c, when=("month", month))
                c = replace(c, window="past") if c.kind == "record" else c
        out.append(c)
    return out


def _clause_month(text: str, words: str) -> tuple[int, int] | None:
    """``(year or 0, month)`` of the "<Month>, when" clause holding ``words`` in ``text``."""
    at = text.find(words)
    if at < 0:
        return None
    for m in _WHEN.finditer(text):
        if m.group("noun") and not m.group("month")[0].isupper():
            continue  # "buyers march on regardless, when ...": a verb, no month
        end = _END.search(text, m.end())
        if m.end() <= at and (end is None or at + len(words) <= end.start()):
            return int(m.group("year") or 0), month_number(m.group("month"))
    return None
