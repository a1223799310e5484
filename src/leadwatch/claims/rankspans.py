"""The spans a ranked move is ranked over: "since March 1980", "since October of the prior
year", "since the early 1980s", "in more than five years", "in several months", "ever",
"of the year" (this year's so far) (pure).

:data:`RANKED_OVER` is the pattern of the span, :func:`span_window` turns its match into the
window of a ``record`` claim (``since:...``, ``last:N:unit``, ``ytd``, ``ever``) that
:func:`leadwatch.claims.rankedcheck.check_move_record` grades.

Examples
--------
>>> import re
>>> m = re.search(RANKED_OVER, "its worst day since March of 2021", re.IGNORECASE)
>>> span_window(m)
'since:March 2021'
"""

from __future__ import annotations

import re

from leadwatch.claims.vocabulary import (
    MONTH_NAME_RE,
    MONTH_RE,
    ROUGHLY_RE,
    YEAR_RE,
    count_re,
    count_value,
)

__all__ = ["RANKED_OVER", "span_window"]

#: "the 1980s", "the early 1990s", "the mid-2000s": a decade or a part of it.
DECADE_RE = r"the (?:(?:early|mid-?|late) )?(?:1[89]|20)\d0s"
# "since 2022", "since March 1980", "since May last year", "since late March"
_SINCE_WORDS = (  # "since June 17, 2021": that day; "since the start of 2023": all of 2023 on
    rf"(?:the (?:start|beginning|outset) of )?"
    rf"(?:{DECADE_RE}\b|(?:(?:early|mid-?|late) )?(?:(?:(?:{MONTH_RE})\.? [0-3]?\d,? {YEAR_RE}\b)"
    rf"|[0-3]?\d (?:{MONTH_NAME_RE})(?:,? {YEAR_RE})?\b"  # "since 10 April": that day
    # "since March of 2020", "since October of the prior year": that month
    rf"|(?:{MONTH_NAME_RE}) of (?:{YEAR_RE}|last year|the (?:prior|previous|past) year)\b"
    rf"|(?:[A-Z][a-z]+ )?(?:{YEAR_RE}|last year)|(?:last )?(?:{MONTH_NAME_RE})\b"
    r"|(?<=of )(?:the|this) year))"
)
# "in more than five years", "in a decade", "in several months": the span a record is ranked
# over ("several" at least three, "a few" and "a couple of" at least two)
_SPAN = (
    rf"in {ROUGHLY_RE}(?:(?P<n>{count_re(10)}) (?P<unit>year|month|week|decade)s"
    r"|a (?P<decade>decade)|(?:a|one) (?P<unit1>year|month)\b|(?P<decades>decades)\b"
    r"|(?P<few>several|a few|a couple of) (?P<unit2>year|month|week)s\b)"
)
# what a record is ranked over: "since March 1980", "in more than five years", "ever"
RANKED_OVER = (  # "since records began in 1973": since 1973
    r"(?:since (?:(?:[\w'\u2019-]+ ){1,4}(?:began|started|launched|were created|was created) in )?"
    rf"(?P<since>{_SINCE_WORDS})|{_SPAN}|(?P<ever>ever|on record)\b"
    r"|(?P<ytd>(?:of|so far this|so far in|this) (?:the )?year)\b)"  # "best week of the year"
)


def _since(words: str) -> str:
    """The window of "since <words>": "March of 2020" -> ``since:March 2020``, "October of
    the prior year" -> ``since:October last year``, "the start of the year" -> ``ytd``."""
    if re.fullmatch(r"(?i)the \w+ of (?:the|this) year", words):  # this year's, to the date
        return "ytd"
    words = re.sub(r"(?i)\bthe (?:prior|previous|past) year\b", "last year", words)
    return "since:" + re.sub(r"(?i)^([a-z]+) of ", r"\1 ", words)


def span_window(m: re.Match[str]) -> str:
    """The window of a ranked move: ``since:...``, ``last:10:year`` or ``last:N:unit``.

    >>> [span_window(re.search(RANKED_OVER, f"the worst since {w}")) for w in (
    ...     "October of the prior year", "the early 1980s")]
    ['since:October last year', 'since:the early 1980s']
    >>> span_window(re.search(RANKED_OVER, "the worst in several months"))
    'last:3:month'
    >>> span_window(re.search(RANKED_OVER, "the best week of the year"))
    'ytd'
    """
    if m.group("since"):
        return _since(m.group("since"))
    if m.group("ever"):
        return "ever"
    if m.group("ytd"):  # "its best week of the year": this year's so far
        return "ytd"
    if m.group("decade") or m.group("decades"):  # "in decades": at least two
        return f"last:{20 if m.group('decades') else 10}:year"
    if m.group("unit1"):  # "in over a year"
        return f"last:1:{m.group('unit1').lower()}"
    if m.group("few"):  # "in several months": at least three
        return f"last:{3 if m.group('few').lower() == 'several' else 2}:{m.group('unit2').lower()}"
    n, unit = count_value(m.group("n")), m.group("unit").lower()
    return f"last:{10 * n}:year" if unit == "decade" else f"last:{n}:{unit}"
