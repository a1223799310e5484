"""A sentence opening with a part of a past year ("In early 2025, silver traded near $30",
"In the opening weeks of 2024, ...", "Back in late 2023, ..."): its prices are of that time
(pure).

:func:`year_part_opening` gives the anchor code ``year:YYYY:PART`` (``early``, ``mid`` or
``late``: the year's first, middle or last third, graded by
:func:`leadwatch.claims.anchorgrade.grade_anchored`), which the past-price reader
(:mod:`leadwatch.claims.pastanchor`) gives the sentence's prices. A whole year ("In 2024,
gold ...") is the ``cal:`` window's, and a sentence that comes back to the present ("...,
but today it sits at") keeps its prices today's.

Examples
--------
>>> year_part_opening("In the opening weeks of 2024, ether changed hands near $2,300.")
'year:2024:early'
>>> year_part_opening("In 2025, silver rose."), year_part_opening("Silver rose in early 2025.")
(None, None)
"""

from __future__ import annotations

import re

from leadwatch.claims.vocabulary import YEAR_RE

__all__ = ["year_part_opening"]

_SPAN = r"(?:few )?(?:days|weeks|months)"
_EARLY = rf"early|the (?:start|beginning|(?:opening|first) {_SPAN})"
_LATE = rf"late|the (?:end|close|(?:closing|last|final) {_SPAN})"
_OPENING = re.compile(
    rf"^\W*(?:(?:way |as far )?back )?in (?:(?P<early>{_EARLY})|(?P<mid>mid|the middle)"
    rf"|(?P<late>{_LATE}))(?: of|-)? ?(?P<year>{YEAR_RE})\b,?\s",
    re.IGNORECASE,
)
#: Words that bring the sentence back to the present.
_PRESENT = re.compile(r"\b(?:today|now|currently|this (?:week|month|year)|since then)\b", re.I)


def year_part_opening(s: str) -> str | None:
    """The anchor code of the part of a year sentence ``s`` opens with, else ``None``."""
    m = _OPENING.match(s)
    if m is None or _PRESENT.search(s, m.end()):
        return None
    part = next(k for k in ("early", "mid", "late") if m.group(k))
    return f"year:{m.group('year')}:{part}"
