"""Table columns of a close on a named day: "2024 Close", "Friday Close" (pure).

A weekly review table prints, beside the latest price, the close its changes run from:
the close of the year before ("2025 Close", under which a year-to-date change is read) or
of the last session of the week ("Friday Close", under which the weekly change is read).
Such a cell states the asset's level at that close, not today's: :data:`CLOSE_COLUMNS`
names the columns, :func:`dated_meaning` gives each the day it names (``close:Y:2024``,
the year's last close; ``close:D:4``, the Friday's), and :func:`close_claim` turns a cell
into a level claim read at that close (window ``end:Y:2024``, the form a year's close has
in prose; or the weekday as its time). A column of a relative past ("Prior Week",
"Previous Close", "Year-end close") names no day and stays a reference column.

Examples
--------
>>> dated_meaning("close:year", "2024 Close"), dated_meaning("close:weekday", "Friday close")
('close:Y:2024', 'close:D:4')
>>> c = close_claim("close:Y:2024", "spx", 3, "5,881.63", 5881.63)
>>> (c.kind, c.asset, c.level, c.window)
('level', 'spx', 5881.63, 'end:Y:2024')
>>> close_claim("close:D:4", "gold", 3, "$3,128.40", 3128.4).when
('weekday', 4)
"""

from __future__ import annotations

import re

from leadwatch.claims.model import Claim
from leadwatch.claims.vocabulary import YEAR_RE

__all__ = ["CLOSE_COLUMNS", "close_claim", "dated_meaning"]

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday")
_CLOSE = r"clos(?:e|ing)(?: price| level| value)?"

#: (pattern, meaning) of the columns of a close on a named day, before the past columns.
CLOSE_COLUMNS: tuple[tuple[str, str], ...] = (
    (rf"{YEAR_RE} {_CLOSE}", "close:year"),
    (rf"(?:{'|'.join(d[:-3] for d in _WEEKDAYS)})day(?:['\u2019]s)? {_CLOSE}", "close:weekday"),
)


def dated_meaning(meaning: str, words: str) -> str:
    """The meaning of a column with the day its words name (``meaning`` as it is when it
    is no close column of :data:`CLOSE_COLUMNS`)."""
    year = re.match(YEAR_RE, words.strip())
    if meaning == "close:year" and year is not None:
        return f"close:Y:{year.group(0)}"
    if meaning == "close:weekday":
        day = words.strip().lower()[:3]
        return f"close:D:{next(i for i, d in enumerate(_WEEKDAYS) if d.startswith(day))}"
    return meaning


def close_claim(meaning: str, asset: str, index: int, words: str, value: float) -> Claim | None:
    """The level claim of a cell of a dated close column, ``None`` for a value of none."""
    if value <= 0:
        return None
    kind, day = meaning.split(":")[1:3]
    if kind == "Y":
        return Claim(index, "level", asset, words, "at", level=value, window=f"end:Y:{day}")
    return Claim(index, "level", asset, words, "at", level=value, when=("weekday", int(day)))
