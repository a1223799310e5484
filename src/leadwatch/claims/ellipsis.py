"""Figures whose move verb is left out because the one before states it (pure).

Two shapes: a second figure of the same asset's move ("a 4% gain in gold this month and
almost 2% last week"), and an elliptical list where each item names its own asset and the
first item's verb serves them all ("copper has gained 12%, ether by 30% and silver by 25%";
"bitcoin fell 3%, ether 5% and solana 8%"). Such an item takes no verb from the clause
after it ("the Nasdaq 1.1%, while the dollar index slipped 0.3%"): :func:`clause_end`.

Examples
--------
>>> from leadwatch.claims.assets import find_assets
>>> s = "Gold rose 2%, silver 4% and bitcoin by 6%."
>>> ms = find_assets(s)
>>> carried_direction(s, ("gold", s.index("2%") + 2, "up"), s.index("4%"), "silver", ms)
'up'
>>> carried_direction(s, ("silver", s.index("4%") + 2, "up"), s.index("6%"), "btc", ms)
'up'
>>> s = "Silver +2.5%, while bitcoin shed 3%."
>>> s[clause_end(s, s.index("%") + 1, len(s)):]
', while bitcoin shed 3%.'
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from leadwatch.claims.assets import AssetMention
from leadwatch.claims.vocabulary import MARGIN_HEDGE_RE

__all__ = ["carried_direction", "clause_end"]

# A second figure of the same move: "... in gold this month and almost 2% last week".
_AND_MORE = re.compile(r"[^.;:%]{0,40}\band (?:by )?(?:nearly |almost |about |some |over )?")
# The words before an item's asset: ", platinum", ", and silver", " on the day, ether".
_ITEM_HEAD = re.compile(
    r"[^,;.%\d]{0,30}(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+|spot\s+)?$", re.IGNORECASE
)
# The words between an item's asset and its figure: " by ", "'s price ", " ".
_ITEM_TAIL = re.compile(
    rf"(?:['\u2019]s)?(?:\s+prices?|\s+futures|\s+index)?\s+(?:by\s+)?(?:{MARGIN_HEDGE_RE}\s+)?",
    re.IGNORECASE,
)


def carried_direction(
    s: str,
    last: tuple[str, int, str] | None,
    pos: int,
    asset: str | None,
    mentions: Sequence[AssetMention],
) -> str | None:
    """The direction of the figure at ``pos`` (of ``asset``) when the move before it
    (``last``: its asset, the end of its figure, its direction) lends its verb: a second
    figure of the same asset, or the next item of an elliptical list; else ``None``."""
    if last is None or asset is None:
        return None
    if last[0] == asset and _AND_MORE.fullmatch(s[last[1] : pos]):
        return last[2]
    item = [m for m in mentions if last[1] <= m.start and m.end <= pos and m.asset == asset]
    if len(item) != 1:
        return None
    head, tail = s[last[1] : item[0].start], s[item[0].end : pos]
    if _ITEM_HEAD.fullmatch(head) and _ITEM_TAIL.fullmatch(tail):
        return last[2]
    return None


# Where a figure's clause ends: a semicolon, a conjunction ("and", "while", "but"), or a
# comma not followed by the figure's own direction ("2%, up from 1%").
_CLAUSE_END = re.compile(
    r";|,?\s+(?:and|while|whereas|but|though|although|as|with|yet)\s"
    r"|,(?!\s*(?:up|down|higher|lower)\b)",
    re.IGNORECASE,
)


def clause_end(s: str, start: int, limit: int) -> int:
    """Where the clause of the figure ending at ``start`` ends, at most ``limit``: the verb
    of the next clause ("silver +2.5%, while bitcoin shed 3%") is not the figure's."""
    cut = _CLAUSE_END.search(s, start, limit)
    return limit if cut is None else cut.start()
