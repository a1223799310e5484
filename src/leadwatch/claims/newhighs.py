"""Bare "new highs" that the article's own span tells (pure).

"New high" and "fresh lows" name no span: they read as records ever only when nothing
says otherwise. When another sentence of the article gives the same asset's high (low) a
span ("the dollar index hits a new high" above a body that says "its highest level since
November 2022", "a two-year high"), the bare phrase means that span record, which that
sentence already states and which is checked there: the bare claim is dropped rather than
graded as an all-time record. "Record high", "all-time high" and a bare high with no span
anywhere are kept.

>>> from leadwatch.claims.model import Claim
>>> bare = Claim(0, "record", "dxy", "New High", "high")
>>> span = Claim(3, "record", "dxy", "highest since 2022", "high", window="since:2022")
>>> [c.sentence for c in spanned_new_records([bare, span])]
[3]
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from leadwatch.claims.model import Claim

__all__ = ["spanned_new_records"]

#: "new high", "fresh lows", "new closing high": a record word with no span of its own.
_BARE = re.compile(
    r"(?:new|fresh)(?: (?:closing|intra-?day))? (?:high|low|peak|trough)s?", re.IGNORECASE
)
#: The windows of a span record: "since:November 2022", "last:2:year".
_SPAN = ("since:", "last:")


def spanned_new_records(claims: Sequence[Claim]) -> list[Claim]:
    """``claims`` without a bare "new high" (low) record of an asset whose high (low) another
    claim of the article states over a span (module doc)."""
    spans = {
        (c.asset, c.op)
        for c in claims
        if c.kind == "record" and c.window is not None and c.window.startswith(_SPAN)
    }

    def bare(c: Claim) -> bool:
        return (
            c.kind == "record"
            and c.window is None
            and (c.asset, c.op) in spans
            and _BARE.fullmatch(c.words.strip()) is not None
        )

    return [c for c in claims if not bare(c)]
