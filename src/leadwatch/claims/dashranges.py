"""Windows written as a dash range of dates in parentheses: "Return (Mar. 2-Mar. 20)", and
a month's week by its order: "in the first week of March" (pure).

A table header or a figure's note often gives the window it was measured over as two dates
joined by a dash in parentheses: "Asset Change (Feb. 3-Feb. 21, 16:00 UTC)", "+4.2% (October
6-17)". Such a range is the ``between:`` window of its sentence's figures (the close before
the first day to the close of the last; :func:`leadwatch.claims.spans.resolve_span`). Only
a parenthesis that opens with the range is read, so a range in running text ("the May 5-9
meeting") is left alone, as is a range whose end comes before its start.

Examples
--------
>>> dash_ranges("Asset Change (Feb. 3\u2013Feb. 21, 16:00 UTC) Gold +2.1% Copper -0.4%")
[(13, 'between:Feb 3:Feb 21')]
>>> dash_ranges("Silver rose 4.2% (October 6-17).")
[(17, 'between:October 6:October 17')]
>>> dash_ranges("Silver rose 4.2% (October 17-6).")
[]
"""

from __future__ import annotations

import re

from leadwatch.claims.vocabulary import MONTH_RE, month_number

__all__ = ["dash_ranges", "month_weeks"]

_RANGE = re.compile(
    rf"\((?P<bm>{MONTH_RE})\.? (?P<bd>\d{{1,2}})\s*(?:[-\u2013\u2014]|to)\s*"
    rf"(?:(?P<em>{MONTH_RE})\.? )?(?P<ed>\d{{1,2}})(?![\d:])(?:,[^()]*)?\)",
    re.IGNORECASE,
)


def dash_ranges(sentence: str) -> list[tuple[int, str]]:
    """``(position, code)`` of the dash ranges of dates in parentheses (module doc)."""
    out = []
    for m in _RANGE.finditer(sentence):
        em = m.group("em") or m.group("bm")
        first = (month_number(m.group("bm")), int(m.group("bd")))
        last = (month_number(em), int(m.group("ed")))
        if first < last:  # (a year's turn, "Dec 29-Jan 2", is not read: its order is unclear)
            out.append((m.start(), f"between:{m.group('bm')} {m.group('bd')}:{em} {m.group('ed')}"))
    return out


_ORDER = ("first", "second", "third", "fourth")
_MONTH_WEEK = re.compile(
    rf"\b(?:in|during|over|for|across|through(?:out)?) the (?P<order>{'|'.join(_ORDER)}) week"
    rf" of (?P<month>{MONTH_RE})\b\.?(?: (?:19|20)\d\d\b)?",
    re.IGNORECASE,
)


def month_weeks(sentence: str) -> list[tuple[int, str]]:
    """``(position, code)`` of a month's week named by its order ("in the first week of
    March 2026": its first seven days, ``between:March 1:March 7``).

    >>> month_weeks("In the first week of March 2026, silver rose 3%.")
    [(0, 'between:March 1:March 7')]
    >>> month_weeks("Gold rose 3% in the third week of June.")
    [(13, 'between:June 15:June 21')]
    """
    out = []
    for m in _MONTH_WEEK.finditer(sentence):
        first = _ORDER.index(m.group("order").lower()) * 7 + 1
        month = m.group("month")
        out.append((m.start(), f"between:{month} {first}:{month} {first + 6}"))
    return out
