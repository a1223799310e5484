"""Move verbs that open a clause with a capital, after a label's colon (pure).

A daily roundup lists each market as a field whose value is a sentence without its
subject: "- Nasdaq: Slipped 40 points (-0.2%)", "Gold: Added $12 (+0.5%)". The capital of
such a verb is no name of an unknown subject (an index outside the store), so the figure
stays with the asset the label names. :data:`LEAD_VERBS` lists them in lower case.

Examples
--------
>>> "gained" in LEAD_VERBS, "down" in LEAD_VERBS, "lumber" in LEAD_VERBS
(True, True, False)
"""

from __future__ import annotations

__all__ = ["LEAD_VERBS"]

_UP = ("added", "gained", "rose", "climbed", "advanced", "jumped", "rallied", "rebounded")
_DOWN = ("fell", "lost", "dropped", "slipped", "declined", "shed", "sank", "slid", "eased")
_FLAT = ("closed", "ended", "finished", "settled", "edged", "traded", "rises", "falls")
#: Direction words and verbs of a field's value: "S&P 500: Down 4.8% (270 points)".
_MORE = ("up", "down", "higher", "lower", "increased", "decreased", "surged", "soared")
_SHARP = ("plunged", "plummeted", "tumbled", "retreated", "slumped", "spiked", "dipped")

#: The verbs (lower case) that may open a field's value: "Gained 37 points (+0.6%)".
LEAD_VERBS = frozenset(
    {*_UP, *_DOWN, *_FLAT, *_MORE, *_SHARP, "gains", "adds", "drops", "slips", "climbs"}
)
