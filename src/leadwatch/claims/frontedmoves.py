"""A move figure in an opening phrase: whose move it is (pure).

"Despite a 4% weekly decline, gold ...": the figure of a fronted phrase is the main
clause's subject's, unless the phrase names what moved ("After a 10% rally in stocks, gold
...": the stocks').
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from leadwatch.claims.assets import AssetMention
from leadwatch.claims.clauses import fronted_subject
from leadwatch.claims.vocabulary import MONTH_NAME_RE, YEAR_RE

__all__ = ["fronted_move"]


def fronted_move(s: str, pos: int, end: int, mentions: Sequence[AssetMention]) -> str | None:
    """The main clause's subject for a move figure (``pos:end``) in an opening phrase
    ("Despite a 4% weekly decline, gold ..."), unless the phrase names what moved ("After
    a 10% rally in stocks, gold ...": the stocks').

    >>> from leadwatch.claims.assets import find_assets
    >>> s, t = "After a 4% weekly drop, gold held.", "After a 4% drop in stocks, gold held."
    >>> fronted_move(s, 8, 10, find_assets(s)), fronted_move(t, 8, 10, find_assets(t))
    ('gold', None)
    """
    comma = s.find(",", end)
    if comma < 0 or _OWNER.search(s[end:comma]):
        return None
    return fronted_subject(s, pos, mentions)


# "in stocks", "of mining shares" (not "in the past week", "in January", "in 2025")
_OWNER = re.compile(
    r"\b(?:in|of|among|across)\s+(?!(?:the\s+)?(?:(?:past|last|previous|prior|first|second)\s+)?"
    rf"(?:\w+\s+)?(?:sessions?|days?|weeks?|months?|quarters?|years?|trading|{MONTH_NAME_RE}"
    rf"|{YEAR_RE})\b)",
    re.IGNORECASE,
)
