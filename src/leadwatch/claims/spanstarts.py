"""The first price of a move over a span whose first day is named: "between March 2 and 6,
ether slid from $2,410 to $2,250" (pure).

A "from $X to $Y" move (:func:`leadwatch.claims.fromto.from_to_moves`) states where the
asset stood when its span began. When the sentence names that span by its first day
("between March 2 and 6", "from 2 to 6 March", "from March 2 through March 6"), the
first price is a level of that day (``when`` a ``date``), graded like any dated level;
the second price is the level the sentence states anyway. A span with no first day
named ("over the weekend", "this week") adds nothing: the first price's day is unknown.

Examples
--------
>>> from leadwatch.claims.assets import find_assets
>>> from leadwatch.claims.fromto import from_to_moves
>>> s = "Between March 2 and 6, ether slid from $2,410 to $2,250."
>>> moves = from_to_moves(s, 0, find_assets(s))
>>> [(c.kind, c.level, c.when) for c in span_start_levels(s, moves)]
[('level', 2410.0, ('date', (3, 2)))]
>>> s = "Over the weekend, ether slid from $2,410 to $2,250."
>>> span_start_levels(s, from_to_moves(s, 0, find_assets(s)))
[]
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from leadwatch.claims.model import Claim
from leadwatch.claims.vocabulary import MONTH_NAME_RE, month_number

__all__ = ["span_start_levels"]

_TH = r"(?:st|nd|rd|th)?"
_UNTIL = r"(?:and|to|through|thru|until|till|[-\u2013])"
# "between March 2 and 6", "from March 2 through March 6": the month first.
_MONTH_FIRST = rf"\b(?:between|from) (?P<mo>{MONTH_NAME_RE})\.? (?P<d>\d{{1,2}}){_TH},? {_UNTIL}"
# "between 2 and 6 March", "from 2 to 6 March": the day first, the month after the span.
_DAY_FIRST = (
    rf"\b(?:between|from) (?P<d2>\d{{1,2}}){_TH} {_UNTIL} \d{{1,2}}{_TH} (?P<mo2>{MONTH_NAME_RE})\b"
)
_SPAN_RE = re.compile(f"{_MONTH_FIRST}|{_DAY_FIRST}", re.IGNORECASE)


def span_start_levels(s: str, moves: Sequence[Claim]) -> list[Claim]:
    """A level claim of the span's first day for the first price of each from-to move of
    ``s`` (``moves``: its ``from:`` moves) when ``s`` names the span's first day."""
    span = _SPAN_RE.search(s)
    if span is None:
        return []
    month = month_number(span.group("mo") or span.group("mo2"))
    day = int(span.group("d") or span.group("d2"))
    out = []
    for c in moves:
        if c.kind != "move" or not (c.window or "").startswith("from:") or c.asset is None:
            continue
        first = float((c.window or "")[5:])
        out.append(
            Claim(c.sentence, "level", c.asset, c.words, "at", first, when=("date", (month, day)))
        )
    return out
