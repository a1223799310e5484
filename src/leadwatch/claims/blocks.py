"""Which lines stay inside an asset's block of fields, and fields labelled by their day.

An analysis page names its asset once, in the headline, then runs sections of fields under
headings that name nothing ("Snapshot", "2.1 Weekly view", "- Key levels:"). Such a
heading, a headline of the block's asset, a bullet of prose and a line introducing a list
("the levels we watch:") that name no other asset keep the block open; prose naming
another asset, or a sentence or paragraph of prose (which may sum up the fields before
it), ends it (:func:`within_block`). A label made of a day and an extreme or a close
("May 6 high", "Jan. 3 close") dates its value to that day (:func:`dated_extreme`).

Examples
--------
>>> within_block("Snapshot (as of today)", "btc"), within_block("2.1 Weekly view", "btc")
(True, True)
>>> within_block("Gold slipped 1% as the dollar firmed.", "btc")
False
>>> dated_extreme("May 6 high"), dated_extreme("Weekly high")
(('date', (5, 6)), None)
"""

from __future__ import annotations

import re

from leadwatch.claims.assets import find_assets
from leadwatch.claims.model import GROUPS
from leadwatch.claims.text import find_when

__all__ = ["dated_extreme", "within_block"]

_BULLET = re.compile(
    r"^\s*(?:[-*\u2022\u00b7\u25aa\u25b8>]|\(?\d{1,2}(?:\.\d{1,2})*[.)]|\d{1,2}(?:\.\d{1,2})+)\s+"
)
_FIGURE = re.compile(r"[$%\u20ac\u00a3]|\d[\d,]*\.\d|\d{1,3}(?:,\d{3})+")


def within_block(line: str, asset: str) -> bool:
    """Whether ``line``, not a field itself, leaves the block of ``asset``'s fields open."""
    named = {x.asset for x in find_assets(line) if x.asset not in GROUPS}
    if named - {asset}:
        return False  # another asset's line
    text = line.strip()
    if named and not text.endswith((".", "!", "?")):
        return True  # a headline or caption of the block's own asset
    if text.endswith(":"):
        return True  # "- The levels we watch this week:"
    if _BULLET.match(text):
        return len(text.split()) <= 30  # a bullet of prose inside the section
    short = len(text.split()) <= 8 and not text.endswith((".", "!", "?"))
    return short and not _FIGURE.search(text)  # a section heading


_DAY_LABEL = re.compile(
    r"^(?P<day>.{3,20}?)\s+(?:intraday |session |closing |daily )?"
    r"(?P<what>high|low|close|closing price|peak|trough|settle(?:ment)?)$",
    re.IGNORECASE,
)


def dated_extreme(label: str) -> tuple[str, object] | None:
    """The day a label such as "May 6 high" dates its value to, else ``None``."""
    m = _DAY_LABEL.match(label.strip())
    if m is None:
        return None
    when = find_when(m.group("day"))
    return when if when is not None and when[0] in ("date", "weekday", "yesterday") else None
