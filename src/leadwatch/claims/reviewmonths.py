"""Moves "for the month" in a paragraph about a named month (pure).

A month's review opens its paragraph with the month ("March was a calm month for
stocks.", "In March, ...") and then tells its figures "for the month" ("The S&P 500 rose
2.4 percent for the month"). The window finder reads "for the month" as the calendar
month of the article's date (``calmonth:now``), which is the next month when the review is
printed a few days after the month's end. :func:`review_months` gives such a move the
month named last in its paragraph before it, as "rose 2.4% in March" would have it
(``when=("month", (YEAR or 0, MONTH))``, no window). A month named only in a date
("on March 28") does not count: a day is not the paragraph's topic. A move whose own
sentence names a month as its time ("In March, gold rose 2% for the month") is that
month's (its window dropped); one whose paragraph names none keeps its reading.

Examples
--------
>>> from leadwatch.claims.extract import extract_claims
>>> text = "March was a calm month. Gold rose 2.4 percent for the month."
>>> [(c.asset, c.when, c.window) for c in extract_claims(text).claims]
[('gold', ('month', (0, 3)), None)]
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from leadwatch.claims.model import Claim
from leadwatch.claims.text import Sentence
from leadwatch.claims.vocabulary import MONTH_NAME_RE, month_number

__all__ = ["review_months"]

#: A month named as a period, not in a date: "March", "March 2025" (not "March 28").
_MONTH = re.compile(rf"\b(?P<month>{MONTH_NAME_RE})\b(?:,? (?P<year>(?:19|20)\d\d)\b)?(?!,? \d)")
_MOVES = ("move", "percent")


def review_months(text: str, sentences: Sequence[Sentence], claims: list[Claim]) -> list[Claim]:
    """``claims`` with a move "for the month" placed in the month its paragraph names.

    Parameters
    ----------
    text
        The article's text (the sentences' offsets index it).
    sentences, claims
        The text's sentences, and the claims found in them so far.

    Returns
    -------
    list[Claim]
        The claims, a move of the month to date in a paragraph about a named month given
        that month as its time.
    """
    out = []
    for c in claims:
        if c.kind in _MOVES and c.window == "calmonth:now" and c.when is None:
            month = _paragraph_month(text, sentences, c.sentence)
            if month is not None:
                c = replace(c, window=None, when=("month", month))
        elif c.kind in _MOVES and c.window == "calmonth:now" and (c.when or ("",))[0] == "month":
            c = replace(c, window=None)  # "in August, ..., up 7% for the month": August's
        out.append(c)
    return out


def _paragraph_month(
    text: str, sentences: Sequence[Sentence], index: int
) -> tuple[int, int] | None:
    """``(year or 0, month)`` named last before sentence ``index`` in its paragraph (none
    when its own sentence names a month: its reading stands)."""
    if _MONTH.search(sentences[index].text):
        return None
    at = index
    while at > 0 and "\n" not in text[sentences[at - 1].end : sentences[at].start]:
        at -= 1
        found = list(_MONTH.finditer(sentences[at].text))
        if found:
            m = found[-1]
            return int(m.group("year") or 0), month_number(m.group("month"))
    return None
