"""Move verbs that open a clause with a capital, after a label's colon (pure).

A daily roundup lists each market as a field whose value is a sentence without its
subject: "- Nasdaq: Slipped 40 points (-0.2%)", "Gold: Added $12 (+0.5%)". The capital of
such a verb is no name of an unknown subject (an index outside the store), so the figure
stays with the asset the label names. :data:`LEAD_VERBS` lists them in lower case.

Examples
--------
>>> "gained" in LEAD_VERBS, "lumber" in LEAD_VERBS
(True, False)
"""

from __future__ import annotations

__all__ = ["LEAD_VERBS"]

_UP = ("added", "gained", "rose", "climbed", "advanced", "jumped", "rallied", "rebounded")
_DOWN = ("fell", "lost", "dropped", "slipped", "declined", "shed", "sank", "slid", "eased")
_FLAT = ("closed", "ended", "finished", "settled", "edged", "traded", "rises", "falls")

#: The verbs (lower case) that may open a field's value: "Gained 37 points (+0.6%)".
LEAD_VERBS = frozenset({*_UP, *_DOWN, *_FLAT, "gains", "adds", "drops", "slips", "climbs"})
