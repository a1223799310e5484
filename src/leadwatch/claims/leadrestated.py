"""A bare move a lead sentence states and the next sentences size is told once (pure).

"Gold slipped on Friday, pressured by higher yields. Spot gold was down 0.5% at $2,022":
the lead's "gold down" and the body's "gold down 0.5%" are one claim. The bare move (no
figure) is dropped when one of the next three sentences states the same asset moving the
same way over the same session with a figure; the sized claim carries the evidence. A bare
move with a window of its own ("slipped this week"), or none restated, stays.

Examples
--------
>>> from leadwatch.claims.model import Claim
>>> lead = Claim(0, "move", "gold", "slipped", "down", when=("weekday", 4), window="day")
>>> body = Claim(1, "percent", "gold", "0.5%", "down", pct=0.5)
>>> [c.words for c in lead_restated([lead, body])]
['0.5%']
"""

from __future__ import annotations

from collections.abc import Sequence

from leadwatch.claims.model import Claim

__all__ = ["lead_restated"]

#: How many sentences after the lead may restate its move.
_REACH = 3
_SESSION = (None, "day")


def _bare(c: Claim) -> bool:
    told = c.kind in ("percent", "move") and c.pct is None and not c.qualifiers
    return told and c.op in ("up", "down") and c.window in _SESSION


def _sizes(lead: Claim, c: Claim) -> bool:
    """Whether ``c`` states the move of ``lead`` with a figure (module doc)."""
    return (
        lead.sentence < c.sentence <= lead.sentence + _REACH
        and c.kind == "percent"
        and c.pct is not None
        and (c.asset, c.op) == (lead.asset, lead.op)
        and c.window in _SESSION
        and (c.when is None or lead.when is None or c.when == lead.when)
    )


def lead_restated(claims: Sequence[Claim]) -> list[Claim]:
    """``claims`` less the bare moves the next sentences state with a figure."""
    return [c for c in claims if not (_bare(c) and any(_sizes(c, x) for x in claims))]
