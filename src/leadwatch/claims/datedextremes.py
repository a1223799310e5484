"""An extreme of a year told in a sentence about a past day (pure): "a note of March 3 has
bitcoin sinking to a 2026 low near $78,000 that week" is the low of 2026 up to March 3,
not up to the article's day (a later, lower low does not contradict it).

:func:`dated_extremes` gives such a level (window ``ext:SIDE:year:YYYY`` or ``ext:SIDE:yr:0:``,
:mod:`leadwatch.claims.pastanchor`) the day its sentence names, and
:func:`leadwatch.claims.anchorgrade.grade_anchored` ends the year's window on that day.

Examples
--------
>>> from leadwatch.claims.text import split_sentences
>>> s = split_sentences("On 3 March, bitcoin sank to a 2026 low near $78,000.")
>>> w = "ext:low:year:2026"
>>> c = Claim(0, "record", "btc", "2026 low near $78,000", "low", 78000.0, window=w)
>>> dated_extremes(s, [c])[0].when
('date', (3, 3))
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from leadwatch.claims.model import Claim
from leadwatch.claims.text import Sentence, find_when, find_when_at
from leadwatch.claims.vocabulary import MONTH_RE, YEAR_RE

__all__ = ["dated_extremes", "dated_peaks"]

# "its June 9, 2024 record high", "the Jan. 5 record": a peak named by the day it was set
_PEAK_DAY_RE = re.compile(
    rf"\b(?:its|their|the)\s+((?:{MONTH_RE})\.? [0-3]?\d(?:st|nd|rd|th)?(?:,? {YEAR_RE})?),?\s+$",
    re.IGNORECASE,
)


def dated_extremes(sentences: Sequence[Sentence], claims: Sequence[Claim]) -> list[Claim]:
    """``claims`` with each year's extreme stated in a sentence that names a day dated on it."""
    out = []
    for c in claims:
        head, _, code = (c.window or "").partition(":")
        year = code.split(":", 1)[-1].startswith(("year:", "yr:0:"))
        if c.when is None and c.level is not None and head == "ext" and year:
            s = sentences[c.sentence].text
            when = find_when_at(s, max(s.find(c.words), 0))
            c = replace(c, when=when) if when is not None and when[0] == "date" else c
        out.append(c)
    return out


def dated_peaks(sentences: Sequence[Sentence], claims: Sequence[Claim]) -> list[Claim]:
    """``claims`` with each record named by its own day ("61% below its March 3, 2025
    all-time high") dated on that day rather than on the sentence's time.

    Examples
    --------
    >>> from leadwatch.claims.text import split_sentences
    >>> s = split_sentences("Ether sits 40% below its May 2, 2025 all-time high.")
    >>> c = Claim(0, "record", "eth", "all-time high", "high", window="ever")
    >>> dated_peaks(s, [c])[0].when
    ('date', (5, 2))
    """
    out = []
    for c in claims:
        if c.kind == "record" and c.op in ("high", "low"):
            s = sentences[c.sentence].text
            at = s.find(c.words)
            m = _PEAK_DAY_RE.search(s[max(at - 40, 0) : at]) if at > 0 else None
            when = find_when("on " + m.group(1)) if m is not None else None
            c = replace(c, when=when) if when is not None and when[0] == "date" else c
        out.append(c)
    return out
