"""Windows that run from a month named relative to the article's year, or reached by
"going back to" (pure).

"Since March of last year", "going back to January of last year" and "looking back to
February 2025" start a move's window at the month named: ``since:MONTH of last year`` (or
``this year``, or the year written). The window finder's own "since" reading stops at the
month ("since March"), which the date reader then takes for the latest March; and a
"going back to" opening names no window to it at all. The year words are made a year by
:func:`relative_year` once the article's date is known.

Examples
--------
>>> back_windows("Since March of last year, gold has gained 40%.")
[(0, 'since:March of last year')]
>>> back_windows("Going back to February 2024, bitcoin has doubled.")
[(0, 'since:February 2024')]
>>> back_windows("Silver is at its highest since May of last year.")
[]
>>> back_windows("Gold is back to its January level.")
[]
>>> relative_year("January of last year", pd.Timestamp("2026-01-27"))
'January 2025'
"""

from __future__ import annotations

import re

import pandas as pd

from leadwatch.claims.vocabulary import MONTH_RE, YEAR_RE

__all__ = ["back_windows", "relative_year"]

_MONTH = rf"(?:(?:the (?:start|beginning|end) of |(?:early|mid|late)[- ])?(?:{MONTH_RE})\.?)"
_BACK = re.compile(
    rf"\b(?:(?:ever )?since|(?:going|looking|dating|stretching) back to) (?P<words>{_MONTH}"
    r"(?: (?:of )?(?:last|this) year))"
    r"|\b(?:going|looking|dating|stretching) back to "
    rf"(?P<plain>{_MONTH}(?:,? (?:{YEAR_RE})\b)?|(?:{YEAR_RE})\b)",
    re.IGNORECASE,
)
#: A superlative the phrase dates ("its highest since March of last year"): a record's.
_SUPERLATIVE = re.compile(
    r"\b(?:highest|lowest|best|worst|biggest|largest|strongest|weakest|steepest|sharpest"
    r"|first time|last seen|not seen)\b[^,;%$\d]{0,30}$",
    re.IGNORECASE,
)
_RELATIVE = re.compile(r"\s+(?:of\s+)?(?P<which>last|this) year$", re.IGNORECASE)


def back_windows(sentence: str) -> list[tuple[int, str]]:
    """``(position, code)`` of each window from a month of a year named relative to the
    article's, or reached by "going back to" (module doc)."""
    out = []
    for m in _BACK.finditer(sentence):
        if _SUPERLATIVE.search(sentence[max(0, m.start() - 80) : m.start()]):
            continue
        words = m.group("words") or m.group("plain")
        out.append((m.start(), "since:" + words.replace(",", "")))
    return out


def relative_year(words: str, day: pd.Timestamp) -> str:
    """``words`` with "of last year" / "this year" written as the year they name for an
    article of ``day`` (other words as they are)."""
    m = _RELATIVE.search(words)
    if m is None:
        return words
    year = day.year - (1 if m.group("which").lower() == "last" else 0)
    return f"{words[: m.start()]} {year}"
