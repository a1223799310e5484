"""Levels told as a month's close by a noun: "June close 5,460.48", "the S&P 500's May
closing level was 5,277.51", "Gold: April month-end close $2,286.25" (pure).

Such a figure is the asset's close on that month's last trading day, read like "ended June
at 5,460.48" (:func:`leadwatch.claims.periodmoves.period_closes`): window ``end:M:6``. A
percentage after the noun ("June close +3.5%") is a move, not a level; a figure already read
as a level is not read twice.

Examples
--------
>>> from leadwatch.claims.assets import find_assets
>>> s = "- S&P 500: June close 5,460.48, +3.5% M/M"
>>> [(c.asset, c.level, c.window) for c in month_closes(s, 0, find_assets(s), [])]
[('spx', 5460.48, 'end:M:6')]
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from leadwatch.claims.assets import AssetMention
from leadwatch.claims.model import Claim, last_before
from leadwatch.claims.vocabulary import MONTH_NAME_RE, month_number

__all__ = ["month_closes"]

_CLOSE_NOUN = re.compile(
    rf"\b(?P<month>{MONTH_NAME_RE})(?:['\u2019]s)?\s+(?:month-end\s+)?clos(?:e|ing)"
    r"(?:\s+(?:level|price|value))?(?:\s*(?::|was|of|at|stood at)\s*|\s+)"
    r"(?:US)?\$?(?P<num>\d[\d,]*(?:\.\d+)?)(?!\d|[,.]\d|\s?%|\s?percent)"
)


def month_closes(
    s: str, index: int, mentions: Sequence[AssetMention], claims: Sequence[Claim]
) -> list[Claim]:
    """The level claims of sentence ``s`` (number ``index``) told as a named month's close
    by a noun (module doc), for the asset named last before each; none read twice."""
    out: list[Claim] = []
    known = {(c.asset, c.level) for c in claims if c.kind == "level"}
    for m in _CLOSE_NOUN.finditer(s):
        named = last_before(mentions, m.start(), groups=False)
        level = float(m.group("num").replace(",", ""))
        if (
            named is None
            or (named.asset, level) in known
            or re.search(r"[.;]", s[named.end : m.start()])
        ):
            continue
        window = f"end:M:{month_number(m.group('month'))}"
        out.append(Claim(index, "level", named.asset, m.group(0), "at", level=level, window=window))
    return out
